/**
 * The few interfaces the core needs. Adapters are named by technology:
 * MemoryWorkbook (tests), GasWorkbook (SpreadsheetApp), XlsxWorkbook (exceljs).
 */

/** A cell value as SpreadsheetApp's getValues returns it: '' for an empty cell. */
export type Cell = string | number | boolean | Date;

/**
 * One cell Spiral means to change and what it read there: the cell is written only if it still
 * holds `expected` as a plain value (so a colleague's edit made since the read, a formula, a
 * hyperlink, rich text or an error value is left as it is).
 */
export interface CellUpdate {
  /** 1-based sheet row. */
  row: number;
  value: Cell;
  expected: Cell;
}

/** Rows of an updateColumn call that were written, and rows left as they were (ascending). */
export interface ColumnUpdate {
  written: number[];
  kept: number[];
  /** What each kept row holds now, as a fresh read would show it, in the order of `kept`. */
  keptValues?: Cell[];
}

/** Hidden sheet holding dropdown lists too long for an inline rule (Excel: 255 characters, Sheets: 500 items). */
export const LISTS_SHEET = '_lists';

/** A 1-based rectangle on a sheet. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Style of one rectangle of a tab; every field optional. Colours are '#rrggbb'. */
export interface AreaStyle extends Area {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  background?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** A chart drawn from a rectangle of the tab: native in Sheets, a rendered picture in .xlsx and the HTML report. */
export interface ChartSpec {
  kind: 'bar' | 'column' | 'line';
  title: string;
  /** First row holds series names, first column holds category labels. */
  data: Area;
  /** Top-left cell the chart floats over. */
  anchor: { row: number; col: number };
  width?: number;
  height?: number;
  percentAxis?: boolean;
}

/** Everything a generated tab shows, built in memory first so it is written in one go. */
export interface TabContent {
  values: Cell[][];
  styles: AreaStyle[];
  columnWidths?: number[];
  frozenRows?: number;
  charts?: ChartSpec[];
  /** Parts a reader may fold to one line (the HTML report draws each as a <details>); absent with none. */
  folds?: Fold[];
  /** Rows only the tab shows: the report says the same in its folds' lines (the tab's list of them). */
  tabOnly?: RowSpan[];
  /** Row groups a reader folds with the +/- beside the row above each; absent with none. */
  rowGroups?: RowGroup[];
}

/** Rows `first` to `last`, 1-based and inclusive. */
export interface RowSpan {
  first: number;
  last: number;
}

/** A part of a tab (its title row first) that reads as one line when folded; `open` when it holds news. */
export interface Fold extends RowSpan {
  line: string;
  open: boolean;
}

/**
 * Rows grouped one level deep under the row just above them (their heading, where the +/- sits:
 * Sheets' control before the group, Excel's summary row above). A collapsed group starts folded,
 * its rows hidden. Groups of a tab never overlap or touch, and a rewrite of the tab replaces its
 * groups (never nests them deeper).
 */
export interface RowGroup extends RowSpan {
  collapsed: boolean;
}

/** Formatting that set-up applies to a templated sheet. Column indexes are 1-based. */
export interface SheetFormat {
  headerRow: number;
  columnCount: number;
  frozenRows: number;
  header: { background: string; fontColor: string; bold: boolean };
  /** Protect the header row with a warning only (Sheets); ignored where unsupported. */
  protectHeader: boolean;
  columns: ColumnFormat[];
}

export interface ColumnFormat {
  index: number;
  width?: number;
  numberFormat?: string;
  /** Dropdown list for the data rows below the header; null removes none, undefined leaves as is. */
  list?: string[];
  /** Reject values outside the list (true) or only warn (false). */
  strict?: boolean;
  note?: string;
  /** Background of the data rows (computed columns are grey, so they read apart from typed ones). */
  background?: string;
  /** Wrap long text in the data rows. */
  wrap?: boolean;
  /** Protect the data rows with a warning only, under this description (Sheets; ignored elsewhere). */
  protectWarning?: string;
}

/**
 * A spreadsheet. Reads and writes are whole blocks: one call per table, so the number
 * of calls never grows with the number of rows (Apps Script bills each call).
 */
export interface WorkbookPort {
  /** The zone in which Date cell values stand for wall-clock dates. */
  readonly timeZone: string;
  sheetNames(): string[];
  hasSheet(name: string): boolean;
  /** Adds an empty sheet at the end; throws if one with that name exists. */
  addSheet(name: string): void;
  removeSheet(name: string): void;
  /** The whole used range from A1, rectangular, '' for empty cells; [] for an empty sheet. Throws if missing. */
  read(name: string): Cell[][];
  /** The first row of a sheet, as far as its used columns go ([] for an empty sheet): a cheap look at the header. Throws if missing. */
  readHeader(name: string): Cell[];
  /**
   * Rows from `fromRow` to the sheet's last used row, `cols` columns from `col` (1-based), '' for
   * empty cells: a few columns of a long sheet in one call. Optional: without it, read() is sliced.
   */
  readArea?(name: string, fromRow: number, col: number, cols: number): Cell[][];
  /** Hides a column Spiral keeps for itself (an import's keys); optional: where missing it stays shown. */
  hideColumn?(name: string, col: number): void;
  /** Writes a rectangular block at a 1-based row and column; text is always written as literal text. */
  write(name: string, row: number, col: number, values: Cell[][]): void;
  /**
   * Writes cells of one column (1-based) only where each still holds its `expected` plain value,
   * re-reading the column first (under the run's lock in Sheets); each run of consecutive rows
   * written is one block, and the cells between runs are never touched.
   */
  updateColumn(name: string, col: number, updates: readonly CellUpdate[]): ColumnUpdate;
  /**
   * Appends rows under the last row holding anything (a value or a formula) in the given 1-based
   * columns, writing those columns only: `rows[i][j]` goes to `columns[j]`. Other columns (a team's
   * filled-down formulas) and rows (a totals row) are left as they are. Returns the first row written.
   */
  appendRows(name: string, columns: readonly number[], rows: readonly Cell[][]): number;
  /** Deletes data rows (1-based, inclusive) below the given row onward; used to rebuild log-like sheets. */
  clearRows(name: string, fromRow: number): void;
  /** Applies set-up formatting (header style, freeze, widths, formats, dropdowns, protection). */
  format(name: string, format: SheetFormat): void;
  /** Replaces the whole content of a tab in place (same sheet, so links keep working), creating it if missing. */
  writeTab(name: string, content: TabContent): void;
  /** Total cells in the workbook (rows × columns of every sheet), for the 10-million-cell limit. */
  cellCount(): number;
}

export interface Clock {
  now(): Date;
}

/** Document lock (script lock where there is none). */
export interface LockPort {
  /** Waits up to `waitMs` for the lock; true when held. */
  tryAcquire(waitMs: number): boolean;
  release(): void;
}

/** Key/value store (document properties in Sheets, a sheet or file elsewhere). */
export interface PropertiesPort {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}
