/**
 * The month tab's 商品角色 section (issue 23 item 2, seed 002): each catalogue item under the role it
 * plays — typed in 角色, else suggested from the orders of the window ending on the month's last
 * day — with the numbers that role is judged by, this month beside the last, and the catalogue's
 * items nobody bought this month.
 */
import type { OrderLine } from '../ingest/order-lines';
import type { Order } from '../ingest/orders';
import { orderBuyerResolver, tradeCustomers } from '../repeat/buyer-orders';
import { type Product, productNameOf } from '../sheets/products';
import type { Inquiry } from '../sheets/records';
import { type Period, periodDays } from '../time/periods';
import { type ItemSale, itemSales } from './item-sales';
import {
  adjustRoleChanges,
  ROLE_MEASURE,
  type RoleChange,
  type RoleEvidence,
  roleChange,
} from './role-change';
import type { RoleRules } from './role-rules';
import { effectiveRole, PRODUCT_ROLES, type ProductRole, roleWindow, suggestRoles } from './suggest-role';

/** One item's month and previous month. Every field is filled; the tab shows those its role is judged by. */
export interface RoleItemRow {
  item: string;
  role: ProductRole;
  /** True where the team typed the role; false where it is the suggestion. */
  typed: boolean;
  orders: number;
  previousOrders: number;
  sales: number;
  previousSales: number;
  /** sales / orders; null with no order. */
  averageOrderValue: number | null;
  previousAverageOrderValue: number | null;
  /** Pre-sale inquiries naming the item (商品, read as the catalogue names it), and those converted. */
  inquiries: number;
  converted: number;
  conversionRate: number | null;
  previousInquiries: number;
  previousConverted: number;
  previousConversionRate: number | null;
  /** Sales of orders paid at least the rules' discount below list price: sold in an activity. */
  discountedSales: number;
  /** discountedSales / sales; null with no sales. */
  discountedShare: number | null;
  previousDiscountedSales: number;
  /** Orders of wholesalers and distributors, and of them re-orders (the buyer had paid on an earlier day). */
  tradeOrders: number;
  tradeReorders: number;
  previousTradeOrders: number;
  previousTradeReorders: number;
  /** The change in the number the role is judged by, tested; p Holm-adjusted across the section. */
  change: RoleChange;
}

export interface RoleSection {
  /** The suggestion's window: `windowDays` days to the month's last day. */
  windowDays: number;
  roles: Record<ProductRole, RoleItemRow[]>;
  /** Catalogue items with no role typed and none suggested. */
  unassigned: string[];
  /** Catalogue items with no paid order this month, with the role they play (null: none). */
  zeroSale: { item: string; role: ProductRole | null; previousOrders: number }[];
}

export interface RoleSectionInput {
  period: Period;
  previous: Period;
  products: readonly Product[];
  orders: readonly Order[];
  lines: readonly OrderLine[];
  inquiries: readonly Inquiry[];
  rules: RoleRules;
}

