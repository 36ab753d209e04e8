/**
 * The summary model from counts (DOMAIN.md "The summaries" and "Numbers that tell the truth"):
 * every statistic, finding and ranking, whoever counted — countRows in memory or an engine.
 */
import { adFigures, type StoreSales } from '../ads/ad-figures';
import type { DsrSection } from '../dsr/dsr-figures';
import type { RepeatFigures } from '../repeat/repeat-figures';
import type { RoleSection } from '../roles/role-figures';
import { money, rate } from '../stats/figures';
import { type AmountTally, orderValueChange, salesChange } from '../stats/money-change';
import {
  labelChanges,
  labelComparisons,
  type Proportion,
  twoProportionZ,
  wilson,
} from '../stats/proportions';
import { type Period, parsePeriod, periodDays } from '../time/periods';
import { byText, histogramMedian, shareTableOf } from './aggregate';
import { buyerFiguresOf } from './buyer-figures';
import { buildFindings } from './findings';
import { monthlyDesk } from './monthly-desk';
import { withOrderRankings } from './order-rankings';
import { rankings, rankRows } from './rankings';
import { reviewTables } from './review-tables';
import type { InquiryTally, ResponseTally, Side, SummaryCounts } from './summary-counts';
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
import { trendsOf } from './trends';

/** Seed 004 bands: ≤ 30 s, 30–120 s, over 120 s (fixed, unlike the agents' threshold setting). */
export const BAND_LIMITS = { fast: 30, medium: 120 } as const;

/** What the model needs beside the counts: the period, settings, and the parts no log count gives. */
export type SummaryContext = Pick<
  SummaryInput,
  | 'period'
  | 'excludedRows'
  | 'undatedExcludedRows'
  | 'settings'
  | 'scorecard'
  | 'attributionDays'
  | 'probes'
  | 'taxonomy'
  | 'ads'
> & {
  /** Computed from the rows (buildSummary): no count gives a week-by-week DSR. */
  dsrSection?: DsrSection | null;
  /** Computed from the orders (buildSummary): who bought before is a per-buyer question. */
  repeatSection?: RepeatFigures | null;
  /** Month tabs with a catalogue (buildSummary): each item judged by the numbers of its role. */
  roleSection?: RoleSection | null;
};

const sum = <T>(rows: readonly T[], pick: (t: T) => number) => rows.reduce((s, t) => s + pick(t), 0);
const nOf = (rows: readonly { n: number }[]) => sum(rows, (t) => t.n);

/** Category → items (per side) of the inquiry tallies `pick` selects, keyed by `label`. */
function tallyShares(
  cur: readonly InquiryTally[],
  prev: readonly InquiryTally[],
  label: (t: InquiryTally) => string,
) {
  const counted = (rows: readonly InquiryTally[]) => {
    const map = new Map<string, number>();
    for (const t of rows) map.set(label(t), (map.get(label(t)) ?? 0) + t.n);
    return map;
  };
  return shareTableOf(counted(cur), nOf(cur), counted(prev), nOf(prev));
}

/** How many lost inquiries count a suggested reason, where any do (the tab then says so). */
function suggestedOf(lost: readonly InquiryTally[]): { suggestedReasons?: number } {
  const n = nOf(lost.filter((t) => t.suggested === true));
  return n > 0 ? { suggestedReasons: n } : {};
}

