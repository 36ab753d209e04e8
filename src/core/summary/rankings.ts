/** Channel, customer type, region and product rankings (seed 001: region demand, hot and slow items). */
import type { Inquiry } from '../records';
import { byText, groupBy, isConverted, rate, salesOf } from './aggregate';
import type { Rankings, RankRow } from './summary-model';

export function rankRows(cur: Inquiry[], prev: Inquiry[], key: (r: Inquiry) => string): RankRow[] {
  const curBy = groupBy(cur, key);
  const prevBy = groupBy(prev, key);
  const keys = [...new Set([...curBy.keys(), ...prevBy.keys()])].filter((k) => k !== '');
  return keys.map((k) => {
    const c = curBy.get(k) ?? [];
    const p = prevBy.get(k) ?? [];
    const converted = c.filter(isConverted).length;
    return {
      key: k,
      inquiries: c.length,
      converted,
      conversionRate: rate(converted, c.length),
      sales: salesOf(c),
      share: rate(c.length, cur.length),
      previousInquiries: p.length,
      previousConverted: p.filter(isConverted).length,
      previousSales: salesOf(p),
    };
  });
}

export const byDemand = (a: RankRow, b: RankRow): number =>
  b.inquiries - a.inquiries ||
  b.sales - a.sales ||
  b.previousInquiries - a.previousInquiries ||
  byText(a.key, b.key);

/**
 * Rankings over pre-sale inquiries. Channel and customer type list every value (blank as
 * 'unrecorded'); region and product leave blanks out, since there is nothing to act on.
 */
export function rankings(cur: Inquiry[], prev: Inquiry[], size: number, unrecorded: string): Rankings {
  const products = rankRows(cur, prev, (r) => r.product.trim());
  const hot = products
    .filter((r) => r.inquiries > 0)
    .sort((a, b) => b.sales - a.sales || b.converted - a.converted || byDemand(a, b))
    .slice(0, size);
  const hotKeys = new Set(hot.map((r) => r.key));
  const slow = products
    .filter((r) => !hotKeys.has(r.key))
    .sort((a, b) => a.sales - b.sales || a.converted - b.converted || byDemand(a, b))
    .slice(0, size);
  return {
    source: 'inquiries',
    channel: rankRows(cur, prev, (r) => r.channel ?? unrecorded).sort(byDemand),
    customerType: rankRows(cur, prev, (r) => r.customerType ?? unrecorded).sort(byDemand),
    region: rankRows(cur, prev, (r) => r.region.trim())
      .sort(byDemand)
      .slice(0, size),
    product: { hot, slow },
  };
}
