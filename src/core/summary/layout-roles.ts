/** 商品角色: each catalogue item under its role with the numbers that judge it (seed 002), and zero-sale items. */
import { type MessageKey, say } from '../messages/catalogue';
import { ROLE_MEASURE } from '../roles/role-change';
import type { RoleItemRow } from '../roles/role-figures';
import { roleRules } from '../roles/role-rules';
import type { ProductRole } from '../roles/suggest-role';
import { enumLabel } from '../sheets/template';
import { FORMAT, num, pCell } from '../tabs/tab-builder';
import type { LayoutContext } from './layout-context';
import type { SummaryModel } from './summary-model';

type Measure = { key: MessageKey; format?: string; value: (r: RoleItemRow) => number | null };

/** The numbers each role is judged by, in the order its table shows them. */
const MEASURES: Record<ProductRole, Measure[]> = {
  traffic: [
    { key: 'roles.inquiries', format: FORMAT.count, value: (r) => r.inquiries },
    { key: 'roles.converted', format: FORMAT.count, value: (r) => r.converted },
    { key: 'roles.conversion', format: FORMAT.percent, value: (r) => r.conversionRate },
    { key: 'roles.previousConversion', format: FORMAT.percent, value: (r) => r.previousConversionRate },
    { key: 'roles.orders', format: FORMAT.count, value: (r) => r.orders },
    { key: 'roles.previousOrders', format: FORMAT.count, value: (r) => r.previousOrders },
  ],
  promotion: [
    { key: 'roles.sales', format: FORMAT.money, value: (r) => r.sales },
    { key: 'roles.discountedSales', format: FORMAT.money, value: (r) => r.discountedSales },
    { key: 'roles.discountedShare', format: FORMAT.percent, value: (r) => r.discountedShare },
    { key: 'roles.previousDiscountedSales', format: FORMAT.money, value: (r) => r.previousDiscountedSales },
    { key: 'roles.orders', format: FORMAT.count, value: (r) => r.orders },
  ],
  profit: [
    { key: 'roles.sales', format: FORMAT.money, value: (r) => r.sales },
    { key: 'roles.previousSales', format: FORMAT.money, value: (r) => r.previousSales },
    { key: 'roles.aov', format: FORMAT.money, value: (r) => r.averageOrderValue },
    { key: 'roles.previousAov', format: FORMAT.money, value: (r) => r.previousAverageOrderValue },
    { key: 'roles.orders', format: FORMAT.count, value: (r) => r.orders },
  ],
  channel: [
    { key: 'roles.tradeOrders', format: FORMAT.count, value: (r) => r.tradeOrders },
    { key: 'roles.tradeReorders', format: FORMAT.count, value: (r) => r.tradeReorders },
    { key: 'roles.previousTradeOrders', format: FORMAT.count, value: (r) => r.previousTradeOrders },
    { key: 'roles.previousTradeReorders', format: FORMAT.count, value: (r) => r.previousTradeReorders },
    { key: 'roles.sales', format: FORMAT.money, value: (r) => r.sales },
  ],
};

export function layoutRoles(ctx: LayoutContext, model: SummaryModel): void {
  const section = model.roles;
  if (section === undefined) return;
  const { tab, t, none, lang } = ctx;
  const w = (key: MessageKey) => say(lang, key);
  ctx.section(w('roles.section'));
  ctx.note(
    say(lang, 'roles.note', {
      days: section.windowDays,
      discount: `${Math.round(roleRules().promotion.discount * 100)}%`,
    }),
  );
  for (const role of ['traffic', 'profit', 'promotion', 'channel'] as const) {
    ctx.subtitle(enumLabel('productRole', role, lang));
    const rows = section.roles[role];
    if (rows.length === 0) {
      ctx.note(w('roles.none'));
      continue;
    }
    const measures = MEASURES[role];
    tab.table(
      [
        { header: w('roles.item') },
        { header: w('roles.source') },
        ...measures.map((m) => ({ header: w(m.key), ...(m.format ? { format: m.format } : {}) })),
        // The change in the number the role is judged by, tested (p Holm-adjusted across the section).
        { header: w(`roles.tested.${ROLE_MEASURE[role]}`), label: 'up-good' as const },
        { header: w('roles.p'), format: FORMAT.p },
      ],
      rows.map((r) => [
        r.item,
        w(r.typed ? 'roles.typed' : 'roles.suggested'),
        ...measures.map((m) => num(m.value(r), none)),
        t.labels[r.change.label],
        pCell(r.change.p, none),
      ]),
      [rows.map((r) => r.change.label)],
    );
  }
  if (section.unassigned.length > 0)
    ctx.note(say(lang, 'roles.unassigned', { items: section.unassigned.join(lang === 'zh' ? '、' : ', ') }));
  ctx.subtitle(say(lang, 'roles.zeroSale', { count: section.zeroSale.length }));
  if (section.zeroSale.length === 0) {
    ctx.note(w('roles.zeroSaleNone'));
    return;
  }
  tab.table(
    [
      { header: w('roles.item') },
      { header: w('roles.role') },
      { header: w('roles.previousOrders'), format: FORMAT.count },
    ],
    section.zeroSale.map((z) => [
      z.item,
      z.role === null ? w('roles.noRole') : enumLabel('productRole', z.role, lang),
      z.previousOrders,
    ]),
  );
}
