/**
 * The pure computation of a summary (DOMAIN.md "The summaries"): rows in, the JSON model out —
 * the rows counted in memory, then the same model-from-counts step an engine's counts go through.
 */
import { countRows } from './summary-counts';
import { BAND_LIMITS, summaryFromCounts } from './summary-from-counts';
import type { SummaryInput, SummaryModel } from './summary-model';

export { BAND_LIMITS };

export function buildSummary(input: SummaryInput): SummaryModel {
  return summaryFromCounts(countRows(input), input);
}
