/**
 * The demo's product roles (issue 23 item 2): the team types two roles on the catalogue — the item
 * its wholesalers and distributors order most as 渠道款 and the summer mat nobody buys yet as
 * 活动款 — and Spiral suggests the rest; the month tab's section is summed up in one line, with the
 * planted change its roles test finds (issue 23 item 7).
 */
import { say } from '../../core/messages';
import type { RoleSection, RolesReport } from '../../core/roles';
import { PRODUCT_ROLES } from '../../core/roles';
import { enumLabel, type Inquiry, type Lang } from '../../core/sheets';
import type { SummaryModel } from '../../core/summary';
import { percentText } from '../../core/summary';
import { addDays } from '../../core/time';
import { DEMO_PRODUCTS } from './catalog';

/** The catalogue's 角色 cells: channel for the channel item, promotion for the unsold one, the rest blank. */
export function demoTypedRoles(
  catalogue: readonly (string | number)[][],
  unsold: string,
  channel: string,
  lang: Lang,
): string[] {
  return catalogue.map((row) =>
    row[0] === unsold
      ? enumLabel('productRole', 'promotion', lang)
      : row[0] === channel
        ? enumLabel('productRole', 'channel', lang)
        : '',
  );
}

/** Pieces of the order export per re-order: 5 pieces at list price (the trade's usual lot). */
const REORDER_PIECES = 5;

/**
 * Seed 002's 渠道款 and seed 001's 回访: in the demo's last week the desk offers the channel item —
 * the one the trade bought most before then — to every wholesaler and distributor who had paid
 * before, and each re-orders it once. A planted change for the month tab's roles test (trade
 * re-orders against last month). No draw: the other demo data stay what they were.
 * `orders` are the order export's rows (header first), in its columns.
 */
export function channelReorders(
  orders: readonly string[][],
  typed: readonly Omit<Inquiry, 'row'>[],
  last: string,
): { item: string; orders: string[][] } {
  const [header, ...rows] = orders;
  const col = (label: string) => header!.indexOf(label);
  const [buyerAt, paidAt, titleAt] = [col('买家会员名'), col('订单付款时间'), col('宝贝标题')];
  const lastWeek = addDays(last, -6);
  const trade = new Map<string, string>();
  for (const q of typed)
    if (q.customerType === 'wholesaler' || q.customerType === 'distributor')
      trade.set(q.customerId, q.region || '浙江');
  const before = rows.filter((r) => r[paidAt]! < lastWeek && trade.has(r[buyerAt]!));
  const counts = new Map<string, number>();
  for (const r of before) counts.set(r[titleAt]!, (counts.get(r[titleAt]!) ?? 0) + 1);
  const item = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
  const price = DEMO_PRODUCTS.find((p) => p.name === item)?.price ?? 0;
  const buyers = [...new Set(before.map((r) => r[buyerAt]!))];
  const amount = (price * REORDER_PIECES).toFixed(2);
  const added = buyers.map((buyer, i) => {
    const day = addDays(lastWeek, i % 7);
    const minute = String(10 + (i % 50)).padStart(2, '0');
    const row = new Array<string>(header!.length).fill('');
    row[col('订单编号')] = `32${String(20261100000 + i + 1).padStart(14, '0')}`;
    row[buyerAt] = buyer;
    row[col('买家实际支付金额')] = amount;
    row[col('订单状态')] = '交易成功';
    row[col('订单创建时间')] = `${day} 10:${minute}:00`;
    row[paidAt] = `${day} 10:${minute}:30`;
    row[col('收货地址')] = `${trade.get(buyer)}省 某市 某区 某路 1 号`;
    row[titleAt] = item;
    row[col('宝贝总数量')] = String(REORDER_PIECES);
    return row;
  });
  return { item, orders: added };
}

/** The month tab's roles in one line, ending with its first roles finding (the tab's own words). */
export function rolesDemoLine(
  report: RolesReport,
  month: string,
  section: RoleSection,
  findings: SummaryModel['findings'],
  lang: Lang,
): string {
  const list = lang === 'zh' ? '、' : ', ';
  const roles = PRODUCT_ROLES.map((role) =>
    say(lang, 'demo.rolesCount', {
      role: enumLabel('productRole', role, lang),
      count: section.roles[role].length,
    }),
  ).join(list);
  const top = section.roles.traffic[0];
  const traffic = top
    ? say(lang, 'demo.rolesTraffic', {
        item: top.item,
        inquiries: top.inquiries,
        rate: percentText(top.conversionRate),
      })
    : say(lang, 'demo.rolesNoTraffic');
  const finding = findings.find((f) => f.table.startsWith('role'));
  return (
    say(lang, 'demo.roles', {
      typed: report.typed,
      suggested: report.suggested,
      month,
      roles,
      traffic,
      zeroCount: section.zeroSale.length,
      zero: section.zeroSale.map((z) => z.item).join(list),
    }) +
    (finding === undefined
      ? say(lang, 'demo.rolesNoFinding')
      : say(lang, 'demo.rolesFinding', { finding: finding.text }))
  );
}
