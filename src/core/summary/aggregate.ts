/** Counting helpers shared by the summary's tables. */
import { rate } from '../stats/figures';
import { labelChanges, wilson } from '../stats/proportions';
import type { Base, ShareRow } from './summary-model';

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Items counted once per distinct category they carry (multi-label for reviews). */
export function countCategories(items: readonly string[][]): Map<string, number> {
  return countWeighted(items.map((categories) => ({ categories, n: 1 })));
}

/** Groups of `n` alike items, each counted once per distinct category it carries. */
export function countWeighted(
  groups: readonly { categories: readonly string[]; n: number }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { categories, n } of groups) {
    for (const c of new Set(categories)) counts.set(c, (counts.get(c) ?? 0) + n);
  }
  return counts;
}

/**
 * Shares of each category over the items, this period and last, labelled as changes with Holm
 * over the categories tested. Rows: every category seen in either period; biggest first.
 */
export function shareTable(
  current: readonly string[][],
  previous: readonly string[][],
): { rows: ShareRow[]; base: Base } {
  return shareTableOf(countCategories(current), current.length, countCategories(previous), previous.length);
}

/** shareTable from counts: each category's items and the base, this period and last. */
export function shareTableOf(
  cur: ReadonlyMap<string, number>,
  n: number,
  prev: ReadonlyMap<string, number>,
  pn: number,
): { rows: ShareRow[]; base: Base } {
  const categories = [...new Set([...cur.keys(), ...prev.keys()])].sort(
    (a, b) =>
      (cur.get(b) ?? 0) - (cur.get(a) ?? 0) || (prev.get(b) ?? 0) - (prev.get(a) ?? 0) || byText(a, b),
  );
  const labels = labelChanges(
    categories.map((c) => ({
      previous: { hits: prev.get(c) ?? 0, n: pn },
      current: { hits: cur.get(c) ?? 0, n },
    })),
  );
  const rows = categories.map((category, i): ShareRow => {
    const count = cur.get(category) ?? 0;
    const previousCount = prev.get(category) ?? 0;
    return {
      category,
      count,
      share: rate(count, n),
      ci95: wilson(count, n),
      previousCount,
      previousShare: rate(previousCount, pn),
      label: labels[i]!.label,
      p: labels[i]!.p,
    };
  });
  return { rows, base: { total: n, previousTotal: pn } };
}

/** The median of values given as an exact histogram (value → how many times). */
export function histogramMedian(histogram: readonly { value: number; n: number }[]): number | null {
  const sorted = histogram.filter((h) => h.n > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, h) => s + h.n, 0);
  if (total === 0) return null;
  const at = (index: number): number => {
    let seen = 0;
    for (const h of sorted) {
      seen += h.n;
      if (index < seen) return h.value;
    }
    return sorted[sorted.length - 1]!.value;
  };
  const mid = total >> 1;
  return total % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
