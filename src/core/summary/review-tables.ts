/** Review category tables per shop and ours vs each competitor. */
import { effectiveCategories, OURS, type Review } from '../records';
import { labelComparisons } from '../stats';
import { byText, countCategories, rate, shareTable } from './aggregate';
import type { ComparisonRow, ShopReviews, SummaryModel } from './summary-model';

export function reviewTables(cur: Review[], prev: Review[], unclassified: string): SummaryModel['reviews'] {
  const categoriesOf = (r: Review): string[] => {
    const list = effectiveCategories(r)
      .map((c) => c.trim())
      .filter((c) => c !== '');
    return list.length > 0 ? list : [unclassified];
  };
  const byShop = (rows: Review[]): Map<string, string[][]> => {
    const map = new Map<string, string[][]>();
    for (const r of rows) {
      const list = map.get(r.shop) ?? [];
      list.push(categoriesOf(r));
      map.set(r.shop, list);
    }
    return map;
  };
  const curShops = byShop(cur);
  const prevShops = byShop(prev);
  const names = [...new Set([...curShops.keys(), ...prevShops.keys()])].sort(
    (a, b) => Number(b === OURS) - Number(a === OURS) || byText(a, b),
  );
  const shops: Record<string, ShopReviews> = {};
  for (const name of names) {
    const table = shareTable(curShops.get(name) ?? [], prevShops.get(name) ?? []);
    shops[name] = { ...table.base, categories: table.rows };
  }
  return { shops, comparison: comparisons(curShops, unclassified) };
}

/**
 * Ours vs each competitor reviewed this period, per category seen on either side (the
 * unclassified bucket says how well the keywords caught the text, not what reviews say, so it is
 * left out). Holm within each competitor's table.
 */
function comparisons(curShops: Map<string, string[][]>, unclassified: string): ComparisonRow[] {
  const ours = curShops.get(OURS) ?? [];
  const oursCounts = countCategories(ours);
  const out: ComparisonRow[] = [];
  const competitors = [...curShops.keys()].filter((s) => s !== OURS).sort(byText);
  for (const competitor of competitors) {
    const theirs = curShops.get(competitor)!;
    const theirsCounts = countCategories(theirs);
    const categories = [...new Set([...oursCounts.keys(), ...theirsCounts.keys()])]
      .filter((c) => c !== unclassified)
      .sort(
        (a, b) =>
          (oursCounts.get(b) ?? 0) - (oursCounts.get(a) ?? 0) ||
          (theirsCounts.get(b) ?? 0) - (theirsCounts.get(a) ?? 0) ||
          byText(a, b),
      );
    const sides = categories.map((c) => ({
      ours: { hits: oursCounts.get(c) ?? 0, n: ours.length },
      theirs: { hits: theirsCounts.get(c) ?? 0, n: theirs.length },
    }));
    const labels = labelComparisons(sides);
    categories.forEach((category, i) => {
      const { ours: o, theirs: t } = sides[i]!;
      out.push({
        competitor,
        category,
        oursCount: o.hits,
        oursTotal: o.n,
        oursShare: rate(o.hits, o.n),
        theirsCount: t.hits,
        theirsTotal: t.n,
        theirsShare: rate(t.hits, t.n),
        label: labels[i]!.label,
        p: labels[i]!.p,
      });
    });
  }
  return out;
}
