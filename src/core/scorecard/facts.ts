import type { Inquiry, ScorecardRow } from '../records';
import type { Facts } from '../rules/types';
import { normalizeLabel } from '../template';

/** The pre-sale desk figures of one agent and month, from the Inquiries log. */
export interface PreSaleFacts {
  inquiries: number;
  conversions: number;
  /** conversions / inquiries; null with no inquiries. */
  conversionRate: number | null;
  medianResponseSeconds: number | null;
  /** Share of rows with a first-response time that replied within the threshold; null with none. */
  withinThresholdShare: number | null;
  /** Mean amount of converted rows with an amount; null with none. */
  averageOrderValue: number | null;
  /** averageOrderValue / the whole pre-sale desk's that month; null when either is missing. */
  aovIndex: number | null;
}

const sameAgent = (a: string, b: string) => normalizeLabel(a) === normalizeLabel(b);
const inMonth = (inquiry: Inquiry, month: string) => inquiry.date.slice(0, 7) === month;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function averageOrderValue(inquiries: readonly Inquiry[]): number | null {
  const amounts = inquiries.filter((q) => q.converted === true && q.amount !== null).map((q) => q.amount!);
  return amounts.length === 0 ? null : amounts.reduce((sum, a) => sum + a, 0) / amounts.length;
}

/** The pre-sale inquiries of a month, for every agent. */
export function preSaleInquiries(inquiries: readonly Inquiry[], month: string): Inquiry[] {
  return inquiries.filter((q) => q.stage === 'pre-sale' && inMonth(q, month));
}

/**
 * Conversion, response and order value of one agent's pre-sale inquiries in a month (the rows
 * passed are already that month's pre-sale inquiries of the whole desk).
 */
export function preSaleFacts(
  monthPreSale: readonly Inquiry[],
  agent: string,
  thresholdSeconds: number,
): PreSaleFacts {
  const own = monthPreSale.filter((q) => sameAgent(q.agent, agent));
  const conversions = own.filter((q) => q.converted === true).length;
  const times = own.filter((q) => q.firstResponseSeconds !== null).map((q) => q.firstResponseSeconds!);
  const aov = averageOrderValue(own);
  const deskAov = averageOrderValue(monthPreSale);
  return {
    inquiries: own.length,
    conversions,
    conversionRate: own.length === 0 ? null : conversions / own.length,
    medianResponseSeconds: median(times),
    withinThresholdShare:
      times.length === 0 ? null : times.filter((t) => t <= thresholdSeconds).length / times.length,
    averageOrderValue: aov,
    aovIndex: aov === null || deskAov === null || deskAov <= 0 ? null : aov / deskAov,
  };
}

/** Everything a scorecard rule may read about one Scorecard row (rule-file.ts SCORECARD_FACTS). */
export function scorecardFacts(
  row: ScorecardRow,
  preSale: PreSaleFacts | null,
  thresholdSeconds: number,
): Facts {
  return {
    role: row.role,
    level: row.level,
    quality: row.quality,
    disputes: row.disputes,
    cooperation: row.cooperation,
    execution: row.execution,
    orders: row.orders,
    refunds: row.refunds,
    // Seed 003: no orders means no refunds to speak of, a 0 % rate.
    refundRate: row.orders > 0 ? row.refunds / row.orders : 0,
    late: row.late,
    leave: row.leave,
    absence: row.absence,
    lowQualityReviews: row.lowQualityReviews,
    complaintPoints: row.complaintPoints,
    praises: row.praises,
    outstandingPoints: row.outstandingPoints,
    responseThresholdSeconds: thresholdSeconds,
    inquiries: preSale?.inquiries ?? null,
    conversions: preSale?.conversions ?? null,
    conversionRate: preSale?.conversionRate ?? null,
    medianResponseSeconds: preSale?.medianResponseSeconds ?? null,
    withinThresholdShare: preSale?.withinThresholdShare ?? null,
    averageOrderValue: preSale?.averageOrderValue ?? null,
    aovIndex: preSale?.aovIndex ?? null,
  };
}
