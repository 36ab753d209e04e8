/**
 * 看下比例的变化 across more than one period (seed 000; issue 11 item 3): the last 8 weeks or
 * 6 months up to the summarised period, of conversion, the top no-deal reasons and question
 * categories, and our review categories (mentions and negative mentions).
 */
import type { PolarityRules } from '../classify/polarity';
import { type Inquiry, OURS, type Review } from '../sheets/records';
import { rate } from '../stats/figures';
import { type Period, previousPeriod } from '../time/periods';
import { byText } from './aggregate';
import { countRows, type SummaryCounts } from './summary-counts';

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

/** Counts items (each a group of `n` with a list of categories) per period and keeps the `TREND_TOP` most frequent now. */
function table(
  items: { index: number; categories: string[]; n: number }[],
  base: number[],
  exclude: string[],
): TrendTable {
  const counts = new Map<string, number[]>();
  for (const { index, categories, n } of items) {
    for (const c of new Set(categories)) {
      if (exclude.includes(c)) continue;
      const row = counts.get(c) ?? new Array<number>(base.length).fill(0);
      row[index]! += n;
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

/** The trends of the counted periods (SummaryCounts.periods is the trend window). */
export function trendsOf(
  counts: Pick<SummaryCounts, 'periods' | 'inquiries' | 'reviews'>,
  words: { unrecorded: string; unclassified: string },
): Trends {
  const zeros = () => new Array<number>(counts.periods.length).fill(0);
  const inquiriesN = zeros();
  const converted = zeros();
  const nonConverted = zeros();
  const noDeal: { index: number; categories: string[]; n: number }[] = [];
  const preSale: { index: number; categories: string[]; n: number }[] = [];
  for (const t of counts.inquiries) {
    if (t.stage !== 'pre-sale') continue;
    const i = t.slot;
    inquiriesN[i]! += t.n;
    preSale.push({ index: i, categories: [t.questionCategory || words.unclassified], n: t.n });
    if (t.converted) converted[i]! += t.n;
    else {
      nonConverted[i]! += t.n;
      noDeal.push({ index: i, categories: [t.noDealReason || words.unrecorded], n: t.n });
    }
  }
  const reviewsN = zeros();
  const mentioned: { index: number; categories: string[]; n: number }[] = [];
  const negative: { index: number; categories: string[]; n: number }[] = [];
  for (const t of counts.reviews) {
    if (t.shop !== OURS) continue;
    reviewsN[t.slot]! += t.n;
    mentioned.push({ index: t.slot, categories: t.categories, n: t.n });
    negative.push({ index: t.slot, categories: t.negative, n: t.n });
  }
  return {
    periods: [...counts.periods],
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

/** The trends of rows (counted in memory first). */
export function buildTrends(
  period: Period,
  inquiries: readonly Inquiry[],
  reviews: readonly Review[],
  words: { unrecorded: string; unclassified: string },
  rules: PolarityRules,
): Trends {
  const counts = countRows({
    period,
    inquiries,
    reviews,
    excludedRows: 0,
    settings: { responseThresholdSeconds: 0, rankingSize: 0, language: 'zh' },
    polarityRules: rules,
  });
  return trendsOf(counts, words);
}
