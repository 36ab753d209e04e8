/**
 * Product and region rankings over every paid order of the shop, when there are orders: hot and
 * slow items and region demand for the whole shop, not only what buyers asked about. Inquiry
 * counts stay beside the sales, so "asked about a lot, sold little" still shows.
 */
import { isPaid, type Order } from '../ingest/orders';
import { type Period, periodContains } from '../periods';
import type { Inquiry } from '../records';
import { money } from '../summary/aggregate';
import { byDemand, rankRows } from '../summary/rankings';
import type { Rankings, RankRow } from '../summary/summary-model';
import { provinceOf } from './province';

export interface OrderRankingInput {
  period: Period;
  previous: Period;
  curPre: Inquiry[];
  prevPre: Inquiry[];
  orders: readonly Order[];
  size: number;
}

export function withOrderRankings(base: Rankings, input: OrderRankingInput): Rankings {
  const paid = input.orders.filter(isPaid);
  if (paid.length === 0) return base;
  const inPeriod = (p: Period) => paid.filter((o) => periodContains(p, o.paidAt.slice(0, 10)));
  const cur = inPeriod(input.period);
  const prev = inPeriod(input.previous);
  const products = ranked(
    input,
    cur,
    prev,
    (r) => r.product.trim(),
    (o) => o.title.trim(),
  );
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
  const region = ranked(
    input,
    cur,
    prev,
    (r) => r.region.trim(),
    (o) => provinceOf(o.address),
  )
    .sort(bySales)
    .slice(0, input.size);
  return { ...base, source: 'orders', region, product: { hot, slow } };
}

/** Rows for every key asked about or sold, this period or last: inquiry counts, and the orders' sales. */
function ranked(
  input: OrderRankingInput,
  cur: readonly Order[],
  prev: readonly Order[],
  inquiryKey: (r: Inquiry) => string,
  orderKey: (o: Order) => string,
): RankRow[] {
  const asked = new Map(rankRows(input.curPre, input.prevPre, inquiryKey).map((r) => [r.key, r]));
  const sold = tally(cur, orderKey);
  const soldBefore = tally(prev, orderKey);
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
      share: row?.share ?? (input.curPre.length > 0 ? 0 : null),
      previousInquiries: row?.previousInquiries ?? 0,
      previousConverted: row?.previousConverted ?? 0,
      previousSales: money(before?.sales ?? 0),
      orders: now?.orders ?? 0,
      previousOrders: before?.orders ?? 0,
    };
  });
}

function tally(
  orders: readonly Order[],
  key: (o: Order) => string,
): Map<string, { orders: number; sales: number }> {
  const map = new Map<string, { orders: number; sales: number }>();
  for (const o of orders) {
    const k = key(o);
    const entry = map.get(k) ?? { orders: 0, sales: 0 };
    entry.orders++;
    entry.sales += o.paidAmount ?? 0;
    map.set(k, entry);
  }
  return map;
}
