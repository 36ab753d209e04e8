/**
 * A tab's row groups in an .xlsx sheet, as Excel and WPS read an outline: each grouped row at
 * outline level 1, hidden when its group is collapsed; the summary row above the group
 * (outlinePr summaryBelow="0") carries the +/- and, for a collapsed group, collapsed="1"; the
 * sheet's outlineLevelRow sizes the outline bar.
 */
import type ExcelJS from 'exceljs';
import type { RowGroup } from '../../ports';

/**
 * exceljs computes a row's collapsed flag from the sheet's outlineLevelRow, which would mark every
 * grouped row and never the summary row; Excel reads the flag on the summary row (without it a
 * folded group needs two clicks to open), so each touched row's flag is set here.
 */
function setCollapsedFlag(row: ExcelJS.Row, collapsed: boolean): void {
  Object.defineProperty(row, 'collapsed', { get: () => collapsed, configurable: true });
}

/** Applies the groups to a sheet whose rows were just rebuilt (no row carries an old outline). */
export function outlineRows(sheet: ExcelJS.Worksheet, groups: readonly RowGroup[]): void {
  sheet.properties.outlineLevelRow = groups.length > 0 ? 1 : 0;
  if (groups.length === 0) {
    // No outline: leave no outline properties behind from an earlier write of the tab.
    delete (sheet.properties as Partial<ExcelJS.WorksheetProperties>).outlineProperties;
    return;
  }
  sheet.properties.outlineProperties = { summaryBelow: false, summaryRight: true };
  for (const group of groups) {
    setCollapsedFlag(sheet.getRow(group.first - 1), group.collapsed);
    for (let r = group.first; r <= group.last; r++) {
      const row = sheet.getRow(r);
      row.outlineLevel = 1;
      row.hidden = group.collapsed;
      setCollapsedFlag(row, false);
    }
  }
}
