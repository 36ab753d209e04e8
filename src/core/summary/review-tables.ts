/** Review category tables per shop (mentions and negative mentions), ratings, and ours vs each competitor. */
import { NO_POLARITY_RULES, type PolarityRules, polarityOf } from '../classify/polarity';
import { effectiveCategories, OURS, type Review } from '../records';
import { changeIsTestable, changeLabel, labelChanges, labelComparisons, wilson } from '../stats';
import { byText, countCategories, rate, shareTable } from './aggregate';
import type {
  ComparisonRow,
  RatingShare,
  ReviewCategoryRow,
  ShopReviews,
  SummaryModel,
} from './summary-model';

const none = (n: number) => ({ hits: 0, n });

/** One review as the tables count it: every category, and those it speaks of negatively. */
interface Counted {
  categories: string[];
  negative: string[];
  rating: number | null;
}

export function reviewTables(
  cur: Review[],
  prev: Review[],
  unclassified: string,
  rules: PolarityRules = NO_POLARITY_RULES,
): SummaryModel['reviews'] {
  const count = (r: Review): Counted => {
    const list = effectiveCategories(r)
      .map((c) => c.trim())
      .filter((c) => c !== '');
    const categories = list.length > 0 ? list : [unclassified];
    const negative = list.filter((c) => polarityOf(r.text, c, rules, r.rating) === 'negative');
    return { categories, negative, rating: r.rating };
  };
  const byShop = (rows: Review[]): Map<string, Counted[]> => {
    const map = new Map<string, Counted[]>();
    for (const r of rows) {
      const list = map.get(r.shop) ?? [];
      list.push(count(r));
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
  for (const name of names) shops[name] = shopTable(curShops.get(name) ?? [], prevShops.get(name) ?? []);
  return {
    shops,
    comparison: comparisons(curShops, unclassified, (c) => c.categories),
    negativeComparison: comparisons(curShops, unclassified, (c) => c.negative),
  };
}

function shopTable(cur: Counted[], prev: Counted[]): ShopReviews {
  const mentions = shareTable(
    cur.map((c) => c.categories),
    prev.map((c) => c.categories),
  );
  const negative = shareTable(
    cur.map((c) => c.negative),
    prev.map((c) => c.negative),
  );
  const negativeBy = new Map(negative.rows.map((r) => [r.category, r]));
  const categories = mentions.rows.map((row): ReviewCategoryRow => {
    const n = negativeBy.get(row.category);
    return {
      ...row,
      negativeCount: n?.count ?? 0,
      negativeShare: rate(n?.count ?? 0, cur.length),
      negativeCi95: n?.ci95 ?? wilson(0, cur.length),
      previousNegativeCount: n?.previousCount ?? 0,
      previousNegativeShare: rate(n?.previousCount ?? 0, prev.length),
      // No negative mention in either period: 0 against 0, which a test would call p = 1.
      negativeLabel: n?.label ?? changeLabel(none(prev.length), none(cur.length)),
      negativeP: n ? n.p : changeIsTestable(none(prev.length), none(cur.length)) ? 1 : null,
    };
  });
  const ratings = (rows: Counted[]) => rows.flatMap((c) => (c.rating === null ? [] : [c.rating]));
  const curRatings = ratings(cur);
  const prevRatings = ratings(prev);
  const [negativeRatings, neutralRatings] = ratingShares(curRatings, prevRatings);
  return {
    ...mentions.base,
    categories,
    rated: curRatings.length,
    previousRated: prevRatings.length,
    averageRating: average(curRatings),
    previousAverageRating: average(prevRatings),
    negativeRatingShare: negativeRatings.share,
    neutralRatingShare: neutralRatings.share,
    negativeRatings,
    neutralRatings,
  };
}

function average(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** 差评率 (1–2 ★) and 中评率 (3 ★) over the rated reviews, each change tested; Holm over the two. */
function ratingShares(cur: number[], prev: number[]): [RatingShare, RatingShare] {
  const tests = [(r: number) => r <= 2, (r: number) => r === 3];
  const sides = tests.map((is) => ({
    previous: { hits: prev.filter(is).length, n: prev.length },
    current: { hits: cur.filter(is).length, n: cur.length },
  }));
  const labels = labelChanges(sides);
  const out = sides.map(
    ({ previous, current }, i): RatingShare => ({
      count: current.hits,
      share: rate(current.hits, current.n),
      ci95: wilson(current.hits, current.n),
      previousCount: previous.hits,
      previousShare: rate(previous.hits, previous.n),
      label: labels[i]!.label,
      p: labels[i]!.p,
    }),
  );
  return [out[0]!, out[1]!];
}

/**
 * Ours vs each competitor reviewed this period, per category seen on either side (the
 * unclassified bucket says how well the keywords caught the text, not what reviews say, so it is
 * left out). Holm within each competitor's table. `pick` chooses mentions or negative mentions.
 */
function comparisons(
  curShops: Map<string, Counted[]>,
  unclassified: string,
  pick: (c: Counted) => string[],
): ComparisonRow[] {
  const ours = (curShops.get(OURS) ?? []).map(pick);
  const oursCounts = countCategories(ours);
  const out: ComparisonRow[] = [];
  const competitors = [...curShops.keys()].filter((s) => s !== OURS).sort(byText);
  for (const competitor of competitors) {
    const theirs = curShops.get(competitor)!.map(pick);
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
