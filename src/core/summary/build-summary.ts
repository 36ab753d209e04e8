/**
 * The pure computation of a summary (DOMAIN.md "The summaries" and "Numbers that tell the truth"):
 * rows in, the JSON model out. No workbook, no clock.
 */

import { NO_POLARITY_RULES } from '../classify/polarity';
import { type BuyerFigures, buyerCounts, buyerFigures } from '../matching/buyer-figures';
import { withOrderRankings } from '../matching/order-rankings';
import { type Period, periodContains, previousPeriod } from '../periods';
import type { Inquiry } from '../records';
import { labelChanges, labelComparisons, type Proportion, twoProportionZ, wilson } from '../stats';
import { byText, groupBy, isConverted, median, money, rate, salesOf, shareTable } from './aggregate';
import { buildFindings } from './findings';
import { monthlyDesk } from './monthly-desk';
import { rankings } from './rankings';
import { reviewTables } from './review-tables';
import type {
  AgentRow,
  BandRow,
  BandTest,
  Delta,
  InquiryHeadline,
  SummaryInput,
  SummaryModel,
} from './summary-model';
import { summaryText } from './summary-text';
import { buildTrends } from './trends';

/** Seed 004 bands: ≤ 30 s, 30–120 s, over 120 s (fixed, unlike the agents' threshold setting). */
export const BAND_LIMITS = { fast: 30, medium: 120 } as const;

export function buildSummary(input: SummaryInput): SummaryModel {
  const period = input.period;
  const previous = input.previous ?? previousPeriod(period);
  const text = summaryText(input.settings.language);
  const inPeriod = <T extends { date: string }>(rows: readonly T[], p: Period): T[] =>
    rows.filter((r) => periodContains(p, r.date));

  const cur = inPeriod(input.inquiries, period);
  const prev = inPeriod(input.inquiries, previous);
  const curPre = cur.filter((r) => r.stage === 'pre-sale');
  const prevPre = prev.filter((r) => r.stage === 'pre-sale');
  const curAfter = cur.filter((r) => r.stage === 'after-sale');
  const prevAfter = prev.filter((r) => r.stage === 'after-sale');

  const noDeal = (rows: Inquiry[]): string[][] =>
    rows.filter((r) => r.converted !== true).map((r) => [r.noDealReason.trim() || text.unrecorded]);
  const questions = (rows: Inquiry[]): string[][] =>
    rows.map((r) => [r.questionCategory.trim() || text.unclassified]);

  const noDealReasons = shareTable(noDeal(curPre), noDeal(prevPre));
  const preSale = shareTable(questions(curPre), questions(prevPre));
  const afterSale = shareTable(questions(curAfter), questions(prevAfter));

  const dataRange = dateRange(input);
  const model: SummaryModel = {
    period: {
      ...period,
      partial: dataRange === null || period.start < dataRange.first || period.end > dataRange.last,
    },
    previous,
    dataRange,
    findings: [],
    language: input.settings.language,
    responseThresholdSeconds: input.settings.responseThresholdSeconds,
    inquiries: {
      ...headline(curPre, prevPre, curAfter.length, prevAfter.length),
      ...buyerFigures({
        period,
        previous,
        preSale: input.inquiries.filter((r) => r.stage === 'pre-sale'),
        orders: input.orders ?? [],
        attributionDays: input.attributionDays ?? 1,
      }),
    },
    noDealReasons: noDealReasons.rows,
    questionCategories: { 'pre-sale': preSale.rows, 'after-sale': afterSale.rows },
    bases: { noDealReasons: noDealReasons.base, 'pre-sale': preSale.base, 'after-sale': afterSale.base },
    reviews: reviewTables(
      inPeriod(input.reviews, period),
      inPeriod(input.reviews, previous),
      text.unclassified,
      input.polarityRules,
    ),
    agents: agentRows(cur, prev, input.settings.responseThresholdSeconds),
    responseBands: bandRows(curPre),
    responseBandTest: { label: 'insufficient-base', z: null, p: null },
    rankings: withOrderRankings(rankings(curPre, prevPre, input.settings.rankingSize, text.unrecorded), {
      period,
      previous,
      curPre,
      prevPre,
      orders: input.orders ?? [],
      size: input.settings.rankingSize,
    }),
    excludedRows: input.excludedRows,
    undatedExcludedRows: input.undatedExcludedRows ?? 0,
    trends: buildTrends(
      period,
      input.inquiries,
      input.reviews,
      text,
      input.polarityRules ?? NO_POLARITY_RULES,
    ),
  };
  model.responseBandTest = bandTest(model.responseBands);
  model.findings = buildFindings(model);
  if (period.kind === 'month') model.scorecard = [...(input.scorecard ?? [])];
  if (period.kind === 'month') Object.assign(model, monthlyDesk(input, previous, text.unclassified));
  return model;
}

/** The first and last dates of the logs (valid rows of any date), or null when nothing is logged. */
function dateRange(input: SummaryInput): SummaryModel['dataRange'] {
  let first: string | null = null;
  let last: string | null = null;
  for (const rows of [input.inquiries, input.reviews]) {
    for (const { date } of rows) {
      if (first === null || date < first) first = date;
      if (last === null || date > last) last = date;
    }
  }
  return first === null || last === null ? null : { first, last };
}

function delta(current: number | null, previous: number | null): Delta {
  if (current === null || previous === null) return { absolute: null, relative: null };
  return { absolute: current - previous, relative: previous === 0 ? null : (current - previous) / previous };
}

