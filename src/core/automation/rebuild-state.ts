/** Rebuilding run-due's state from the workbook itself, when the state store was lost or damaged. */
import type { PropertiesPort, WorkbookPort } from '../../ports';
import { readScorecard } from '../sheets/tables';
import { isBlank } from '../sheets/values';
import { lastClosedMonth } from '../time/periods';
import { AUTOMATION_KEYS } from './state';

/**
 * What the state would say, read back from the workbook: the tabs written are its summary tabs
 * (run-due reads those from the workbook anyway); the last closed month counts as scored when each
 * of its Scorecard rows already holds a score. Returns the month recorded as scored, or null.
 */
export function rebuildRunDueState(
  wb: WorkbookPort,
  properties: PropertiesPort,
  now: Date,
  timeZone: string,
): string | null {
  const month = lastClosedMonth(now, timeZone).id;
  const table = readScorecard(wb);
  const rows = table.records.filter((row) => row.month === month);
  const score = table.columns.score;
  const scored =
    rows.length > 0 &&
    score !== undefined &&
    rows.every((row) => !isBlank(table.grid[row.row - 1]?.[score - 1] ?? ''));
  if (!scored) return null;
  properties.set(AUTOMATION_KEYS.scorecardMonth, month);
  return month;
}
