import { computeScorecardResults } from '../core/scorecard/results';
import { readScorecard } from '../core/sheets/tables';
import type { SummaryData } from '../core/summary/generate-summary';
import type { ScorecardResultLike } from '../core/summary/summary-model';
import type { Period } from '../core/time/periods';
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
