import type { Cell, WorkbookPort } from '../../ports';
import { say } from '../messages/catalogue';
import type { Problem } from './records';
import { enumLabel, findSheet, type Lang, sheetName, TEMPLATES } from './template';

/** The most problems listed; beyond that a last row says how many more there were. */
export const MAX_PROBLEM_ROWS = 5000;
/** Long values are cut in the list (the user's cell is untouched): the Problems sheet is for finding rows. */
const MAX_VALUE_LENGTH = 200;

/**
 * Rebuilds the Problems sheet from this run's problems: old rows cleared, header and new rows
 * written in one call. Creates the sheet when missing.
 */
export function writeProblems(wb: WorkbookPort, problems: readonly Problem[], lang: Lang): void {
  let sheet = findSheet(wb, 'problems');
  if (sheet === null) {
    sheet = sheetName('problems', lang);
    wb.addSheet(sheet);
  } else {
    wb.clearRows(sheet, 2);
  }
  const header: Cell[] = TEMPLATES.problems.columns.map((c) => c[lang]);
  const sorted = [...problems].sort(
    (a, b) => severityRank(a) - severityRank(b) || a.sheet.localeCompare(b.sheet) || a.row - b.row,
  );
  const rows: Cell[][] = sorted
    .slice(0, MAX_PROBLEM_ROWS)
    .map((p) => [
      p.sheet,
      p.row,
      p.column,
      p.value.length > MAX_VALUE_LENGTH ? `${p.value.slice(0, MAX_VALUE_LENGTH)}…` : p.value,
      p.reason,
      enumLabel('severity', p.severity, lang),
    ]);
  if (problems.length > MAX_PROBLEM_ROWS) {
    const more = problems.length - MAX_PROBLEM_ROWS;
    rows.push(['', '', '', '', say(lang, 'rows.moreProblems', { count: more }), '']);
  }
  wb.write(sheet, 1, 1, [header, ...rows]);
}

const severityRank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
