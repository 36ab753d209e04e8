import type { Facts } from '../rules/types';
import type { ScorecardRow } from '../sheets/records';
import { SCORING_INPUTS } from '../sheets/scorecard-columns';
import type { PreSaleFacts } from './desk-facts';

export { median, type PreSaleFacts, preSaleFacts, preSaleInquiries } from './desk-facts';

/** Everything a scorecard rule may read about one Scorecard row (rule-file.ts SCORECARD_FACTS). */
export function scorecardFacts(
  row: ScorecardRow,
  preSale: PreSaleFacts | null,
  policy: { responseThresholdSeconds: number; minimumBase: number },
  /** Counts left blank in the sheet that no log could fill: no data, never 0. */
  unknown: readonly ('orders' | 'refunds')[] = [],
): Facts {
  const orders = unknown.includes('orders') ? null : row.orders;
  const refunds = unknown.includes('refunds') ? null : row.refunds;
  return {
    ...Object.fromEntries(SCORING_INPUTS.map((key) => [key, row[key]])),
    orders,
    refunds,
    // A rate over no orders is no data (the refund-no-data rule: no points), never a 0 % rate.
    refundRate: orders !== null && refunds !== null && orders > 0 ? refunds / orders : null,
    responseThresholdSeconds: policy.responseThresholdSeconds,
    minimumBase: policy.minimumBase,
    ...(preSale ? preSaleFactValues(preSale) : NO_DESK),
  };
}

const NO_DESK: Facts = {
  inquiries: null,
  buyers: null,
  conversions: null,
  conversionRate: null,
  conversionIndex: null,
  repliedBuyers: null,
  replyRate: null,
  replyIndex: null,
  answeredReplies: null,
  withinThresholdShare: null,
  withinIndex: null,
  medianResponseSeconds: null,
  responseIndex: null,
  retailOrders: null,
  averageOrderValue: null,
  aovIndex: null,
};

function preSaleFactValues(p: PreSaleFacts): Facts {
  return {
    inquiries: p.inquiries,
    buyers: p.buyers,
    conversions: p.conversion.hits,
    conversionRate: p.conversion.rate,
    conversionIndex: p.conversion.index,
    repliedBuyers: p.reply.hits,
    replyRate: p.reply.rate,
    replyIndex: p.reply.index,
    answeredReplies: p.within.n,
    withinThresholdShare: p.within.rate,
    withinIndex: p.within.index,
    medianResponseSeconds: p.medianResponseSeconds,
    responseIndex: p.responseIndex,
    retailOrders: p.retailOrders,
    averageOrderValue: p.averageOrderValue,
    aovIndex: p.aovIndex,
  };
}
