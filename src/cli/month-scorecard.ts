import { computeScorecardResults } from '../core/scorecard';
import { readScorecard } from '../core/sheets';
import type { ScorecardResultLike, SummaryData } from '../core/summary';
import type { Period } from '../core/time';
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
