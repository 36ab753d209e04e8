/** Writing into sheets people also edit: only cells still as read, and only the columns Spiral owns. */
import { checkAppendWidth, columnRuns, planColumnUpdate, type RowRun } from '../core/sheets/cell-updates';
import type { Cell, CellUpdate, ColumnUpdate } from '../ports';
import type { RichTextApi, SheetApi } from './gas-api';
import { growSheet, setLiteralValues, storable, toCell } from './gas-workbook';

/**
 * Re-reads the span of the column (values, formulas and rich text: three calls) just before
 * writing, so an edit made while the run was computing is seen, then writes each run of rows
 * still blank-or-as-read with one setValues. Cells between runs are not changed: a gap of at most
 * MAX_REWRITTEN_GAP rows of plain text (typed categories between blank ones) is written back as it
 * was just read, joining its two runs, so the call count does not grow with the rows; a formula,
 * link, rich text, number, date or error in a gap keeps the runs apart and is never written.
 */
export function updateColumnCells(
  sheet: SheetApi,
  col: number,
  updates: readonly CellUpdate[],
): ColumnUpdate {
  if (updates.length === 0) return { written: [], kept: [] };
  const rows = updates.map((u) => u.row);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const lastRow = Math.min(last, sheet.getLastRow());
  const span = lastRow >= first ? sheet.getRange(first, col, lastRow - first + 1, 1) : null;
  const values = span?.getValues() ?? [];
  const formulas = span?.getFormulas() ?? [];
  const rich = span?.getRichTextValues() ?? [];
  const plan = planColumnUpdate(updates, (row) => {
    const i = row - first;
    return {
      value: toCell(values[i]?.[0] ?? ''),
      plain: (formulas[i]?.[0] ?? '') === '' && !isStyledText(rich[i]?.[0] ?? null),
    };
  });
  if (plan.runs.length > 0) growSheet(sheet, last, col);
  // A short gap of plain text between two runs goes out with them, as it is: one setValues instead of two.
  const runs = joinRuns(plan.runs, (row) => {
    const i = row - first;
    const value = values[i]?.[0];
    const plain = (formulas[i]?.[0] ?? '') === '' && !isStyledText(rich[i]?.[0] ?? null);
    return plain && typeof value === 'string' ? value : undefined;
  });
  for (const run of runs) {
    setLiteralValues(
      sheet.getRange(run.row, col, run.values.length, 1),
      run.values.map((v) => [v]),
    );
  }
  return { written: plan.written, kept: plan.kept, keptValues: plan.keptValues };
}

/** The longest run of unchanged plain-text rows written back to join two runs (one call saved per gap). */
export const MAX_REWRITTEN_GAP = 50;

/** Joins runs separated by a short gap whose every row `asRead` gives as plain text (undefined: keep apart). */
export function joinRuns(runs: readonly RowRun[], asRead: (row: number) => string | undefined): RowRun[] {
  const joined: RowRun[] = [];
  for (const run of runs) {
    const previous = joined[joined.length - 1];
    if (previous) {
      const from = previous.row + previous.values.length;
      const gap: string[] = [];
      for (let row = from; row < run.row && gap.length <= MAX_REWRITTEN_GAP; row++) {
        const text = asRead(row);
        if (text === undefined) break;
        gap.push(text);
      }
      if (gap.length === run.row - from && gap.length <= MAX_REWRITTEN_GAP) {
        previous.values.push(...gap, ...run.values);
        continue;
      }
    }
    joined.push({ row: run.row, values: [...run.values] });
  }
  return joined;
}

/**
 * Finds the last row holding a value or a formula in the given columns (two reads over their
 * span), then writes each run of adjacent columns as one block under it.
 */
export function appendColumnRows(
  sheet: SheetApi,
  columns: readonly number[],
  rows: readonly Cell[][],
): number {
  const name = sheet.getName();
  checkAppendWidth(name, columns, rows);
  const runs = columnRuns(columns);
  const lo = Math.min(...columns);
  const hi = Math.max(...columns);
  const lastRow = sheet.getLastRow();
  let last = 0;
  if (lastRow > 0 && hi <= sheet.getMaxColumns()) {
    const span = sheet.getRange(1, lo, lastRow, hi - lo + 1);
    const values = span.getValues();
    const formulas = span.getFormulas();
    for (let r = lastRow; r >= 1 && last === 0; r--) {
      const used = columns.some((c) => values[r - 1]?.[c - lo] !== '' || formulas[r - 1]?.[c - lo] !== '');
      if (used) last = r;
    }
  }
  const start = last + 1;
  if (rows.length === 0) return start;
  rows.forEach((line) => {
    line.forEach((cell) => {
      if (!storable(cell)) throw new Error(`Appending to "${name}": a cell holds ${String(cell)}.`);
    });
  });
  growSheet(sheet, start + rows.length - 1, hi);
  for (const run of runs) {
    const block = rows.map((line) => run.indexes.map((index) => line[index]!));
    setLiteralValues(sheet.getRange(start, run.col, rows.length, run.indexes.length), block);
  }
  return start;
}

/** Text with more than one run (styles) or a link anywhere is a person's work, not a plain value. */
function isStyledText(rich: RichTextApi | null): boolean {
  if (rich === null) return false;
  if (rich.getLinkUrl() !== null) return true;
  const runs = rich.getRuns();
  return runs.length > 1 || runs.some((run) => run.getLinkUrl() !== null);
}