export function summaryFromCounts(counts: SummaryCounts, context: SummaryContext): SummaryModel {
  const period = context.period;
  const slots = counts.periods.length;
  const previous = parsePeriod(counts.periods[slots - 2]!);
  const text = summaryText(context.settings.language);
  const inSlot = (slot: number, stage: InquiryTally['stage']) =>
    counts.inquiries.filter((t) => t.slot === slot && t.stage === stage);
  const curPre = inSlot(slots - 1, 'pre-sale');
  const prevPre = inSlot(slots - 2, 'pre-sale');
  const curAfter = inSlot(slots - 1, 'after-sale');
  const prevAfter = inSlot(slots - 2, 'after-sale');
  const notConverted = (rows: InquiryTally[]) => rows.filter((t) => !t.converted);
  const noDeal = (t: InquiryTally) => t.noDealReason || text.unrecorded;
  const question = (t: InquiryTally) => t.questionCategory || text.unclassified;
  const noDealReasons = tallyShares(notConverted(curPre), notConverted(prevPre), noDeal);
  const preSale = tallyShares(curPre, prevPre, question);
  const afterSale = tallyShares(curAfter, prevAfter, question);
  const dataRange = counts.dataRange;
  const preSaleTotal = nOf(curPre);
  const reviewSlot = (slot: number) => counts.reviews.filter((t) => t.slot === slot);
  const size = context.settings.rankingSize;
  const asked = (field: 'product' | 'region') => rankRows(counts.rankings, field, preSaleTotal);
  const headlineFigures = headline(curPre, prevPre, nOf(curAfter), nOf(prevAfter));
  const model: SummaryModel = {
    period: {
      ...period,
      partial: dataRange === null || period.start < dataRange.first || period.end > dataRange.last,
    },
    previous,
    dataRange,
    findings: [],
    language: context.settings.language,
    responseThresholdSeconds: context.settings.responseThresholdSeconds,
    inquiries: {
      ...headlineFigures,
      ...buyerFiguresOf(counts.buyers, counts.orders?.sales ?? null, rawSales(curPre)),
      ...moneyChanges(counts, period, previous),
    },
    noDealReasons: noDealReasons.rows,
    ...suggestedOf(notConverted(curPre)),
    questionCategories: { 'pre-sale': preSale.rows, 'after-sale': afterSale.rows },
    bases: { noDealReasons: noDealReasons.base, 'pre-sale': preSale.base, 'after-sale': afterSale.base },
    reviews: reviewTables(reviewSlot(slots - 1), reviewSlot(slots - 2), text.unclassified),
    agents: agentRows(counts, context.settings.responseThresholdSeconds),
    responseBands: bandRows(counts.responses.filter((t) => t.stage === 'pre-sale')),
    responseBandTest: { label: 'insufficient-base', z: null, p: null },
    rankings: withOrderRankings(rankings(counts.rankings, preSaleTotal, size, text.unrecorded), {
      asked: { product: asked('product'), region: asked('region') },
      preSaleTotal,
      paidOrders: counts.orders?.paidOrders ?? 0,
      tallies: counts.orders?.tallies ?? [],
      catalogue: counts.catalogue ?? [],
      size,
    }),
    excludedRows: context.excludedRows,
    undatedExcludedRows: context.undatedExcludedRows ?? 0,
    trends: trendsOf(counts, text),
  };
  model.responseBandTest = bandTest(model.responseBands);
  if (context.ads !== undefined && context.ads.length > 0) {
    const q = model.inquiries;
    // Store sales are the paid orders; without an Orders sheet, the inquiries' sales stand in.
    const store: StoreSales =
      q.storeSales !== null && q.storeSalesChange !== null
        ? {
            source: 'orders',
            sales: q.storeSales,
            previousSales: q.previousStoreSales,
            change: q.storeSalesChange,
          }
        : { source: 'inquiries', sales: q.sales, previousSales: q.previousSales, change: q.salesChange };
    const ads = adFigures(context.ads, period, previous, store);
    if (ads !== null) model.ads = ads;
  }
  if (period.kind === 'month' && context.dsrSection) model.dsr = context.dsrSection;
  if (context.repeatSection) model.repeat = context.repeatSection;
  if (period.kind === 'month' && context.roleSection) model.roles = context.roleSection;
  model.findings = buildFindings(model);
  if (period.kind === 'month') model.scorecard = [...(context.scorecard ?? [])];
  if (period.kind === 'month') {
    const desk = monthlyDesk(
      {
        period,
        counts,
        probes: context.probes,
        taxonomy: context.taxonomy,
        lang: context.settings.language,
      },
      text.unclassified,
    );
    Object.assign(model, desk);
    if (counts.orders !== null) {
      model.orderClosures = counts.orders.closures;
      model.unmatchedClosures = counts.orders.unmatchedClosures;
    }
  }
  return model;
}

/** Sales, average order value and store sales tested against the previous period on their order amounts. */
function moneyChanges(
  counts: SummaryCounts,
  period: Period,
  previous: Period,
): Pick<
  InquiryHeadline,
  'salesChange' | 'averageOrderValueChange' | 'previousStoreSales' | 'storeSalesChange'
> {
  const of = (source: 'inquiries' | 'orders', side: Side): AmountTally[] =>
    counts.amounts.filter((a) => a.source === source && a.side === side);
  const days = { current: periodDays(period), previous: periodDays(previous) };
  const inquiries = { current: of('inquiries', 'current'), previous: of('inquiries', 'previous') };
  const orders = { current: of('orders', 'current'), previous: of('orders', 'previous') };
  return {
    salesChange: salesChange(inquiries.current, inquiries.previous, days),
    averageOrderValueChange: orderValueChange(inquiries.current, inquiries.previous),
    previousStoreSales: counts.orders === null ? null : money(sum(orders.previous, (a) => a.amount * a.n)),
    storeSalesChange: counts.orders === null ? null : salesChange(orders.current, orders.previous, days),
  };
}

