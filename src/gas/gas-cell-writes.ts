/** Writing into sheets people also edit: only cells still as read, and only the columns Spiral owns. */
import { checkAppendWidth, columnRuns, planColumnUpdate, type RowRun, sameCell } from '../core/sheets';
import type { Cell, CellUpdate, ColumnUpdate } from '../ports';
import type { RichTextApi, SheetApi } from './gas-api';
import { growSheet, setLiteralValues, storable, toCell } from './gas-workbook';

/**
 * Reads only the cells it may write, just before writing (an edit made while the run was computing
 * is seen): values and formulas of each run of consecutive update rows, and rich text only where a
 * cell holds text it would overwrite (an empty cell has no links or styles to lose). Each run of rows
 * still blank-or-as-read goes out with one setValues. When the updates are scattered in more than
 * MAX_READ_RUNS runs, the span is read in one call each instead (the call count does not grow with
 * the rows) and a gap of at most MAX_REWRITTEN_GAP rows of plain text (typed categories between blank
 * ones) is written back as it was just read, joining its two runs; a formula, link, rich text,
 * number, date or error in a gap keeps the runs apart and is never written.
 */
export function updateColumnCells(
  sheet: SheetApi,
  col: number,
  updates: readonly CellUpdate[],
): ColumnUpdate {
  if (updates.length === 0) return { written: [], kept: [] };
  const lastRow = sheet.getLastRow();
  const wanted = rowRuns(updates.map((u) => u.row));
  const byRow = new Map(updates.map((u) => [u.row, u]));
  // Runs a short gap apart are read together: the gap may be written back with them (see joinRuns).
  const clusters = clustersOf(wanted);
  const blocks =
    clusters.length > MAX_READ_RUNS ? [{ row: wanted[0]!.row, rows: spanRows(wanted) }] : clusters;
  const cells = new Map<number, { value: Cell; formula: string; rich: RichTextApi | null }>();
  const joinable = shortGapRows(wanted);
  for (const block of blocks) {
    const to = Math.min(block.row + block.rows - 1, lastRow);
    if (to < block.row) continue;
    const range = sheet.getRange(block.row, col, to - block.row + 1, 1);
    const values = range.getValues();
    const formulas = range.getFormulas();
    values.forEach((line, i) => {
      cells.set(block.row + i, { value: toCell(line[0] ?? ''), formula: formulas[i]?.[0] ?? '', rich: null });
    });
    // Rich text (the slowest read) only over rows whose text would be overwritten or rewritten as read.
    const textRows = [...cells.keys()].filter((row) => {
      const cell = cells.get(row)!;
      if (row < block.row || row > to || cell.formula !== '') return false;
      if (typeof cell.value !== 'string' || cell.value === '') return false;
      const update = byRow.get(row);
      return update ? sameCell(cell.value, update.expected) : joinable.has(row);
    });
    if (textRows.length === 0) continue;
    const { min: first, max: last } = bounds(textRows);
    const rich = sheet.getRange(first, col, last - first + 1, 1).getRichTextValues();
    for (const row of textRows) cells.get(row)!.rich = rich[row - first]?.[0] ?? null;
  }
  const isPlain = (row: number) => {
    const cell = cells.get(row);
    return cell === undefined || (cell.formula === '' && !isStyledText(cell.rich));
  };
  const plan = planColumnUpdate(updates, (row) => ({
    value: cells.get(row)?.value ?? '',
    plain: isPlain(row),
  }));
  if (plan.runs.length > 0) growSheet(sheet, bounds(updates.map((u) => u.row)).max, col);
  // A short gap of plain text between two runs goes out with them, as it is: one setValues instead of two.
  const runs = joinRuns(plan.runs, (row) => {
    const value = cells.get(row)?.value;
    return isPlain(row) && typeof value === 'string' ? value : undefined;
  });
  for (const run of runs) {
    setLiteralValues(
      sheet.getRange(run.row, col, run.values.length, 1),
      run.values.map((v) => [v]),
    );
  }
  return { written: plan.written, kept: plan.kept, keptValues: plan.keptValues };
}

/** The least and greatest of many numbers: a loop, as spreading them into Math.min overflows the stack. */
function bounds(numbers: readonly number[]): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const n of numbers) {
    if (n < min) min = n;
    if (n > max) max = n;
  }
  return { min, max };
}

/** Up to this many stretches of update rows (runs a short gap apart) are read one by one; more as one span. */
export const MAX_READ_RUNS = 4;

/** Consecutive rows as runs (first row and length), in row order. */
function rowRuns(rows: readonly number[]): { row: number; rows: number }[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: { row: number; rows: number }[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.rows === row) last.rows++;
    else runs.push({ row, rows: 1 });
  }
  return runs;
}

/** Runs of update rows joined across gaps of at most MAX_REWRITTEN_GAP rows. */
function clustersOf(runs: readonly { row: number; rows: number }[]): { row: number; rows: number }[] {
  const clusters: { row: number; rows: number }[] = [];
  for (const run of runs) {
    const last = clusters[clusters.length - 1];
    if (last && run.row - (last.row + last.rows) <= MAX_REWRITTEN_GAP)
      last.rows = run.row + run.rows - last.row;
    else clusters.push({ ...run });
  }
  return clusters;
}

/** Rows between two runs at most MAX_REWRITTEN_GAP apart: the gaps joinRuns may write back as read. */
function shortGapRows(runs: readonly { row: number; rows: number }[]): Set<number> {
  const rows = new Set<number>();
  for (let i = 1; i < runs.length; i++) {
    const from = runs[i - 1]!.row + runs[i - 1]!.rows;
    if (runs[i]!.row - from > MAX_REWRITTEN_GAP) continue;
    for (let row = from; row < runs[i]!.row; row++) rows.add(row);
  }
  return rows;
}

const spanRows = (runs: readonly { row: number; rows: number }[]) =>
  runs[runs.length - 1]!.row + runs[runs.length - 1]!.rows - runs[0]!.row;

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
        for (const value of gap) previous.values.push(value);
        for (const value of run.values) previous.values.push(value);
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
