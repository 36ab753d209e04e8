/**
 * 看下比例的变化 across more than one period (seed 000; issue 11 item 3): the last 8 weeks or
 * 6 months up to the summarised period, of conversion, the top no-deal reasons and question
 * categories, and our review categories (mentions and negative mentions).
 */
import { type PolarityRules, polarityOf } from '../classify/polarity';
import { type Period, previousPeriod } from '../periods';
import { effectiveCategories, type Inquiry, OURS, type Review } from '../records';
import { byText, isConverted, rate } from './aggregate';

/** How many periods a trend shows, the summarised one included (issue 11: 8 weeks, 6 months). */
export const TREND_LENGTH = { week: 8, month: 6 } as const;

/**
 * How many categories of each table a trend follows: the most frequent in the summarised period,
 * then over the whole window, so a problem new this period (赠品不满意 in the demo) is among them.
 */
export const TREND_TOP = 5;

export interface TrendSeries {
  category: string;
  counts: number[];
  /** counts over the table's base, period by period; null over an empty base. */
  shares: (number | null)[];
}

export interface TrendTable {
  /** The denominator per period. */
  base: number[];
  series: TrendSeries[];
}

export interface Trends {
  /** Period ids, oldest first; the last is the summarised period. */
  periods: string[];
  conversion: { inquiries: number[]; converted: number[]; rate: (number | null)[] };
  noDealReasons: TrendTable;
  preSale: TrendTable;
  reviews: TrendTable;
  negativeReviews: TrendTable;
}

export function trendPeriods(period: Period): Period[] {
  const out = [period];
  while (out.length < TREND_LENGTH[period.kind]) out.unshift(previousPeriod(out[0]!));
  return out;
}

/** Index of the period holding `date`, or -1 outside the window (periods are contiguous). */
function indexer(periods: Period[]): (date: string) => number {
  const first = periods[0]!.start;
  const last = periods[periods.length - 1]!.end;
  return (date) => {
    if (date < first || date > last) return -1;
    for (let i = periods.length - 1; i >= 0; i--) if (date >= periods[i]!.start) return i;
    return -1;
  };
}

/** Counts items (each a list of categories) per period and keeps the `TREND_TOP` most frequent now. */
function table(
  items: { index: number; categories: string[] }[],
  base: number[],
  exclude: string[],
): TrendTable {
  const counts = new Map<string, number[]>();
  for (const { index, categories } of items) {
    for (const c of new Set(categories)) {
      if (exclude.includes(c)) continue;
      const row = counts.get(c) ?? new Array<number>(base.length).fill(0);
      row[index]!++;
      counts.set(c, row);
    }
  }
  const total = (row: number[]) => row.reduce((a, b) => a + b, 0);
  const series = [...counts.entries()]
    .sort(([a, x], [b, y]) => y[y.length - 1]! - x[x.length - 1]! || total(y) - total(x) || byText(a, b))
    .slice(0, TREND_TOP)
    .map(([category, row]) => ({ category, counts: row, shares: row.map((c, i) => rate(c, base[i]!)) }));
  return { base, series };
}

export function buildTrends(
  period: Period,
  inquiries: readonly Inquiry[],
  reviews: readonly Review[],
  words: { unrecorded: string; unclassified: string },
  rules: PolarityRules,
): Trends {
  const periods = trendPeriods(period);
  const indexOf = indexer(periods);
  const zeros = () => new Array<number>(periods.length).fill(0);
  const inquiriesN = zeros();
  const converted = zeros();
  const nonConverted = zeros();
  const noDeal: { index: number; categories: string[] }[] = [];
  const preSale: { index: number; categories: string[] }[] = [];
  for (const r of inquiries) {
    if (r.stage !== 'pre-sale') continue;
    const i = indexOf(r.date);
    if (i < 0) continue;
    inquiriesN[i]!++;
    preSale.push({ index: i, categories: [r.questionCategory.trim() || words.unclassified] });
    if (isConverted(r)) converted[i]!++;
    else {
      nonConverted[i]!++;
      noDeal.push({ index: i, categories: [r.noDealReason.trim() || words.unrecorded] });
    }
  }
  const reviewsN = zeros();
  const mentioned: { index: number; categories: string[] }[] = [];
  const negative: { index: number; categories: string[] }[] = [];
  for (const r of reviews) {
    if (r.shop !== OURS) continue;
    const i = indexOf(r.date);
    if (i < 0) continue;
    reviewsN[i]!++;
    const categories = effectiveCategories(r)
      .map((c) => c.trim())
      .filter((c) => c !== '');
    mentioned.push({ index: i, categories });
    negative.push({
      index: i,
      categories: categories.filter((c) => polarityOf(r.text, c, rules, r.rating) === 'negative'),
    });
  }
  return {
    periods: periods.map((p) => p.id),
    conversion: {
      inquiries: inquiriesN,
      converted,
      rate: converted.map((c, i) => rate(c, inquiriesN[i]!)),
    },
    // The unclassified bucket tells how well keywords caught the text, not a trend to act on.
    noDealReasons: table(noDeal, nonConverted, []),
    preSale: table(preSale, inquiriesN, [words.unclassified]),
    reviews: table(mentioned, reviewsN, []),
    negativeReviews: table(negative, reviewsN, []),
  };
}
