/** Review category tables per shop (mentions and negative mentions), ratings, and ours vs each competitor. */
import { OURS } from '../sheets/records';
import { rate } from '../stats/figures';
import { changeIsTestable, changeLabel, labelChanges, labelComparisons, wilson } from '../stats/proportions';
import { byText, countWeighted, shareTableOf } from './aggregate';
import { type ReviewTally, UNCLASSIFIED } from './summary-counts';
import type {
  ComparisonRow,
  RatingShare,
  ReviewCategoryRow,
  ShopReviews,
  SummaryModel,
} from './summary-model';

const none = (n: number) => ({ hits: 0, n });

/** A group of alike reviews as the tables count them: categories (or unclassified), negative ones, rating. */
interface Counted {
  categories: string[];
  negative: string[];
  rating: number | null;
  n: number;
}

const total = (rows: readonly { n: number }[]) => rows.reduce((s, r) => s + r.n, 0);

/** Review tables of this period's and the previous period's review tallies. */
export function reviewTables(
  cur: readonly ReviewTally[],
  prev: readonly ReviewTally[],
  unclassified: string,
): SummaryModel['reviews'] {
  const count = (t: ReviewTally): Counted => ({
    categories: t.categories.length > 0 ? t.categories : [unclassified],
    negative: t.negative.map((c) => (c === UNCLASSIFIED ? unclassified : c)),
    rating: t.rating,
    n: t.n,
  });
  // 系统默认好评 is counted per shop but is in no share's base (nor in the comparison).
  const byShop = (rows: readonly ReviewTally[]): Map<string, Counted[]> => {
    const map = new Map<string, Counted[]>();
    for (const r of rows) {
      if (r.defaultPraise) continue;
      const list = map.get(r.shop) ?? [];
      list.push(count(r));
      map.set(r.shop, list);
    }
    return map;
  };
  const defaults = (rows: readonly ReviewTally[], shop: string) =>
    rows.reduce((n, r) => n + (r.defaultPraise && r.shop === shop ? r.n : 0), 0);
  const curShops = byShop(cur);
  const prevShops = byShop(prev);
  const shopsOf = (rows: readonly ReviewTally[]) => rows.map((r) => r.shop);
  const names = [
    ...new Set([...curShops.keys(), ...prevShops.keys(), ...shopsOf(cur), ...shopsOf(prev)]),
  ].sort((a, b) => Number(b === OURS) - Number(a === OURS) || byText(a, b));
  const shops: Record<string, ShopReviews> = {};
  for (const name of names)
    shops[name] = {
      ...shopTable(curShops.get(name) ?? [], prevShops.get(name) ?? []),
      defaultPraise: defaults(cur, name),
      previousDefaultPraise: defaults(prev, name),
    };
  return {
    shops,
    comparison: comparisons(curShops, unclassified, (c) => c.categories),
    negativeComparison: comparisons(curShops, unclassified, (c) => c.negative),
  };
}

function shopTable(
  cur: Counted[],
  prev: Counted[],
): Omit<ShopReviews, 'defaultPraise' | 'previousDefaultPraise'> {
  const n = total(cur);
  const pn = total(prev);
  const weighted = (rows: Counted[], pick: (c: Counted) => string[]) =>
    countWeighted(rows.map((c) => ({ categories: pick(c), n: c.n })));
  const mentions = shareTableOf(
    weighted(cur, (c) => c.categories),
    n,
    weighted(prev, (c) => c.categories),
    pn,
  );
  const negative = shareTableOf(
    weighted(cur, (c) => c.negative),
    n,
    weighted(prev, (c) => c.negative),
    pn,
  );
  const negativeBy = new Map(negative.rows.map((r) => [r.category, r]));
  const categories = mentions.rows.map((row): ReviewCategoryRow => {
    const m = negativeBy.get(row.category);
    return {
      ...row,
      negativeCount: m?.count ?? 0,
      negativeShare: rate(m?.count ?? 0, n),
      negativeCi95: m?.ci95 ?? wilson(0, n),
      previousNegativeCount: m?.previousCount ?? 0,
      previousNegativeShare: rate(m?.previousCount ?? 0, pn),
      // No negative mention in either period: 0 against 0, which a test would call p = 1.
      negativeLabel: m?.label ?? changeLabel(none(pn), none(n)),
      negativeP: m ? m.p : changeIsTestable(none(pn), none(n)) ? 1 : null,
    };
  });
  const ratings = (rows: Counted[]) =>
    rows.flatMap((c) => (c.rating === null ? [] : [{ rating: c.rating, n: c.n }]));
  const curRatings = ratings(cur);
  const prevRatings = ratings(prev);
  const [negativeRatings, neutralRatings] = ratingShares(curRatings, prevRatings);
  return {
    ...mentions.base,
    categories,
    rated: total(curRatings),
    previousRated: total(prevRatings),
    averageRating: average(curRatings),
    previousAverageRating: average(prevRatings),
    negativeRatingShare: negativeRatings.share,
    neutralRatingShare: neutralRatings.share,
    negativeRatings,
    neutralRatings,
  };
}

type Rated = { rating: number; n: number };

function average(values: Rated[]): number | null {
  const n = total(values);
  return n === 0 ? null : values.reduce((a, v) => a + v.rating * v.n, 0) / n;
}

/** 差评率 (1–2 ★) and 中评率 (3 ★) over the rated reviews, each change tested; Holm over the two. */
function ratingShares(cur: Rated[], prev: Rated[]): [RatingShare, RatingShare] {
  const tests = [(r: number) => r <= 2, (r: number) => r === 3];
  const hits = (rows: Rated[], is: (r: number) => boolean) => total(rows.filter((v) => is(v.rating)));
  const sides = tests.map((is) => ({
    previous: { hits: hits(prev, is), n: total(prev) },
    current: { hits: hits(cur, is), n: total(cur) },
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
  const weighted = (rows: Counted[]) => countWeighted(rows.map((c) => ({ categories: pick(c), n: c.n })));
  const oursRows = curShops.get(OURS) ?? [];
  const oursN = total(oursRows);
  const oursCounts = weighted(oursRows);
  const out: ComparisonRow[] = [];
  const competitors = [...curShops.keys()].filter((s) => s !== OURS).sort(byText);
  for (const competitor of competitors) {
    const theirsRows = curShops.get(competitor)!;
    const theirsN = total(theirsRows);
    const theirsCounts = weighted(theirsRows);
    const categories = [...new Set([...oursCounts.keys(), ...theirsCounts.keys()])]
      .filter((c) => c !== unclassified)
      .sort(
        (a, b) =>
          (oursCounts.get(b) ?? 0) - (oursCounts.get(a) ?? 0) ||
          (theirsCounts.get(b) ?? 0) - (theirsCounts.get(a) ?? 0) ||
          byText(a, b),
      );
    const sides = categories.map((c) => ({
      ours: { hits: oursCounts.get(c) ?? 0, n: oursN },
      theirs: { hits: theirsCounts.get(c) ?? 0, n: theirsN },
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