/** The converted inquiries' amounts, not yet rounded. */
const rawSales = (rows: readonly { converted: boolean; sales: number }[]) =>
  sum(rows, (t) => (t.converted ? t.sales : 0));

function delta(current: number | null, previous: number | null): Delta {
  if (current === null || previous === null) return { absolute: null, relative: null };
  return { absolute: current - previous, relative: previous === 0 ? null : (current - previous) / previous };
}

function headline(
  cur: InquiryTally[],
  prev: InquiryTally[],
  afterSale: number,
  prevAfterSale: number,
): Omit<
  InquiryHeadline,
  | keyof ReturnType<typeof buyerFiguresOf>
  | 'salesChange'
  | 'averageOrderValueChange'
  | 'previousStoreSales'
  | 'storeSalesChange'
> {
  const total = nOf(cur);
  const previousTotal = nOf(prev);
  const converted = nOf(cur.filter((t) => t.converted));
  const previousConverted = nOf(prev.filter((t) => t.converted));
  const sales = money(rawSales(cur));
  const previousSales = money(rawSales(prev));
  const [change] = labelChanges([
    { previous: { hits: previousConverted, n: previousTotal }, current: { hits: converted, n: total } },
  ]);
  const conversionRate = rate(converted, total);
  const previousConversionRate = rate(previousConverted, previousTotal);
  const averageOrderValue = converted > 0 ? money(sales / converted) : null;
  const previousAverageOrderValue = previousConverted > 0 ? money(previousSales / previousConverted) : null;
  return {
    total,
    converted,
    conversionRate,
    ci95: wilson(converted, total),
    previousTotal,
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
      total: delta(total, previousTotal),
      converted: delta(converted, previousConverted),
      conversionRate: delta(conversionRate, previousConversionRate),
      sales: delta(sales, previousSales),
      averageOrderValue: delta(averageOrderValue, previousAverageOrderValue),
      afterSaleTotal: delta(afterSale, prevAfterSale),
    },
  };
}

/** Agents with any inquiry this period; conversion over their pre-sale rows, response over all rows timed. */
function agentRows(counts: SummaryCounts, threshold: number): AgentRow[] {
  const of = (side: Side, agent: string) => counts.agents.filter((t) => t.side === side && t.agent === agent);
  const names = [...new Set(counts.agents.filter((t) => t.side === 'current').map((t) => t.agent))];
  const base = names.map((agent) => {
    const rows = of('current', agent);
    const pre = rows.filter((t) => t.stage === 'pre-sale');
    const prevPre = of('previous', agent).filter((t) => t.stage === 'pre-sale');
    const times = counts.responses
      .filter((t) => t.agent === agent)
      .map((t) => ({ value: t.seconds, n: t.n }));
    const buyers = counts.agentBuyers.find((b) => b.agent === agent) ?? { buyers: 0, paidBuyers: 0 };
    return {
      agent,
      all: nOf(rows),
      current: { hits: nOf(pre.filter((t) => t.converted)), n: nOf(pre) } as Proportion,
      previous: { hits: nOf(prevPre.filter((t) => t.converted)), n: nOf(prevPre) } as Proportion,
      times,
      buyers,
      sales: money(rawSales(pre)),
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
    responses: nOf(a.times),
    medianFirstResponseSeconds: histogramMedian(a.times),
    withinThresholdShare: rate(nOf(a.times.filter((t) => t.value <= threshold)), nOf(a.times)),
    buyers: a.buyers.buyers,
    paidBuyers: a.buyers.paidBuyers,
    attributedAverageOrderValue: a.buyers.paidBuyers > 0 ? money(a.sales / a.buyers.paidBuyers) : null,
  }));
}

function bandRows(pre: readonly ResponseTally[]): BandRow[] {
  const bands: [BandRow['band'], number | null, number | null][] = [
    ['fast', null, BAND_LIMITS.fast],
    ['medium', BAND_LIMITS.fast, BAND_LIMITS.medium],
    ['slow', BAND_LIMITS.medium, null],
  ];
  return bands.map(([band, minSeconds, maxSeconds]) => {
    const rows = pre.filter(
      (t) =>
        (minSeconds === null || t.seconds > minSeconds) && (maxSeconds === null || t.seconds <= maxSeconds),
    );
    const inquiries = nOf(rows);
    const converted = nOf(rows.filter((t) => t.converted));
    return {
      band,
      minSeconds,
      maxSeconds,
      inquiries,
      converted,
      conversionRate: rate(converted, inquiries),
      ci95: wilson(converted, inquiries),
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
