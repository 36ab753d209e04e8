/**
 * How an import puts its rows into the sheet, through the port's careful writes: new rows go
 * into the columns import owns, under the last row used in them (a team's own formula column and
 * a totals row stay); a changed cell is written only where it still holds what was read.
 */
import type { Cell, CellUpdate, WorkbookPort } from '../../ports';

/** Appends the new rows (cells of `columns`, 1-based) in one write; returns the first row written, or 0. */
export function appendImported(
  wb: WorkbookPort,
  sheet: string,
  columns: readonly number[],
  rows: Cell[][],
): number {
  return rows.length > 0 ? wb.appendRows(sheet, columns, rows) : 0;
}

/** Writes changed cells column by column; returns the cells left as they were because someone changed them since. */
export function updateImported(
  wb: WorkbookPort,
  sheet: string,
  changes: ReadonlyMap<number, CellUpdate[]>,
): { row: number; col: number }[] {
  const kept: { row: number; col: number }[] = [];
  for (const [col, updates] of changes) {
    const result = wb.updateColumn(sheet, col, updates);
    for (const row of result.kept) kept.push({ row, col });
  }
  return kept;
}
