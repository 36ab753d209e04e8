/** The pre-sale desk's own figures for a month, and one agent's against them (issue 10, items 1 and 2). */
import type { Inquiry } from '../sheets/records';
import { normalizeLabel } from '../sheets/template';
import { type ComparisonLabel, labelComparisons, wilson } from '../stats/proportions';

/** Per buyer (distinct customerId, once orders are matched) or per inquiry row (until then). */
export type ConversionBasis = 'buyer' | 'row';

/**
 * A ratio item: hits of n, the desk beside it, and the index the bands read. Like with like
 * (DOMAIN.md): the agent's rate is tested against the rest of the desk with the two-proportion
 * test; only a clear difference (Holm-adjusted p < α) moves the index off the desk's own 1.0, to
 * rate / desk. A small base rarely shows a clear difference, so it is pulled to the desk's band;
 * an agent at the desk's rate is in the desk's band on any base.
 */
export interface RatioFigure {
  hits: number;
  n: number;
  rate: number | null;
  lower: number | null;
  /** The whole desk's figure for the month (the agent included). */
  desk: number | null;
  /** What the bands read: rate / desk when the test tells the agent from the rest of the desk, else 1; null without data. */
  index: number | null;
  /** The agent against the rest of the desk, by DOMAIN.md's test, Holm within the agent's ratio items. */
  vsDesk: { label: ComparisonLabel; p: number | null };
}

export interface PreSaleFacts {
  basis: ConversionBasis;
  inquiries: number;
  /** Buyers (or rows, on the row basis) with a pre-sale inquiry of this agent in the month. */
  buyers: number;
  conversion: RatioFigure;
  reply: RatioFigure;
  within: RatioFigure;
  medianResponseSeconds: number | null;
  /** median / the Settings response threshold. */
  responseIndex: number | null;
  retailOrders: number;
  averageOrderValue: number | null;
  deskAverageOrderValue: number | null;
  aovIndex: number | null;
}

const sameAgent = (a: string, b: string) => normalizeLabel(a) === normalizeLabel(b);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Unit {
  paid: boolean;
  answered: boolean;
}

/** Buyers (or rows): a buyer is paid when any of their inquiries converted, answered when any got a reply. */
function unitsOf(rows: readonly Inquiry[], basis: ConversionBasis): Unit[] {
  if (basis === 'row')
    return rows.map((q) => ({ paid: q.converted === true, answered: q.firstResponseSeconds !== null }));
  const byBuyer = new Map<string, Unit>();
  for (const q of rows) {
    const key = normalizeLabel(q.customerId) || `row ${q.row}`;
    const unit = byBuyer.get(key) ?? { paid: false, answered: false };
    unit.paid ||= q.converted === true;
    unit.answered ||= q.firstResponseSeconds !== null;
    byBuyer.set(key, unit);
  }
  return [...byBuyer.values()];
}

interface Counts {
  paid: number;
  answered: number;
  n: number;
  within: number;
  replies: number;
}

function countsOf(rows: readonly Inquiry[], basis: ConversionBasis, threshold: number): Counts {
  const units = unitsOf(rows, basis);
  const times = rows.filter((q) => q.firstResponseSeconds !== null).map((q) => q.firstResponseSeconds!);
  return {
    n: units.length,
    paid: units.filter((u) => u.paid).length,
    answered: units.filter((u) => u.answered).length,
    replies: times.length,
    within: times.filter((t) => t <= threshold).length,
  };
}

/** Retail only (落实客单价): wholesale and distribution orders routed to an agent would swing it. */
const isRetail = (q: Inquiry) =>
  q.transactionType === 'retail' ||
  (q.transactionType === null && q.customerType !== 'wholesaler' && q.customerType !== 'distributor');

function retailAmounts(rows: readonly Inquiry[]): number[] {
  return rows.filter((q) => q.converted === true && q.amount !== null && isRetail(q)).map((q) => q.amount!);
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);
const ratio = (a: number | null, b: number | null) => (a === null || b === null || !(b > 0) ? null : a / b);

function figure(
  hits: number,
  n: number,
  deskHits: number,
  deskN: number,
  vsDesk: RatioFigure['vsDesk'],
): RatioFigure {
  const lower = n > 0 ? wilson(hits, n)[0] : null;
  const rate = n > 0 ? hits / n : null;
  const desk = deskN > 0 ? deskHits / deskN : null;
  const clear = vsDesk.label === 'ours-higher' || vsDesk.label === 'ours-lower';
  const index = rate === null || desk === null ? null : clear ? ratio(rate, desk) : 1;
  return { hits, n, rate, lower, desk, index, vsDesk };
}

/**
 * One agent's pre-sale figures for a month against the desk's (`monthPreSale` is the whole
 * desk's pre-sale inquiries of that month).
 */
export function preSaleFacts(
  monthPreSale: readonly Inquiry[],
  agent: string,
  thresholdSeconds: number,
  basis: ConversionBasis = 'row',
): PreSaleFacts {
  const own = monthPreSale.filter((q) => sameAgent(q.agent, agent));
  const rest = monthPreSale.filter((q) => !sameAgent(q.agent, agent));
  const mine = countsOf(own, basis, thresholdSeconds);
  const others = countsOf(rest, basis, thresholdSeconds);
  const desk = countsOf(monthPreSale, basis, thresholdSeconds);
  const [c, r, w] = labelComparisons([
    { ours: { hits: mine.paid, n: mine.n }, theirs: { hits: others.paid, n: others.n } },
    { ours: { hits: mine.answered, n: mine.n }, theirs: { hits: others.answered, n: others.n } },
    { ours: { hits: mine.within, n: mine.replies }, theirs: { hits: others.within, n: others.replies } },
  ]);
  const conversion = figure(mine.paid, mine.n, desk.paid, desk.n, c!);
  const reply = figure(mine.answered, mine.n, desk.answered, desk.n, r!);
  const within = figure(mine.within, mine.replies, desk.within, desk.replies, w!);
  const times = own.filter((q) => q.firstResponseSeconds !== null).map((q) => q.firstResponseSeconds!);
  const medianSeconds = median(times);
  const ownAmounts = retailAmounts(own);
  const aov = mean(ownAmounts);
  const deskAov = mean(retailAmounts(monthPreSale));
  return {
    basis,
    inquiries: own.length,
    buyers: mine.n,
    conversion,
    reply,
    within,
    medianResponseSeconds: medianSeconds,
    responseIndex: ratio(medianSeconds, thresholdSeconds),
    retailOrders: ownAmounts.length,
    averageOrderValue: aov,
    deskAverageOrderValue: deskAov,
    aovIndex: ratio(aov, deskAov),
  };
}

/** The pre-sale inquiries of a month, for every agent. */
export function preSaleInquiries(inquiries: readonly Inquiry[], month: string): Inquiry[] {
  return inquiries.filter((q) => q.stage === 'pre-sale' && q.date.slice(0, 7) === month);
}
