/**
 * WorkbookPort over a Google spreadsheet. Every operation costs a fixed number of service
 * calls whatever the number of rows: one getValues per read, one setValues per write, one
 * call per style property per tab.
 */
import { checkRowGroups } from '../core/tabs';
import {
  type Cell,
  type CellUpdate,
  type ChartSpec,
  type ColumnUpdate,
  LISTS_SHEET,
  type RowGroup,
  type SheetFormat,
  type TabContent,
  type WorkbookPort,
} from '../ports';
import type { DataValidationApi, RangeApi, SheetApi, SpreadsheetApi, SpreadsheetAppApi } from './gas-api';
import { appendColumnRows, updateColumnCells } from './gas-cell-writes';
import { SheetLookup } from './sheet-lookup';
import { type StyleGrid, styleGrids, union } from './style-grids';

/** Description of the header protection Spiral adds, so set-up can recognise its own. */
export const HEADER_PROTECTION = 'Spiral: header row — columns are found by these names';

/** Sheets' default size for a chart, in pixels, and of a row and a column. */
const CHART = { width: 600, height: 371, rowHeight: 21, colWidth: 100 };

/** Text Sheets would read as a formula (= + - @), an error value (#N/A) or whose quote it would strip ('). */
const FORMULA_LIKE = /^[=+\-@'#]/;
/** Text Sheets would turn into a number, date, time, currency or boolean. */
const VALUE_LIKE =
  /^\s*([+-]?\s*[\d.$¥￥€£(]|(true|false)\s*$|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;

/** Sheets nests row groups at most eight deep: shifting by minus eight removes every group. */
const MAX_GROUP_DEPTH = 8;

/** Sheets takes at most 500 items in a list rule; a longer list is read from a column of a hidden sheet. */
const LIST_RULE_LIMIT = 500;

/** A cell as it must be passed to setValues to land as itself: text that Sheets would reinterpret gets a leading '. */
export function literal(value: Cell): Cell {
  if (typeof value !== 'string') return value;
  return FORMULA_LIKE.test(value) || VALUE_LIKE.test(value) ? `'${value}` : value;
}

/** NaN, Infinity and an Invalid Date have no cell form; writing one is a bug upstream. */
/**
 * Writes cells so each lands as itself. A Plain-text ('@') cell keeps text exactly as written, a
 * leading ' included, so it gets no quote; every other cell gets literal(). One read of the formats.
 */
export function setLiteralValues(range: RangeApi, values: Cell[][]): void {
  const formats = range.getNumberFormats();
  range.setValues(values.map((line, i) => line.map((v, j) => (formats[i]?.[j] === '@' ? v : literal(v)))));
}

export function storable(cell: Cell): boolean {
  if (typeof cell === 'number') return Number.isFinite(cell);
  if (typeof cell === 'object') return !Number.isNaN(cell.getTime());
  return true;
}

export function toCell(value: unknown): Cell {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Dates from another realm (Apps Script services, a vm test context) fail instanceof.
  if (Object.prototype.toString.call(value) === '[object Date]') return value as Date;
  return value === null || value === undefined ? '' : String(value);
}

export interface GasWorkbookOptions {
  /** The workbook serves one run (a handler's execution): sheet lookups are cached (see SheetLookup). */
  perRun?: boolean;
}

export class GasWorkbook implements WorkbookPort {
  private zone: string | null = null;
  private readonly lookup: SheetLookup;

  constructor(
    private readonly spreadsheet: SpreadsheetApi,
    private readonly app: Pick<
      SpreadsheetAppApi,
      'newDataValidation' | 'ProtectionType' | 'GroupControlTogglePosition'
    >,
    options: GasWorkbookOptions = {},
  ) {
    this.lookup = new SheetLookup(spreadsheet, options.perRun ?? false);
  }

  get timeZone(): string {
    this.zone ??= this.spreadsheet.getSpreadsheetTimeZone();
    return this.zone;
  }

  /** The sheets may have changed since they were looked up (another run held the lock meanwhile). */
  forgetLookups(): void {
    this.lookup.changed();
  }

  sheetNames(): string[] {
    return this.lookup.all().filter((name) => name !== LISTS_SHEET);
  }

  hasSheet(name: string): boolean {
    return this.lookup.find(name) !== null;
  }

  addSheet(name: string): void {
    this.insertAtEnd(name);
  }

  removeSheet(name: string): void {
    this.spreadsheet.deleteSheet(this.sheet(name));
    this.lookup.changed();
  }

  read(name: string): Cell[][] {
    const values = this.sheet(name).getDataRange().getValues();
    // An empty sheet's data range is the single empty cell A1.
    if (values.length === 1 && values[0]?.length === 1 && values[0][0] === '') return [];
    return values.map((row) => row.map(toCell));
  }

  readArea(name: string, fromRow: number, col: number, cols: number): Cell[][] {
    const sheet = this.sheet(name);
    const lastRow = sheet.getLastRow();
    if (lastRow < fromRow || cols < 1) return [];
    if (col > sheet.getMaxColumns()) return Array.from({ length: lastRow - fromRow + 1 }, () => []);
    const width = Math.min(cols, sheet.getMaxColumns() - col + 1);
    return sheet
      .getRange(fromRow, col, lastRow - fromRow + 1, width)
      .getValues()
      .map((row) => row.map(toCell));
  }

  hideColumn(name: string, col: number): void {
    this.sheet(name).hideColumns(col);
  }

  readHeader(name: string): Cell[] {
    const sheet = this.sheet(name);
    const width = sheet.getLastColumn();
    if (width < 1) return [];
    const cells = (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []).map(toCell);
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  }

  write(name: string, row: number, col: number, values: Cell[][]): void {
    const width = values[0]?.length ?? 0;
    if (values.length === 0 || width === 0) return;
    values.forEach((line, i) => {
      if (line.length !== width) {
        throw new Error(
          `Writing to "${name}": row ${row + i} has ${line.length} cells, the block is ${width} wide.`,
        );
      }
      line.forEach((cell, j) => {
        if (!storable(cell))
          throw new Error(`Writing to "${name}": cell R${row + i}C${col + j} holds ${String(cell)}.`);
      });
    });
    const sheet = this.sheet(name);
    this.grow(sheet, row + values.length - 1, col + width - 1);
    setLiteralValues(sheet.getRange(row, col, values.length, width), values);
  }

  updateColumn(name: string, col: number, updates: readonly CellUpdate[]): ColumnUpdate {
    return updateColumnCells(this.sheet(name), col, updates);
  }

  appendRows(name: string, columns: readonly number[], rows: readonly Cell[][]): number {
    return appendColumnRows(this.sheet(name), columns, rows);
  }

  clearRows(name: string, fromRow: number): void {
    const sheet = this.sheet(name);
    const lastRow = sheet.getLastRow();
    if (lastRow < fromRow) return;
    sheet.getRange(fromRow, 1, lastRow - fromRow + 1, Math.max(1, sheet.getLastColumn())).clearContent();
  }

  format(name: string, format: SheetFormat): void {
    const sheet = this.sheet(name);
    const { headerRow, columnCount } = format;
    if (columnCount < 1) return;
    this.grow(sheet, headerRow + 1, columnCount);
    const header = sheet.getRange(headerRow, 1, 1, columnCount);
    header
      .setBackground(format.header.background)
      .setFontColor(format.header.fontColor)
      .setFontWeight(format.header.bold ? 'bold' : 'normal');
    sheet.setFrozenRows(format.frozenRows);
    const dataRows = sheet.getMaxRows() - headerRow;
    for (const column of format.columns) {
      if (column.width) sheet.setColumnWidth(column.index, column.width);
      if (column.note) sheet.getRange(headerRow, column.index, 1, 1).setNotes([[column.note]]);
      if (dataRows < 1) continue;
      const data = sheet.getRange(headerRow + 1, column.index, dataRows, 1);
      if (column.numberFormat) data.setNumberFormat(column.numberFormat);
      if (column.background) data.setBackground(column.background);
      if (column.wrap) data.setWraps(Array.from({ length: dataRows }, () => [true]));
      // One protection per column, recognised by its description when set-up runs again.
      if (column.protectWarning) this.protectOnce(sheet, data, `${column.protectWarning} [${column.index}]`);
      if (column.list && column.list.length > 0) {
        data.setDataValidation(this.listRule(name, column.index, column.list, column.strict ?? false));
      } else if (column.list) {
        data.clearDataValidations();
      }
    }
    if (format.protectHeader) this.protectHeader(sheet, header);
  }

  /** A dropdown rule: inline up to Sheets' 500 items, else from this column's list on the hidden lists sheet. */
  private listRule(owner: string, index: number, list: string[], strict: boolean): DataValidationApi {
    const builder = this.app.newDataValidation();
    if (list.length <= LIST_RULE_LIMIT)
      return builder.requireValueInList(list, true).setAllowInvalid(!strict).build();
    const lists = this.lookup.find(LISTS_SHEET) ?? this.hiddenListsSheet();
    const key = `${owner}!${index}`;
    const width = lists.getLastColumn();
    const keys = width > 0 ? lists.getRange(1, 1, 1, width).getValues()[0]!.map(String) : [];
    const col = keys.includes(key) ? keys.indexOf(key) + 1 : keys.length + 1;
    const used = lists.getLastRow();
    this.grow(lists, list.length + 1, col);
    if (used > 1) lists.getRange(2, col, used - 1, 1).clearContent();
    setLiteralValues(lists.getRange(1, col, list.length + 1, 1), [[key], ...list.map((item) => [item])]);
    const source = lists.getRange(2, col, list.length, 1);
    return builder.requireValueInRange(source, true).setAllowInvalid(!strict).build();
  }

  private hiddenListsSheet(): SheetApi {
    const sheet = this.insertAtEnd(LISTS_SHEET);
    sheet.hideSheet();
    return sheet;
  }

  /**
   * An existing tab is rewritten in place (links to it keep working). A new tab is built under a
   * draft name and renamed only once complete, so a run that fails mid-way (quota, time limit)
   * leaves no half-written tab that a later catch-up run would take as done.
   */
  writeTab(name: string, content: TabContent): void {
    const grid = tabGrid(name, content);
    const existing = this.lookup.find(name);
    if (existing) {
      this.fillTab(existing, grid, content, true);
      return;
    }
    const draftName = draftTabName(name);
    const leftover = this.lookup.find(draftName);
    if (leftover) {
      this.spreadsheet.deleteSheet(leftover);
      this.lookup.changed();
    }
    const draft = this.insertAtEnd(draftName);
    try {
      this.fillTab(draft, grid, content, false);
      draft.setName(name);
      this.lookup.changed();
    } catch (error) {
      this.discard(draft);
      throw error;
    }
  }

  private fillTab(sheet: SheetApi, grid: Cell[][], content: TabContent, rewrite: boolean): void {
    const width = grid[0]?.length ?? 0;
    const frozen = content.frozenRows ?? 0;
    const extent = tabExtent(content, width, frozen);
    sheet.clear();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    if (rewrite) ungroupRows(sheet);
    this.grow(sheet, extent.rows, extent.cols);
    sheet.setFrozenRows(frozen);
    this.shrink(sheet, extent.rows, extent.cols);
    if (grid.length > 0 && width > 0) sheet.getRange(1, 1, grid.length, width).setValues(grid);
    for (const style of styleGrids(content.styles)) {
      const { row, col, rows, cols } = style.area;
      applyGrid(sheet.getRange(row, col, rows, cols), style);
    }
    this.setWidths(sheet, content.columnWidths ?? []);
    for (const chart of content.charts ?? []) this.addChart(sheet, chart);
    this.groupRows(sheet, content.rowGroups ?? []);
  }

  /**
   * One shiftRowGroupDepth per group and one call to fold them: the folded groups are made and
   * collapsed all at once, then the open ones made (a new group starts expanded). The +/- sits on
   * the row above each group.
   */
  private groupRows(sheet: SheetApi, groups: readonly RowGroup[]): void {
    if (groups.length === 0) return;
    sheet.setRowGroupControlPosition(this.app.GroupControlTogglePosition.BEFORE);
    const group = (g: RowGroup) => sheet.getRange(g.first, 1, g.last - g.first + 1, 1).shiftRowGroupDepth(1);
    const folded = groups.filter((g) => g.collapsed);
    for (const g of folded) group(g);
    if (folded.length > 0) sheet.collapseAllRowGroups();
    for (const g of groups) if (!g.collapsed) group(g);
  }

  /** Best effort: when the service itself is failing, the next writeTab of the name removes the draft. */
  private discard(draft: SheetApi): void {
    try {
      this.spreadsheet.deleteSheet(draft);
      this.lookup.changed();
    } catch {
      // The original error is the one worth reporting.
    }
  }

  cellCount(): number {
    return this.spreadsheet
      .getSheets()
      .reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
  }

  private sheet(name: string): SheetApi {
    const sheet = this.lookup.find(name);
    if (!sheet) throw new Error(`Sheet "${name}" not found.`);
    return sheet;
  }

  private insertAtEnd(name: string): SheetApi {
    const sheet = this.spreadsheet.insertSheet(name, this.spreadsheet.getNumSheets());
    this.lookup.changed();
    return sheet;
  }

  private grow(sheet: SheetApi, rows: number, cols: number): void {
    growSheet(sheet, rows, cols);
  }

  /** A generated tab keeps only the cells it uses: the workbook has a 10-million-cell limit. */
  private shrink(sheet: SheetApi, rows: number, cols: number): void {
    const maxRows = sheet.getMaxRows();
    if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
    const maxCols = sheet.getMaxColumns();
    if (maxCols > cols) sheet.deleteColumns(cols + 1, maxCols - cols);
  }

  private setWidths(sheet: SheetApi, widths: readonly number[]): void {
    let start = 0;
    while (start < widths.length) {
      let end = start;
      while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
      const width = widths[start];
      if (width && width > 0) sheet.setColumnWidths(start + 1, end - start + 1, width);
      start = end + 1;
    }
  }

  private addChart(sheet: SheetApi, spec: ChartSpec): void {
    const base = sheet.newChart();
    const typed =
      spec.kind === 'bar'
        ? base.asBarChart()
        : spec.kind === 'line'
          ? base.asLineChart()
          : base.asColumnChart();
    const { row, col, rows, cols } = spec.data;
    let builder = typed
      .addRange(sheet.getRange(row, col, rows, cols))
      .setNumHeaders(1)
      .setPosition(spec.anchor.row, spec.anchor.col, 0, 0)
      .setOption('title', spec.title)
      .setOption('width', spec.width ?? CHART.width)
      .setOption('height', spec.height ?? CHART.height);
    // A bar chart's value axis is horizontal; a column or line chart's is vertical.
    if (spec.percentAxis)
      builder = builder.setOption(spec.kind === 'bar' ? 'hAxis.format' : 'vAxis.format', '0%');
    sheet.insertChart(builder.build());
  }

  private protectHeader(sheet: SheetApi, header: RangeApi): void {
    this.protectOnce(sheet, header, HEADER_PROTECTION);
  }

  /** A warning-only protection, added once: set-up run again finds its own by description. */
  private protectOnce(sheet: SheetApi, range: RangeApi, description: string): void {
    const existing = sheet.getProtections(this.app.ProtectionType.RANGE);
    if (existing.some((p) => p.getDescription() === description)) return;
    range.protect().setDescription(description).setWarningOnly(true);
  }
}

/** Sheets refuses ranges beyond the grid, so add rows and columns first when needed. */
export function growSheet(sheet: SheetApi, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/** The name a new tab is built under; it is not a summary tab name, so no run mistakes it for one. */
export function draftTabName(name: string): string {
  return `~${name}`;
}

/**
 * A rewritten tab keeps nothing of its old groups: Sheets keeps row groups and hidden rows through
 * clear(), so they are removed (every depth) and the rows shown, or each rewrite would nest deeper.
 */
function ungroupRows(sheet: SheetApi): void {
  const rows = sheet.getMaxRows();
  sheet.getRange(1, 1, rows, 1).shiftRowGroupDepth(-MAX_GROUP_DEPTH);
  sheet.showRows(1, rows);
}

/** The tab's values as a rectangle of literal cells, checked before anything on the sheet changes. */
function tabGrid(name: string, content: TabContent): Cell[][] {
  checkRowGroups(name, content);
  const width = Math.max(0, ...content.values.map((line) => line.length));
  if (width === 0) return [];
  return content.values.map((line, r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = line[c] ?? '';
      if (!storable(cell))
        throw new Error(`Writing tab "${name}": cell R${r + 1}C${c + 1} holds ${String(cell)}.`);
      return literal(cell);
    }),
  );
}

type Grid<T> = T[][];

/** One Range call per style property; styleGrids builds each grid with that property's cell type. */
function applyGrid(range: RangeApi, { setter, grid }: StyleGrid): void {
  switch (setter) {
    case 'setNumberFormats':
      range.setNumberFormats(grid as Grid<string>);
      break;
    case 'setFontWeights':
      range.setFontWeights(grid as Grid<GoogleAppsScript.Spreadsheet.FontWeight | null>);
      break;
    case 'setFontStyles':
      range.setFontStyles(grid as Grid<GoogleAppsScript.Spreadsheet.FontStyle | null>);
      break;
    case 'setFontSizes':
      range.setFontSizes(grid as Grid<number>);
      break;
    case 'setFontColors':
      range.setFontColors(grid);
      break;
    case 'setBackgrounds':
      range.setBackgrounds(grid as Grid<string | null>);
      break;
    case 'setWraps':
      range.setWraps(grid as Grid<boolean>);
      break;
    case 'setHorizontalAlignments':
      range.setHorizontalAlignments(grid as Grid<'left' | 'center' | 'right' | null>);
      break;
  }
}

/** Rows and columns a tab needs: its values, styles and charts, and one row below the frozen ones. */
function tabExtent(content: TabContent, width: number, frozen: number): { rows: number; cols: number } {
  let rows = Math.max(1, content.values.length, frozen + 1);
  let cols = Math.max(1, width, content.columnWidths?.length ?? 0);
  if (content.styles.length > 0) {
    const styled = union(content.styles);
    rows = Math.max(rows, styled.row + styled.rows - 1);
    cols = Math.max(cols, styled.col + styled.cols - 1);
  }
  for (const chart of content.charts ?? []) {
    const high = Math.ceil((chart.height ?? CHART.height) / CHART.rowHeight);
    const wide = Math.ceil((chart.width ?? CHART.width) / CHART.colWidth);
    rows = Math.max(rows, chart.anchor.row + high, chart.data.row + chart.data.rows - 1);
    cols = Math.max(cols, chart.anchor.col + wide, chart.data.col + chart.data.cols - 1);
  }
  return { rows, cols };
}