export function roleSection(input: RoleSectionInput): RoleSection {
  const { period, previous, products, rules } = input;
  const sales = itemSales({
    orders: input.orders,
    lines: input.lines,
    products,
    traders: tradeCustomers(input.inquiries),
    resolve: orderBuyerResolver(input.orders, input.inquiries),
    discount: rules.promotion.discount,
  });
  const window = roleWindow(period.end, rules.windowDays);
  const suggested = new Map(suggestRoles(products, sales, window, rules).map((s) => [s.item, s.role]));
  const typed = new Map<string, ProductRole>();
  for (const p of products) if (p.role !== null && !typed.has(p.product)) typed.set(p.product, p.role);
  const firstPaid = firstPaidDays(sales);
  const nameOf = productNameOf(products);
  const asked = (side: Period) => {
    const out = new Map<string, { inquiries: number; converted: number }>();
    for (const q of input.inquiries) {
      if (q.stage !== 'pre-sale' || q.product.trim() === '' || q.date < side.start || q.date > side.end)
        continue;
      const name = nameOf({ title: q.product });
      const entry = out.get(name) ?? { inquiries: 0, converted: 0 };
      entry.inquiries++;
      if (q.converted === true) entry.converted++;
      out.set(name, entry);
    }
    return out;
  };
  const askedNow = asked(period);
  const askedBefore = asked(previous);
  const section: RoleSection = {
    windowDays: rules.windowDays,
    roles: { traffic: [], promotion: [], profit: [], channel: [] },
    unassigned: [],
    zeroSale: [],
  };
  const days = { current: periodDays(period), previous: periodDays(previous) };
  for (const item of suggested.keys()) {
    const role = effectiveRole(typed.get(item) ?? null, suggested.get(item) ?? null);
    const now = tally(sales, item, period, firstPaid);
    const before = tally(sales, item, previous, firstPaid);
    if (now.orders === 0) section.zeroSale.push({ item, role, previousOrders: before.orders });
    if (role === null) {
      section.unassigned.push(item);
      continue;
    }
    const a = askedNow.get(item) ?? { inquiries: 0, converted: 0 };
    const b = askedBefore.get(item) ?? { inquiries: 0, converted: 0 };
    section.roles[role].push({
      item,
      role,
      typed: typed.has(item),
      orders: now.orders,
      previousOrders: before.orders,
      sales: round(now.sales),
      previousSales: round(before.sales),
      averageOrderValue: now.orders > 0 ? round(now.sales / now.orders) : null,
      previousAverageOrderValue: before.orders > 0 ? round(before.sales / before.orders) : null,
      inquiries: a.inquiries,
      converted: a.converted,
      conversionRate: a.inquiries > 0 ? a.converted / a.inquiries : null,
      previousInquiries: b.inquiries,
      previousConverted: b.converted,
      previousConversionRate: b.inquiries > 0 ? b.converted / b.inquiries : null,
      discountedSales: round(now.discountedSales),
      discountedShare: now.sales > 0 ? now.discountedSales / now.sales : null,
      previousDiscountedSales: round(before.discountedSales),
      tradeOrders: now.tradeOrders,
      tradeReorders: now.tradeReorders,
      previousTradeOrders: before.tradeOrders,
      previousTradeReorders: before.tradeReorders,
      change: roleChange(evidenceOf(role, a, b, now, before), days),
    });
  }
  const rows = PRODUCT_ROLES.flatMap((role) => section.roles[role]);
  adjustRoleChanges(rows.map((r) => r.change)).forEach((change, i) => {
    rows[i]!.change = change;
  });
  for (const role of PRODUCT_ROLES)
    section.roles[role].sort((x, y) => y.sales - x.sales || cmp(x.item, y.item));
  return section;
}

const round = (x: number) => Math.round(x * 100) / 100;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each buyer's first day with a paid order, so a later one is a re-order. */
function firstPaidDays(sales: readonly ItemSale[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const s of sales) {
    if (s.buyer === '') continue;
    const day = first.get(s.buyer);
    if (day === undefined || s.day < day) first.set(s.buyer, s.day);
  }
  return first;
}

type Tally = ReturnType<typeof tally>;
type Asked = { inquiries: number; converted: number };

/** What the item's role is judged by, this month (now) and last (before). */
function evidenceOf(role: ProductRole, a: Asked, b: Asked, now: Tally, before: Tally): RoleEvidence {
  const measure = ROLE_MEASURE[role];
  const one = (n: number) => [{ amount: 1, n }];
  switch (measure) {
    case 'conversion':
      return {
        measure,
        previous: { hits: b.converted, n: b.inquiries },
        current: { hits: a.converted, n: a.inquiries },
      };
    case 'sales':
      return { measure, previous: before.amounts, current: now.amounts };
    case 'discountedSales':
      return { measure, previous: before.discountedAmounts, current: now.discountedAmounts };
    case 'tradeReorders':
      // Every re-order counts one: the test of the two counts.
      return { measure, previous: one(before.tradeReorders), current: one(now.tradeReorders) };
  }
}

function tally(sales: readonly ItemSale[], item: string, side: Period, firstPaid: Map<string, string>) {
  const orders = new Map<string, { sales: number; discounted: number }>();
  const trade = new Set<string>();
  const reorders = new Set<string>();
  let total = 0;
  let discounted = 0;
  for (const s of sales) {
    if (s.item !== item || s.day < side.start || s.day > side.end) continue;
    const order = orders.get(s.orderId) ?? { sales: 0, discounted: 0 };
    order.sales += s.sales;
    total += s.sales;
    if (s.discounted === true) {
      order.discounted += s.sales;
      discounted += s.sales;
    }
    orders.set(s.orderId, order);
    if (!s.trade) continue;
    trade.add(s.orderId);
    const first = firstPaid.get(s.buyer);
    if (first !== undefined && first < s.day) reorders.add(s.orderId);
  }
  const amounts = (pick: (o: { sales: number; discounted: number }) => number) =>
    [...orders.values()].filter((o) => pick(o) > 0).map((o) => ({ amount: pick(o), n: 1 }));
  return {
    /** The item's amount on each order, and on each order paid below list: what the money tests read. */
    amounts: amounts((o) => o.sales),
    discountedAmounts: amounts((o) => o.discounted),
    orders: orders.size,
    sales: total,
    discountedSales: discounted,
    tradeOrders: trade.size,
    tradeReorders: reorders.size,
  };
}
