/**
 * A tab's row groups in an .xlsx sheet, as Excel and WPS read an outline: each grouped row at
 * outline level 1, hidden when its group is collapsed; the summary row above the group
 * (outlinePr summaryBelow="0") carries the +/- and, for a collapsed group, collapsed="1" (see
 * keepRowOutlines); the sheet's outlineLevelRow sizes the outline bar.
 */
import type ExcelJS from 'exceljs';
import Row from 'exceljs/lib/doc/row.js';
import type { RowGroup } from '../../ports';

const PATCHED = Symbol.for('spiral.exceljs.summaryCollapsed');

interface RowInternals {
  number: number;
  outlineLevel: number;
  hidden: boolean;
  height: number | undefined;
  style: unknown;
  collapsed: boolean;
  _worksheet: ExcelJS.Worksheet;
}

/**
 * exceljs computes a row's collapsed flag from the sheet's outlineLevelRow, which marks every grouped
 * row and never the summary row; Excel reads the flag on the summary row (without it a folded group
 * takes two clicks to open). The flag is derived as Excel means it instead: a summary row is
 * collapsed when the rows it sums up (below it with summaryBelow off, else above) are deeper and
 * hidden. So every workbook saved through exceljs, reopened or not, keeps its folded groups right.
 */
export function keepRowOutlines(): void {
  const proto = Row.prototype as object & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  Object.defineProperty(proto, 'collapsed', {
    configurable: true,
    get(this: RowInternals): boolean {
      const sheet = this._worksheet;
      const above = sheet.properties.outlineProperties?.summaryBelow === false;
      const detail = sheet.findRow(this.number + (above ? 1 : -1));
      return detail?.hidden === true && (detail.outlineLevel ?? 0) > (this.outlineLevel ?? 0);
    },
  });
  // exceljs writes no row without cells, so a blank row read from a file would leave its group
  // (splitting it and showing the row); a grouped or hidden row is written even when empty.
  const model = Object.getOwnPropertyDescriptor(proto, 'model')!;
  Object.defineProperty(proto, 'model', {
    configurable: true,
    set: model.set,
    get(this: RowInternals): unknown {
      const written = model.get!.call(this);
      if (written !== null || !(this.outlineLevel > 0 || this.hidden)) return written;
      const { number, height, style, hidden, outlineLevel, collapsed } = this;
      return { cells: [], number, min: 1, max: 1, height, style, hidden, outlineLevel, collapsed };
    },
  });
  proto[PATCHED] = true;
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
    for (let r = group.first; r <= group.last; r++) {
      const row = sheet.getRow(r);
      row.outlineLevel = 1;
      row.hidden = group.collapsed;
    }
  }
}