function headline(
  cur: Inquiry[],
  prev: Inquiry[],
  afterSale: number,
  prevAfterSale: number,
): Omit<InquiryHeadline, keyof BuyerFigures> {
  const converted = cur.filter(isConverted).length;
  const previousConverted = prev.filter(isConverted).length;
  const sales = salesOf(cur);
  const previousSales = salesOf(prev);
  const [change] = labelChanges([
    { previous: { hits: previousConverted, n: prev.length }, current: { hits: converted, n: cur.length } },
  ]);
  const conversionRate = rate(converted, cur.length);
  const previousConversionRate = rate(previousConverted, prev.length);
  const averageOrderValue = converted > 0 ? money(sales / converted) : null;
  const previousAverageOrderValue = previousConverted > 0 ? money(previousSales / previousConverted) : null;
  return {
    total: cur.length,
    converted,
    conversionRate,
    ci95: wilson(converted, cur.length),
    previousTotal: prev.length,
    previousConverted,
    previousConversionRate,
    change: change!,
    sales,
    previousSales,
    averageOrderValue,
    previousAverageOrderValue,
    afterSaleTotal: afterSale,
    previousAfterSaleTotal: prevAfterSale,
    deltas: {
      total: delta(cur.length, prev.length),
      converted: delta(converted, previousConverted),
      conversionRate: delta(conversionRate, previousConversionRate),
      sales: delta(sales, previousSales),
      averageOrderValue: delta(averageOrderValue, previousAverageOrderValue),
      afterSaleTotal: delta(afterSale, prevAfterSale),
    },
  };
}

/** Agents with any inquiry this period; conversion over their pre-sale rows, response over all rows timed. */
function agentRows(cur: Inquiry[], prev: Inquiry[], threshold: number): AgentRow[] {
  const curBy = groupBy(cur, (r) => r.agent);
  const prevBy = groupBy(prev, (r) => r.agent);
  const base = [...curBy.entries()].map(([agent, rows]) => {
    const pre = rows.filter((r) => r.stage === 'pre-sale');
    const prevPre = (prevBy.get(agent) ?? []).filter((r) => r.stage === 'pre-sale');
    const times = rows.flatMap((r) => (r.firstResponseSeconds === null ? [] : [r.firstResponseSeconds]));
    return {
      agent,
      all: rows.length,
      current: { hits: pre.filter(isConverted).length, n: pre.length } as Proportion,
      previous: { hits: prevPre.filter(isConverted).length, n: prevPre.length } as Proportion,
      times,
      buyers: buyerCounts(pre),
      sales: salesOf(pre),
    };
  });
  base.sort((a, b) => b.current.n - a.current.n || b.all - a.all || byText(a.agent, b.agent));
  const changes = labelChanges(base);
  return base.map((a, i) => ({
    // An agent with only after-sale rows this period has no conversion to compare: not "no baseline".
    agent: a.agent,
    inquiries: a.current.n,
    converted: a.current.hits,
    conversionRate: rate(a.current.hits, a.current.n),
    ci95: wilson(a.current.hits, a.current.n),
    previousInquiries: a.previous.n,
    previousConverted: a.previous.hits,
    previousConversionRate: rate(a.previous.hits, a.previous.n),
    change: a.current.n === 0 ? { label: 'insufficient-base', p: null } : changes[i]!,
    responses: a.times.length,
    medianFirstResponseSeconds: median(a.times),
    withinThresholdShare: rate(a.times.filter((t) => t <= threshold).length, a.times.length),
    buyers: a.buyers.buyers,
    paidBuyers: a.buyers.paidBuyers,
    attributedAverageOrderValue: a.buyers.paidBuyers > 0 ? money(a.sales / a.buyers.paidBuyers) : null,
  }));
}

function bandRows(pre: Inquiry[]): BandRow[] {
  const bands: [BandRow['band'], number | null, number | null][] = [
    ['fast', null, BAND_LIMITS.fast],
    ['medium', BAND_LIMITS.fast, BAND_LIMITS.medium],
    ['slow', BAND_LIMITS.medium, null],
  ];
  return bands.map(([band, minSeconds, maxSeconds]) => {
    const rows = pre.filter((r) => {
      const t = r.firstResponseSeconds;
      return (
        t !== null && (minSeconds === null || t > minSeconds) && (maxSeconds === null || t <= maxSeconds)
      );
    });
    const converted = rows.filter(isConverted).length;
    return {
      band,
      minSeconds,
      maxSeconds,
      inquiries: rows.length,
      converted,
      conversionRate: rate(converted, rows.length),
      ci95: wilson(converted, rows.length),
    };
  });
}

/** Fastest band vs slowest band, with the comparison rules (an empty band is too small a base). */
function bandTest(bands: BandRow[]): BandTest {
  const fast = bands[0]!;
  const slow = bands[bands.length - 1]!;
  const [tested] = labelComparisons([
    {
      ours: { hits: fast.converted, n: fast.inquiries },
      theirs: { hits: slow.converted, n: slow.inquiries },
    },
  ]);
  if (tested!.p === null) return { label: 'insufficient-base', z: null, p: null };
  const { z } = twoProportionZ(slow.converted, slow.inquiries, fast.converted, fast.inquiries);
  const label =
    tested!.label === 'ours-higher' ? 'fast-higher' : tested!.label === 'ours-lower' ? 'fast-lower' : 'noise';
  return { label, z, p: tested!.p };
}
