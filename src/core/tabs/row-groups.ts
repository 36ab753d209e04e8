/** A tab's row groups: the rows under each part's title row, folded where nothing changed. */
import type { Fold, RowGroup, TabContent } from '../../ports';

/**
 * Each fold's rows below its title row, as a group collapsed unless the fold is open; the title row
 * stays shown with the +/- beside it. A fold of one row has nothing to hide and gets no group.
 */
export function foldGroups(folds: readonly Fold[]): RowGroup[] {
  return folds
    .filter((fold) => fold.last > fold.first)
    .map((fold) => ({ first: fold.first + 1, last: fold.last, collapsed: !fold.open }));
}

/**
 * Why a tab's groups cannot be written as they are (null when they can): each lies inside the tab
 * below row 1 (its heading is the row above), and groups neither overlap nor touch, since Sheets
 * merges groups of one depth that meet.
 */
export function rowGroupsProblem(groups: readonly RowGroup[], rows: number): string | null {
  const sorted = [...groups].sort((a, b) => a.first - b.first);
  let previousLast = 0;
  for (const g of sorted) {
    const where = `rows ${g.first}–${g.last}`;
    if (!Number.isInteger(g.first) || !Number.isInteger(g.last) || g.first < 2 || g.last < g.first)
      return `row group ${where} is not a span below the first row`;
    if (g.last > rows) return `row group ${where} goes past the tab's last row ${rows}`;
    if (g.first <= previousLast + 1 && previousLast > 0)
      return `row group ${where} meets the group above it (a heading row must stand between)`;
    previousLast = g.last;
  }
  return null;
}

/** Throws, naming the tab, when its groups cannot be written (checked before anything changes). */
export function checkRowGroups(tab: string, content: TabContent): void {
  const problem = rowGroupsProblem(content.rowGroups ?? [], Math.max(1, content.values.length));
  if (problem !== null) throw new Error(`Writing tab "${tab}": ${problem}.`);
}
