/**
 * The pure computation of a summary (DOMAIN.md "The summaries"): rows in, the JSON model out —
 * the rows counted in memory, then the same model-from-counts step an engine's counts go through.
 */
import { NO_POLARITY_RULES } from '../classify/polarity';
import { type DsrSection, dsrFigures } from '../dsr/dsr-figures';
import { buyerOrders } from '../repeat/buyer-orders';
import { type RepeatFigures, repeatFigures } from '../repeat/repeat-figures';
import { type RoleSection, roleSection } from '../roles/role-figures';
import { roleRules } from '../roles/role-rules';
import { previousPeriod } from '../time/periods';
import { countRows, reviewCategories } from './summary-counts';
import { BAND_LIMITS, summaryFromCounts } from './summary-from-counts';
import type { SummaryInput, SummaryModel } from './summary-model';

export { BAND_LIMITS };

export function buildSummary(input: SummaryInput): SummaryModel {
  return summaryFromCounts(countRows(input), {
    ...input,
    dsrSection: dsrSectionOf(input),
    repeatSection: repeatSectionOf(input),
    roleSection: roleSectionOf(input),
  });
}

/** Month tabs with a catalogue: product roles and the numbers that judge each (seed 002). */
function roleSectionOf(input: SummaryInput): RoleSection | null {
  if (input.period.kind !== 'month' || input.products === undefined || input.products.length === 0)
    return null;
  return roleSection({
    period: input.period,
    previous: input.previous ?? previousPeriod(input.period),
    products: input.products,
    orders: input.orders ?? [],
    lines: input.orderLines ?? [],
    inquiries: input.inquiries,
    rules: roleRules(),
  });
}

/** Repeat buyers and 返单 from the Orders sheet; none without orders. */
function repeatSectionOf(input: SummaryInput): RepeatFigures | null {
  if (input.orders === undefined || input.orders.length === 0) return null;
  return repeatFigures(
    buyerOrders(input.orders, input.inquiries),
    input.period,
    input.settings.repeatWindowDays ?? DEFAULT_REPEAT_WINDOW_DAYS,
  );
}

/** The Settings default of repeatWindowDays, for callers that pass no setting. */
export const DEFAULT_REPEAT_WINDOW_DAYS = 365;

/** Month tabs only: the DSR beside the reviews that drive it, counted as the review tables count them. */
function dsrSectionOf(input: SummaryInput): DsrSection | null {
  if (input.period.kind !== 'month' || input.dsr === undefined || input.dsr.length === 0) return null;
  const rules = input.polarityRules ?? NO_POLARITY_RULES;
  return dsrFigures(
    input.dsr,
    input.reviews,
    input.period,
    (review) => reviewCategories(review, rules).negative,
    input.settings.language,
  );
}
