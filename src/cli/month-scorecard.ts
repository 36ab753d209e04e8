import type { Period } from '../core/periods';
import { computeScorecardResults } from '../core/scorecard/results';
import type { SummaryData } from '../core/summary/generate-summary';
import type { ScorecardResultLike } from '../core/summary/summary-model';
import { readScorecard } from '../core/tables';
import type { WorkbookPort } from '../ports';

/** A monthly tab shows that month's scorecard; a weekly one none. */
export async function monthScorecard(
  wb: WorkbookPort,
  period: Period,
  data: SummaryData,
): Promise<readonly ScorecardResultLike[] | undefined> {
  if (period.kind !== 'month') return undefined;
  const rows = readScorecard(wb).records.filter((r) => r.month === period.id);
  return computeScorecardResults(rows, data.inquiries, data.settings);
}
