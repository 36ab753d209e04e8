/**
 * The rules every adapter follows when Spiral writes into cells people also use: which cells may
 * be written (still plain and as read) and how the writes are grouped into blocks.
 */
import type { Cell, CellUpdate, ColumnUpdate } from '../../ports';

/** What a spreadsheet shows for an error (Sheets and Excel); Spiral never writes one itself. */
const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/;

export function isErrorValue(value: Cell): boolean {
  return typeof value === 'string' && ERROR_VALUE.test(value);
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** Same cell value; Dates by instant (they may come from another realm, e.g. Apps Script's). */
export function sameCell(a: Cell, b: Cell): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return a === b;
}

/** A cell as an adapter sees it just before writing: its value, and whether it is a plain value. */
export interface CurrentCell {
  value: Cell;
  /** False for a formula, hyperlink, rich text or error value: what a person put there stays. */
  plain: boolean;
}

/** A block of consecutive rows to write in one call. */
export interface RowRun {
  row: number;
  values: Cell[];
}

/**
 * Decides which updates go ahead against the cells as they are now (`current(row)`), and groups
 * them into runs of consecutive rows. Updates are taken in row order; a later one for the same
 * row wins.
 */
export function planColumnUpdate(
  updates: readonly CellUpdate[],
  current: (row: number) => CurrentCell,
): Required<ColumnUpdate> & { runs: RowRun[] } {
  const byRow = new Map<number, CellUpdate>();
  for (const update of updates) {
    if (!Number.isInteger(update.row) || update.row < 1) {
      throw new Error(`Invalid row ${update.row}: rows are 1-based.`);
    }
    byRow.set(update.row, update);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const written: number[] = [];
  const kept: number[] = [];
  const keptValues: Cell[] = [];
  const runs: RowRun[] = [];
  for (const row of rows) {
    const update = byRow.get(row)!;
    const now = current(row);
    if (!now.plain || isErrorValue(now.value) || !sameCell(now.value, update.expected)) {
      kept.push(row);
      keptValues.push(now.value);
      continue;
    }
    written.push(row);
    const last = runs[runs.length - 1];
    if (last && last.row + last.values.length === row) last.values.push(update.value);
    else runs.push({ row, values: [update.value] });
  }
  return { written, kept, keptValues, runs };
}

/** A block of consecutive columns of appended rows. */
export interface ColumnRun {
  col: number;
  /** Indexes into the `columns` given to appendRows. */
  indexes: number[];
}

/** Groups the columns import owns into runs of adjacent columns, each written as one block. */
export function columnRuns(columns: readonly number[]): ColumnRun[] {
  const order = columns
    .map((col, index) => ({ col, index }))
    .sort((a, b) => a.col - b.col)
    .filter((entry, i, all) => {
      if (!Number.isInteger(entry.col) || entry.col < 1) {
        throw new Error(`Invalid column ${entry.col}: columns are 1-based.`);
      }
      if (i > 0 && all[i - 1]!.col === entry.col) throw new Error(`Column ${entry.col} is given twice.`);
      return true;
    });
  const runs: ColumnRun[] = [];
  for (const { col, index } of order) {
    const last = runs[runs.length - 1];
    if (last && last.col + last.indexes.length === col) last.indexes.push(index);
    else runs.push({ col, indexes: [index] });
  }
  return runs;
}

/** Checks appended rows are as wide as the column list. */
export function checkAppendWidth(sheet: string, columns: readonly number[], rows: readonly Cell[][]): void {
  rows.forEach((line, i) => {
    if (line.length !== columns.length) {
      throw new Error(
        `Row ${i + 1} appended to "${sheet}" has ${line.length} cells for ${columns.length} columns.`,
      );
    }
  });
}
