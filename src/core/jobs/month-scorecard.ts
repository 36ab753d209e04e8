import type { WorkbookPort } from '../../ports';
import { computeScorecardResults } from '../scorecard/results';
import { readScorecard } from '../sheets/tables';
import type { SummaryData } from '../summary/generate-summary';
import type { ScorecardResultLike } from '../summary/summary-model';
import type { Period } from '../time/periods';

/**
 * A monthly tab shows that month's scorecard, computed (not written) from the Scorecard rows and the
 * logs the summary already read; a weekly one none.
 */
export async function monthScorecard(
  wb: WorkbookPort,
  period: Period,
  data: SummaryData,
): Promise<readonly ScorecardResultLike[] | undefined> {
  if (period.kind !== 'month') return undefined;
  const rows = readScorecard(wb).records.filter((r) => r.month === period.id);
  return computeScorecardResults(rows, data.inquiries, data.settings);
}
