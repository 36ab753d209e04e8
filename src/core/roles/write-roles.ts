/**
 * Writes 建议角色 and 角色依据 on the Products sheet (issue 23 item 2) from the paid orders of the
 * rules' window up to the newest payment. 角色, typed by the team, is never written; where it is
 * filled 角色依据 says the typed role is the one used. Only cells whose value changes are written.
 */
import type { Cell, WorkbookPort } from '../../ports';
import { readOrderLines } from '../ingest/order-lines';
import { isPaid, readOrders } from '../ingest/orders';
import { render, say } from '../messages/catalogue';
import { orderBuyerResolver, tradeCustomers } from '../repeat/buyer-orders';
import { readSettings, type Settings } from '../settings/settings';
import { readProducts } from '../sheets/products';
import type { Problem } from '../sheets/records';
import { readInquiries, writeColumn } from '../sheets/tables';
import { columnLabel, enumLabel, type Lang } from '../sheets/template';
import { itemSales } from './item-sales';
import { type RoleRules, roleRules } from './role-rules';
import { roleBasis, roleWindow, suggestRoles } from './suggest-role';

export interface RolesReport {
  /** Catalogue rows read. */
  items: number;
  /** Rows given a suggested role, and rows whose role the team typed. */
  suggested: number;
  typed: number;
  problems: Problem[];
}

export function writeProductRoles(
  wb: WorkbookPort,
  settings: Settings = readSettings(wb).settings,
  rules: RoleRules = roleRules(),
): RolesReport {
  const lang = settings.language;
  const products = readProducts(wb, { lang });
  const report: RolesReport = { items: 0, suggested: 0, typed: 0, problems: [...products.problems] };
  if (products.sheet === null || products.records.length === 0) return report;
  const orders = readOrders(wb, { lang }).records;
  const lastPaid = orders.reduce<string | null>(
    (last, o) => (isPaid(o) && (last === null || o.paidAt > last) ? o.paidAt : last),
    null,
  );
  if (lastPaid === null) return report;
  const window = roleWindow(lastPaid.slice(0, 10), rules.windowDays);
  const inquiries = readInquiries(wb, { lang }).records;
  const sales = itemSales({
    orders,
    lines: readOrderLines(wb, { lang }).records,
    products: products.records,
    traders: tradeCustomers(inquiries),
    resolve: orderBuyerResolver(orders, inquiries),
    discount: rules.promotion.discount,
  });
  const byItem = new Map(suggestRoles(products.records, sales, window, rules).map((s) => [s.item, s]));
  const roles = new Map<number, Cell>();
  const bases = new Map<number, Cell>();
  const current = (row: number, key: string) => {
    const col = products.columns[key];
    return col === undefined ? '' : (products.grid[row - 1]?.[col - 1] ?? '');
  };
  for (const p of products.records) {
    const s = byItem.get(p.product);
    if (s === undefined) continue;
    report.items++;
    if (s.role !== null) report.suggested++;
    if (p.role !== null) report.typed++;
    const role = s.role === null ? '' : enumLabel('productRole', s.role, lang);
    const basis = render(lang, roleBasis(s, window, rules));
    const text =
      p.role !== null && p.role !== s.role
        ? say(lang, 'roles.basis.typed', { basis, typed: enumLabel('productRole', p.role, lang) })
        : basis;
    if (current(p.row, 'suggestedRole') !== role) roles.set(p.row, role);
    if (current(p.row, 'roleBasis') !== text) bases.set(p.row, text);
  }
  for (const [key, values] of [
    ['suggestedRole', roles],
    ['roleBasis', bases],
  ] as const) {
    if (values.size === 0) continue;
    if (key in products.columns) writeColumn(wb, products, key, values);
    else report.problems.push(missingColumn(products.sheet, key, lang));
  }
  return report;
}

function missingColumn(sheet: string, key: string, lang: Lang): Problem {
  const column = columnLabel('products', key, lang);
  return {
    sheet,
    row: 0,
    column,
    value: '',
    reason: say(lang, 'rows.columnMissingNotWritten', { column }),
    severity: 'warning',
  };
}

/** The run's line: how many catalogue items, how many suggested, how many typed. */
export function rolesLine(report: RolesReport, lang: Lang): string {
  return say(lang, 'roles.report', { items: report.items, suggested: report.suggested, typed: report.typed });
}
