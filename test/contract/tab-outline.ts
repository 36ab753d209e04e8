/** How a tab's row groups read back from each adapter, for the contract's row-group tests. */
import type ExcelJS from 'exceljs';

export interface OutlineGroup {
  first: number;
  last: number;
  depth: number;
  collapsed: boolean;
}

export interface TabOutline {
  /** Every row group, shallow first, then top to bottom. */
  groups: OutlineGroup[];
  /** Rows hidden, ascending. */
  hidden: number[];
  /** The +/- sits on the row above each group (Sheets: control BEFORE; Excel: summaryBelow off). */
  controlAbove: boolean;
}

/** Groups of depth d are the runs of rows at depth d or more. */
export function groupsOfDepths(depthOf: (row: number) => number, rows: number, hidden: Set<number>) {
  const groups: OutlineGroup[] = [];
  let deepest = 0;
  for (let r = 1; r <= rows; r++) deepest = Math.max(deepest, depthOf(r));
  for (let depth = 1; depth <= deepest; depth++) {
    let first = 0;
    for (let r = 1; r <= rows + 1; r++) {
      const inside = r <= rows && depthOf(r) >= depth;
      if (inside && first === 0) first = r;
      if (!inside && first > 0) {
        const all = Array.from({ length: r - first }, (_, i) => first + i);
        groups.push({ first, last: r - 1, depth, collapsed: all.every((x) => hidden.has(x)) });
        first = 0;
      }
    }
  }
  return groups;
}

/** An exceljs sheet's outline: row outline levels, hidden rows, and where the summary row sits. */
export function excelOutline(sheet: ExcelJS.Worksheet): TabOutline {
  const hidden = new Set<number>();
  const depths: number[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    depths[r] = row.outlineLevel ?? 0;
    if (row.hidden) hidden.add(r);
  });
  return {
    groups: groupsOfDepths((r) => depths[r] ?? 0, depths.length, hidden),
    hidden: [...hidden].sort((a, b) => a - b),
    controlAbove: sheet.properties.outlineProperties?.summaryBelow === false,
  };
}
