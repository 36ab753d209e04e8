/**
 * Product and region rankings over every paid order of the shop, when there are orders: hot and
 * slow items and region demand for the whole shop, not only what buyers asked about. Inquiry
 * counts stay beside the sales, so "asked about a lot, sold little" still shows.
 */
import { itemLinesByOrder, lineShares, type OrderLine, orderKey } from '../ingest/order-lines';
import { isPaid, type Order, type OrderRow } from '../ingest/orders';
import { provinceOf } from '../matching/province';
import { money } from '../stats/figures';
import { type Period, periodContains } from '../time/periods';
import { byDemand } from './rankings';
import type { Rankings, RankRow } from './summary-model';

export interface OrderTally {
  side: 'current' | 'previous';
  field: 'product' | 'region';
  /** The item title (trimmed) or the province of the address; '' when there is none. */
  key: string;
  orders: number;
  sales: number;
}

/** How orders are split into items: the item report's lines and the catalogue's names. */
export interface ItemSource {
  lines: readonly OrderLine[];
  /** The Orders sheet's rows: a 主订单's rows are its items where the item report has none of it. */
  orderRows?: readonly OrderRow[];
  /** The catalogue's name for a line or an order title (productNameOf of the Products sheet). */
  nameOf: (line: { sku?: string; title: string }) => string;
}

/**
 * Paid orders of the period and the previous one, by item and by province. An order with items
 * (itemLinesByOrder: the item report's lines, else its own rows of a multi-item 主订单) counts once
 * for each item on it, with its share of the paid amount (lineShares); one without counts for its
 * title. Items are named by the catalogue where it knows them.
 */
export function orderTallies(
  orders: readonly Order[],
  period: Period,
  previous: Period,
  items?: ItemSource,
): OrderTally[] {
  const map = new Map<string, OrderTally>();
  const byOrder = itemLinesByOrder(items?.lines ?? [], items?.orderRows ?? []);
  const nameOf = items?.nameOf ?? ((line: { title: string }) => line.title.trim());
  const add = (side: OrderTally['side'], field: OrderTally['field'], key: string, sales: number) => {
    const id = `${side}|${field}|${key}`;
    const entry = map.get(id) ?? { side, field, key, orders: 0, sales: 0 };
    entry.orders++;
    entry.sales += sales;
    map.set(id, entry);
  };
  for (const o of orders) {
    if (!isPaid(o)) continue;
    const day = o.paidAt.slice(0, 10);
    const side = periodContains(period, day) ? 'current' : periodContains(previous, day) ? 'previous' : null;
    if (side === null) continue;
    const paid = o.paidAmount ?? 0;
    add(side, 'region', provinceOf(o.address), paid);
    const lines = byOrder.get(orderKey(o.orderId));
    if (!lines) {
      add(side, 'product', nameOf({ title: o.title }), paid);
      continue;
    }
    // One order counts once per item, however many lines (sizes, colours) it has of that item.
    const perItem = new Map<string, number>();
    const shares = lineShares(lines, paid);
    lines.forEach((line, i) => {
      const name = nameOf(line);
      perItem.set(name, (perItem.get(name) ?? 0) + shares[i]!);
    });
    for (const [name, sales] of perItem) add(side, 'product', name, sales);
  }
  return [...map.values()];
}

export interface OrderRankingInput {
  /** The inquiry rankings of product and region (every key asked about this period or last). */
  asked: Record<'product' | 'region', RankRow[]>;
  /** Pre-sale inquiries of the period (the share's base). */
  preSaleTotal: number;
  /** Paid orders of any date; without any the inquiry rankings stay. */
  paidOrders: number;
  tallies: readonly OrderTally[];
  /** The Products sheet's items: each is listed, hot or slow, even when nobody bought it. */
  catalogue?: readonly string[];
  size: number;
}

export function withOrderRankings(base: Rankings, input: OrderRankingInput): Rankings {
  if (input.paidOrders === 0) return withCatalogue(base, input);
  const products = ranked(input, 'product');
  const bySales = (a: RankRow, b: RankRow) =>
    b.sales - a.sales || (b.orders ?? 0) - (a.orders ?? 0) || byDemand(a, b);
  const hot = products
    .filter((r) => (r.orders ?? 0) > 0)
    .sort(bySales)
    .slice(0, input.size);
  const hotKeys = new Set(hot.map((r) => r.key));
  const slowest = (a: RankRow, b: RankRow) =>
    a.sales - b.sales || (a.orders ?? 0) - (b.orders ?? 0) || byDemand(a, b);
  const rest = products.filter((r) => !hotKeys.has(r.key)).sort(slowest);
  // Every catalogue item shows: one nobody bought is a slow item at 0, however long the list.
  const listed = new Set(input.catalogue ?? []);
  const slow = rest.filter((r, i) => i < input.size || listed.has(r.key));
  const region = ranked(input, 'region').sort(bySales).slice(0, input.size);
  return { ...base, source: 'orders', region, product: { hot, slow } };
}

/** Rows for every key asked about or sold, this period or last: inquiry counts, and the orders' sales. */
function ranked(input: OrderRankingInput, field: 'product' | 'region'): RankRow[] {
  const asked = new Map(input.asked[field].map((r) => [r.key, r]));
  const sold = new Map<string, OrderTally>();
  const soldBefore = new Map<string, OrderTally>();
  for (const t of input.tallies) {
    if (t.field === field) (t.side === 'current' ? sold : soldBefore).set(t.key, t);
  }
  const catalogue = field === 'product' ? (input.catalogue ?? []) : [];
  const keys = new Set([...asked.keys(), ...sold.keys(), ...soldBefore.keys(), ...catalogue]);
  keys.delete('');
  return [...keys].map((key) => {
    const row = asked.get(key);
    const now = sold.get(key);
    const before = soldBefore.get(key);
    return {
      key,
      inquiries: row?.inquiries ?? 0,
      converted: row?.converted ?? 0,
      conversionRate: row?.conversionRate ?? null,
      sales: money(now?.sales ?? 0),
      share: row?.share ?? (input.preSaleTotal > 0 ? 0 : null),
      previousInquiries: row?.previousInquiries ?? 0,
      previousConverted: row?.previousConverted ?? 0,
      previousSales: money(before?.sales ?? 0),
      orders: now?.orders ?? 0,
      previousOrders: before?.orders ?? 0,
    };
  });
}

/** Inquiry rankings (no paid orders) with every catalogue item nobody asked about added as a slow 0. */
function withCatalogue(base: Rankings, input: OrderRankingInput): Rankings {
  const shown = new Set([...base.product.hot, ...base.product.slow].map((r) => r.key));
  const missing = (input.catalogue ?? []).filter((key) => !shown.has(key));
  if (missing.length === 0) return base;
  const zero = (key: string): RankRow => ({
    key,
    inquiries: 0,
    converted: 0,
    conversionRate: null,
    sales: 0,
    share: input.preSaleTotal > 0 ? 0 : null,
    previousInquiries: 0,
    previousConverted: 0,
    previousSales: 0,
  });
  return { ...base, product: { ...base.product, slow: [...missing.map(zero), ...base.product.slow] } };
}
