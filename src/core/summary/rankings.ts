/** Channel, customer type, region and product rankings (seed 001: region demand, hot and slow items). */
import { money, rate } from '../stats/figures';
import { byText } from './aggregate';
import type { RankField, RankTally } from './summary-counts';
import type { Rankings, RankRow } from './summary-model';

/**
 * One ranked field's rows from its tallies: every key asked about this period or last (blank
 * text left out). `label` names a blank enum; `total` is the period's pre-sale inquiries.
 */
export function rankRows(
  tallies: readonly RankTally[],
  field: RankField,
  total: number,
  label: (key: string | null) => string = (key) => key ?? '',
): RankRow[] {
  const rows = new Map<string, { cur: RankTally[]; prev: RankTally[] }>();
  for (const t of tallies) {
    if (t.field !== field) continue;
    const key = label(t.key);
    const entry = rows.get(key) ?? { cur: [], prev: [] };
    (t.side === 'current' ? entry.cur : entry.prev).push(t);
    rows.set(key, entry);
  }
  rows.delete('');
  const sum = (list: RankTally[], pick: (t: RankTally) => number) => list.reduce((s, t) => s + pick(t), 0);
  return [...rows.entries()].map(([key, { cur, prev }]) => {
    const inquiries = sum(cur, (t) => t.n);
    const converted = sum(cur, (t) => t.converted);
    return {
      key,
      inquiries,
      converted,
      conversionRate: rate(converted, inquiries),
      sales: money(sum(cur, (t) => t.sales)),
      share: rate(inquiries, total),
      previousInquiries: sum(prev, (t) => t.n),
      previousConverted: sum(prev, (t) => t.converted),
      previousSales: money(sum(prev, (t) => t.sales)),
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
export function rankings(
  tallies: readonly RankTally[],
  total: number,
  size: number,
  unrecorded: string,
): Rankings {
  const products = rankRows(tallies, 'product', total);
  const hot = products
    .filter((r) => r.inquiries > 0)
    .sort((a, b) => b.sales - a.sales || b.converted - a.converted || byDemand(a, b))
    .slice(0, size);
  const hotKeys = new Set(hot.map((r) => r.key));
  const slow = products
    .filter((r) => !hotKeys.has(r.key))
    .sort((a, b) => a.sales - b.sales || a.converted - b.converted || byDemand(a, b))
    .slice(0, size);
  const named = (key: string | null) => key ?? unrecorded;
  return {
    source: 'inquiries',
    channel: rankRows(tallies, 'channel', total, named).sort(byDemand),
    customerType: rankRows(tallies, 'customerType', total, named).sort(byDemand),
    region: rankRows(tallies, 'region', total).sort(byDemand).slice(0, size),
    product: { hot, slow },
  };
}
