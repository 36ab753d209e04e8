/**
 * How an import changes cells already in the sheet, through the port's careful writes: a changed
 * cell is written only where it still holds what was read (new rows: see import-target).
 */
import type { CellUpdate, WorkbookPort } from '../../ports';

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
