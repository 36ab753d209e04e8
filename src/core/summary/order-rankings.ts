/**
 * Product and region rankings over every paid order of the shop, when there are orders: hot and
 * slow items and region demand for the whole shop, not only what buyers asked about. Inquiry
 * counts stay beside the sales, so "asked about a lot, sold little" still shows.
 */
import { isPaid, type Order } from '../ingest/orders';
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

/** Paid orders of the period and the previous one, by item title and by province. */
export function orderTallies(orders: readonly Order[], period: Period, previous: Period): OrderTally[] {
  const map = new Map<string, OrderTally>();
  for (const o of orders) {
    if (!isPaid(o)) continue;
    const day = o.paidAt.slice(0, 10);
    const side = periodContains(period, day) ? 'current' : periodContains(previous, day) ? 'previous' : null;
    if (side === null) continue;
    for (const [field, key] of [
      ['product', o.title.trim()],
      ['region', provinceOf(o.address)],
    ] as const) {
      const id = `${side}|${field}|${key}`;
      const entry = map.get(id) ?? { side, field, key, orders: 0, sales: 0 };
      entry.orders++;
      entry.sales += o.paidAmount ?? 0;
      map.set(id, entry);
    }
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
  size: number;
}

export function withOrderRankings(base: Rankings, input: OrderRankingInput): Rankings {
  if (input.paidOrders === 0) return base;
  const products = ranked(input, 'product');
  const bySales = (a: RankRow, b: RankRow) =>
    b.sales - a.sales || (b.orders ?? 0) - (a.orders ?? 0) || byDemand(a, b);
  const hot = products
    .filter((r) => (r.orders ?? 0) > 0)
    .sort(bySales)
    .slice(0, input.size);
  const hotKeys = new Set(hot.map((r) => r.key));
  const slow = products
    .filter((r) => !hotKeys.has(r.key))
    .sort((a, b) => a.sales - b.sales || (a.orders ?? 0) - (b.orders ?? 0) || byDemand(a, b))
    .slice(0, input.size);
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
  const keys = new Set([...asked.keys(), ...sold.keys(), ...soldBefore.keys()]);
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
