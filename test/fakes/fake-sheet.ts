/**
 * An in-memory Sheet and Range that behave like Sheets where Spiral relies on it:
 * 1-based ranges, '' for empty cells, bounds and size checks with Sheets' messages, and
 * typed text parsed as Sheets parses it (formulas, numbers, booleans, dates, a leading ').
 */
import type { DataValidationApi, RangeApi, SheetApi } from '../../src/gas/gas-api';
import { type FakeEnv, touch, zonedMidnight } from './fake-env';
import { type Box, type FakeChart, FakeChartBuilder, FakeDataValidation, FakeProtection } from './fake-parts';
import { FakeRichText, type FakeRun } from './fake-rich-text';
import { type ControlPosition, FakeRowGroups } from './fake-row-groups';

export type FakeValue = string | number | boolean | Date;

/** Cell properties set by the style setters; clear() resets all but note and validation. */
export type StyleProp =
  | 'numberFormat'
  | 'fontWeight'
  | 'fontStyle'
  | 'fontSize'
  | 'fontColor'
  | 'background'
  | 'wrap'
  | 'align'
  | 'note'
  | 'validation';

const FORMAT_PROPS: StyleProp[] = [
  'numberFormat',
  'fontWeight',
  'fontStyle',
  'fontSize',
  'fontColor',
  'background',
  'wrap',
  'align',
];

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
/** 2026-11-16, 2026/11/16, and with a time of day: 2026-11-16 14:30 is a date and time in every locale. */
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** Locales that write 1.234,5 (a decimal comma, points or spaces between thousands). */
const DECIMAL_COMMA =
  /^(de|fr|es|it|pt|nl|ru|pl|tr|sv|da|fi|nb|nn|cs|sk|hu|ro|uk|id|vi|el|bg|hr|sl|lt|lv|et)(_|$)/;
/** Locales that read 12.5 and 12.5.2026 as a day and a month (12 May). */
const DOT_DATE = /^(de|ru|pl|cs|sk|fi|nb|nn|da|tr|uk|hr|sl|ro|bg|lt|lv|et)(_|$)/;
/** Locales that read 11/3/2026 month first (3 November); the others read it day first (11 March). */
const MONTH_FIRST = /^(en_US|zh|en_PH|fil)(_|$)/;
const COMMA_NUMBER = /^[+-]?(\d+,?\d*|,\d+)$/;
const COMMA_THOUSANDS = /^([+-]?)(\d{1,3}(?:[. \u00a0]\d{3})+)(,\d+)?$/;
const DOT_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})?$|^(\d{1,2})\.(\d{1,2})$/;
/** 1,234 and 1,234.5: Sheets reads the thousands separator of its locale (zh_CN and en_US: a comma). */
const THOUSANDS = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/;
/** ¥12, ￥1,234.50, -$3, $ 5: a currency amount becomes its number (with a currency format). */
const CURRENCY = /^([+-]?)\s*[$¥￥€£]\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;
/** 9:05, 18:30:15: a time of day, stored as that time on Sheets' day zero (1899-12-30). */
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** 11/3/2026 (en_US month first) and 2026年11月3日 (zh_CN); 1/2 is a date of this year, not a half. */
const US_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/;
const CJK_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
/** Sheets' longest cell. */
export const SHEETS_MAX_CELL_CHARS = 50_000;

const validDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

/**
 * What Sheets stores when a script writes `raw` with setValues: the value, and a formula if it is one.
 * Text is read as typing reads it (spaces around a number are ignored); in a Plain-text ('@') cell text
 * is kept exactly as written, a leading ' included.
 */
export function enterValue(
  raw: unknown,
  timeZone: string,
  numberFormat?: unknown,
  locale = 'zh_CN',
): { value: FakeValue; formula: string | null } {
  if (raw === null || raw === undefined) return { value: '', formula: null };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw, formula: null };
  if (Object.prototype.toString.call(raw) === '[object Date]') {
    return { value: new Date((raw as Date).getTime()), formula: null };
  }
  const text = String(raw);
  if (text.length > SHEETS_MAX_CELL_CHARS) {
    throw new Error(
      `Your input contains more than the maximum of ${SHEETS_MAX_CELL_CHARS} characters in a single cell.`,
    );
  }
  if (numberFormat === '@') return { value: text, formula: null };
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  if (text.startsWith('=')) return { value: text.length > 1 ? '#NAME?' : '#ERROR!', formula: text };
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed) ?? CJK_DATE.exec(trimmed);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const [hour, minute, second] = [Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0)];
    if (validDay(month, day) && hour < 24 && minute < 60 && second < 60) {
      const midnight = zonedMidnight(year, month, day, timeZone).getTime();
      return { value: new Date(midnight + (hour * 3600 + minute * 60 + second) * 1000), formula: null };
    }
  }
  if (DECIMAL_COMMA.test(locale)) return enterCommaLocale(text, trimmed, timeZone, locale);
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: null };
  if (PERCENT.test(trimmed)) return { value: Number(trimmed.slice(0, -1)) / 100, formula: null };
  const grouped = THOUSANDS.exec(trimmed) ?? CURRENCY.exec(trimmed);
  if (grouped) {
    const magnitude = Number(`${grouped[2]!.replace(/,/g, '')}${grouped[3] ?? ''}`);
    return { value: grouped[1] === '-' ? -magnitude : magnitude, formula: null };
  }
  return enterCommon(text, trimmed, timeZone, locale);
}

/** A decimal-comma locale (de_DE): 1.234,5 and 1,5 are numbers, 12.5. a day and month there. */
function enterCommaLocale(
  text: string,
  trimmed: string,
  timeZone: string,
  locale: string,
): { value: FakeValue; formula: string | null } {
  if (COMMA_NUMBER.test(trimmed) && /\d/.test(trimmed))
    return { value: Number(trimmed.replace(',', '.')), formula: null };
  const grouped = COMMA_THOUSANDS.exec(trimmed);
  if (grouped) {
    const magnitude = Number(
      `${grouped[2]!.replace(/[. \u00a0]/g, '')}${(grouped[3] ?? '').replace(',', '.')}`,
    );
    return { value: grouped[1] === '-' ? -magnitude : magnitude, formula: null };
  }
  const dotted = DOT_DATE.test(locale) ? DOT_DAY.exec(trimmed) : null;
  if (dotted) {
    const day = Number(dotted[1] ?? dotted[4]);
    const month = Number(dotted[2] ?? dotted[5]);
    const year = dotted[3] === undefined ? new Date().getFullYear() : Number(dotted[3]);
    if (validDay(month, day)) return { value: zonedMidnight(year, month, day, timeZone), formula: null };
  }
  return enterCommon(text, trimmed, timeZone, locale);
}

/** Slash dates by the locale's order, times, booleans, and text Sheets reads as a formula. */
function enterCommon(
  text: string,
  trimmed: string,
  timeZone: string,
  locale: string,
): { value: FakeValue; formula: string | null } {
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: null };
  const time = TIME.exec(trimmed);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60 && Number(time[3] ?? 0) < 60) {
    const day0 = zonedMidnight(1899, 12, 30, timeZone).getTime();
    const seconds = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0);
    return { value: new Date(day0 + seconds * 1000), formula: null };
  }
  const us = US_DATE.exec(trimmed);
  if (us) {
    const monthFirst = MONTH_FIRST.test(locale);
    const [month, day] = monthFirst ? [Number(us[1]), Number(us[2])] : [Number(us[2]), Number(us[1])];
    const year = us[3] === undefined ? new Date().getFullYear() : Number(us[3]);
    if (validDay(month, day)) return { value: zonedMidnight(year, month, day, timeZone), formula: null };
  }
  // Sheets reads text starting with + - @ as a formula too: '- item' or '+86 …' shows #ERROR!.
  if (/^[+\-@]/.test(text) && text.length > 1) return { value: '#ERROR!', formula: `=${text}` };
  return { value: text, formula: null };
}

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

export class FakeSheet implements SheetApi {
  private values: FakeValue[][] = [];
  private readonly formulas = new Map<string, string>();
  /** Text with styled runs or links, by 'row,col'; a plain text cell has none here. */
  private readonly richTexts = new Map<string, FakeRichText>();
  private readonly props = new Map<StyleProp, unknown[][]>();
  private readonly widths = new Map<number, number>();
  readonly protections: FakeProtection[] = [];
  readonly charts: FakeChart[] = [];
  /** Row groups and hidden rows (read by test helpers without counting a call). */
  readonly rowGroups = new FakeRowGroups();
  private frozenRows = 0;
  maxRows = 1000;
  maxColumns = 26;

  constructor(
    private readonly env: FakeEnv,
    /** Read by test helpers without counting a call. */
    public name: string,
    private readonly id: number,
    private readonly timeZone: () => string,
    /** Another sheet of the spreadsheet already has this name (Sheets compares without case). */
    private readonly nameTaken: (name: string, self: FakeSheet) => boolean = () => false,
  ) {}

  /** Set by the spreadsheet: the locale typed text is read by (File → Settings → Locale). */
  locale: () => string = () => 'zh_CN';

  /** Set by the spreadsheet: what activate() tells it. */
  onActivate: ((sheet: FakeSheet) => void) | null = null;

  activate(): FakeSheet {
    touch(this.env, 'activate');
    this.onActivate?.(this);
    return this;
  }

  getName(): string {
    touch(this.env, 'getName');
    return this.name;
  }

  setName(name: string): FakeSheet {
    touch(this.env, 'setName');
    if (this.nameTaken(name, this)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.name = name;
    return this;
  }

  private hidden = false;

  hideSheet(): FakeSheet {
    touch(this.env, 'hideSheet');
    this.hidden = true;
    return this;
  }

  /** Columns hidden by hideColumns (1-based). */
  readonly hiddenColumns = new Set<number>();

  hideColumns(columnIndex: number): void {
    touch(this.env, 'hideColumns');
    if (columnIndex < 1 || columnIndex > this.maxColumns) throw new Error(OUTSIDE);
    this.hiddenColumns.add(columnIndex);
  }

  isSheetHidden(): boolean {
    touch(this.env, 'isSheetHidden');
    return this.hidden;
  }

  getSheetId(): number {
    touch(this.env, 'getSheetId');
    return this.id;
  }

  getLastRow(): number {
    touch(this.env, 'getLastRow');
    return this.lastRow();
  }

  getLastColumn(): number {
    touch(this.env, 'getLastColumn');
    return this.lastColumn();
  }

  getMaxRows(): number {
    touch(this.env, 'getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    touch(this.env, 'getMaxColumns');
    return this.maxColumns;
  }

  getFrozenRows(): number {
    touch(this.env, 'getFrozenRows');
    return this.frozenRows;
  }

  setFrozenRows(rows: number): void {
    touch(this.env, 'setFrozenRows');
    if (rows >= this.maxRows) throw new Error("You can't freeze all visible rows on the sheet.");
    this.frozenRows = rows;
  }

  getColumnWidth(columnPosition: number): number {
    touch(this.env, 'getColumnWidth');
    return this.widths.get(columnPosition) ?? 100;
  }

  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    touch(this.env, 'setColumnWidth');
    this.widths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    touch(this.env, 'setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.widths.set(c, width);
    return this;
  }

  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange;
  getRange(a1Notation: string): FakeRange;
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    touch(this.env, 'getRange');
    const box =
      typeof rowOrA1 === 'string'
        ? parseA1(rowOrA1)
        : { row: rowOrA1, col: column ?? 1, rows: numRows, cols: numColumns };
    return this.range(box);
  }

  getDataRange(): FakeRange {
    touch(this.env, 'getDataRange');
    return this.range({
      row: 1,
      col: 1,
      rows: Math.max(1, this.lastRow()),
      cols: Math.max(1, this.lastColumn()),
    });
  }

  clear(): FakeSheet {
    touch(this.env, 'clear');
    this.values = [];
    this.formulas.clear();
    this.richTexts.clear();
    for (const prop of FORMAT_PROPS) this.props.delete(prop);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    touch(this.env, 'deleteRows');
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows) {
      throw new Error('Those rows are out of bounds.');
    }
    if (this.maxRows - howMany <= this.frozenRows) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.spliceRows(rowPosition - 1, howMany, 0);
    this.maxRows -= howMany;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    touch(this.env, 'deleteColumns');
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.maxColumns) {
      throw new Error('Those columns are out of bounds.');
    }
    if (howMany >= this.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
    this.spliceColumns(columnPosition - 1, howMany, 0);
    this.maxColumns -= howMany;
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    touch(this.env, 'insertRowsAfter');
    if (afterPosition < 1 || afterPosition > this.maxRows) throw new Error('Those rows are out of bounds.');
    this.spliceRows(afterPosition, 0, howMany);
    this.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    touch(this.env, 'insertColumnsAfter');
    if (afterPosition < 1 || afterPosition > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    this.spliceColumns(afterPosition, 0, howMany);
    this.maxColumns += howMany;
    return this;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    touch(this.env, 'getProtections');
    return this.protections.filter((p) => p.type === String(type));
  }

  newChart(): FakeChartBuilder {
    touch(this.env, 'newChart');
    return new FakeChartBuilder((range) => {
      if (!(range instanceof FakeRange)) throw new Error('Not a range of this fake.');
      return range.box;
    });
  }

  getCharts(): FakeChart[] {
    touch(this.env, 'getCharts');
    return [...this.charts];
  }

  insertChart(chart: FakeChart): void {
    touch(this.env, 'insertChart');
    if (!this.charts.includes(chart)) this.charts.push(chart);
  }

  removeChart(chart: FakeChart): void {
    touch(this.env, 'removeChart');
    const at = this.charts.indexOf(chart);
    if (at < 0) throw new Error('The chart does not exist on this sheet.');
    this.charts.splice(at, 1);
  }

  setRowGroupControlPosition(position: GoogleAppsScript.Spreadsheet.GroupControlTogglePosition): FakeSheet {
    touch(this.env, 'setRowGroupControlPosition');
    this.rowGroups.control = String(position) as ControlPosition;
    return this;
  }

  collapseAllRowGroups(): FakeSheet {
    touch(this.env, 'collapseAllRowGroups');
    this.rowGroups.collapseAll();
    return this;
  }

  showRows(rowIndex: number, numRows = 1): void {
    touch(this.env, 'showRows');
    if (rowIndex < 1 || numRows < 1 || rowIndex + numRows - 1 > this.maxRows) throw new Error(OUTSIDE);
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.rowGroups.hidden.delete(r);
  }

  /** Test helper: every value row by row up to the last content cell, without counting a call. */
  snapshot(): FakeValue[][] {
    return this.read({ row: 1, col: 1, rows: this.lastRow(), cols: this.lastColumn() });
  }

  /** Test helper: the style properties set on one cell. */
  styleAt(row: number, col: number): Partial<Record<StyleProp, unknown>> {
    const out: Partial<Record<StyleProp, unknown>> = {};
    for (const [prop, grid] of this.props) {
      const value = grid[row - 1]?.[col - 1];
      if (value !== undefined && value !== null) out[prop] = value;
    }
    return out;
  }

  /** Test helper: a formula typed by a person, showing `shown` (what Sheets computed for it). */
  putFormula(row: number, col: number, formula: string, shown: FakeValue): void {
    this.enter(row, col, '');
    this.line(row)[col - 1] = shown;
    this.formulas.set(`${row},${col}`, formula);
  }

  /** Test helper: text with styled runs or links, as a person would format or paste it. */
  putRichText(row: number, col: number, runs: readonly FakeRun[]): void {
    const rich = new FakeRichText(runs);
    this.enter(row, col, '');
    this.line(row)[col - 1] = rich.getText();
    this.richTexts.set(`${row},${col}`, rich);
  }

  /** Test helper: an error value (#REF!, #N/A …) as left by a paste or a deleted reference. */
  putError(row: number, col: number, error: string): void {
    this.enter(row, col, '');
    this.line(row)[col - 1] = error;
  }

  /** Test helper: the rich text of a cell, or null when it holds plain text or no text. */
  richTextAt(row: number, col: number): FakeRichText | null {
    return this.richTexts.get(`${row},${col}`) ?? null;
  }

  /** Test helper: the formula typed into a cell, '' if none. */
  formulaAt(row: number, col: number): string {
    return this.formulas.get(`${row},${col}`) ?? '';
  }

  columnWidth(col: number): number {
    return this.widths.get(col) ?? 100;
  }

  frozen(): number {
    return this.frozenRows;
  }

  range(box: Box): FakeRange {
    if (box.rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (box.cols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (box.row < 1 || box.col < 1) throw new Error(OUTSIDE);
    if (box.row + box.rows - 1 > this.maxRows || box.col + box.cols - 1 > this.maxColumns) {
      throw new Error(OUTSIDE);
    }
    return new FakeRange(this.env, this, box);
  }

  read(box: Box): FakeValue[][] {
    const out: FakeValue[][] = [];
    for (let r = box.row; r < box.row + box.rows; r++) {
      const source = this.values[r - 1];
      const row: FakeValue[] = [];
      for (let c = box.col; c < box.col + box.cols; c++) {
        const value = source?.[c - 1] ?? '';
        row.push(value instanceof Date ? this.env.makeDate(value.getTime()) : value);
      }
      out.push(row);
    }
    return out;
  }

  readFormulas(box: Box): string[][] {
    const out: string[][] = [];
    for (let r = box.row; r < box.row + box.rows; r++) {
      const row: string[] = [];
      for (let c = box.col; c < box.col + box.cols; c++) row.push(this.formulas.get(`${r},${c}`) ?? '');
      out.push(row);
    }
    return out;
  }

  /** getRichTextValues: text cells give their runs (one plain run if unstyled), other cells null. */
  readRichTexts(box: Box): (FakeRichText | null)[][] {
    const out: (FakeRichText | null)[][] = [];
    for (let r = box.row; r < box.row + box.rows; r++) {
      const row: (FakeRichText | null)[] = [];
      for (let c = box.col; c < box.col + box.cols; c++) {
        const value = this.values[r - 1]?.[c - 1] ?? '';
        const rich = this.richTexts.get(`${r},${c}`);
        row.push(rich ?? (typeof value === 'string' ? new FakeRichText([{ text: value }]) : null));
      }
      out.push(row);
    }
    return out;
  }

  enter(row: number, col: number, raw: unknown): void {
    const { value, formula } = enterValue(
      raw,
      this.timeZone(),
      this.getProp('numberFormat', row, col),
      this.locale(),
    );
    this.line(row)[col - 1] = value;
    this.richTexts.delete(`${row},${col}`);
    if (formula === null) this.formulas.delete(`${row},${col}`);
    else this.formulas.set(`${row},${col}`, formula);
  }

  private line(row: number): FakeValue[] {
    const line = this.values[row - 1] ?? [];
    this.values[row - 1] = line;
    return line;
  }

  setProp(prop: StyleProp, row: number, col: number, value: unknown): void {
    const grid = this.props.get(prop) ?? [];
    this.props.set(prop, grid);
    const line = grid[row - 1] ?? [];
    grid[row - 1] = line;
    line[col - 1] = value;
  }

  getProp(prop: StyleProp, row: number, col: number): unknown {
    return this.props.get(prop)?.[row - 1]?.[col - 1];
  }

  /** Sheets counts a cell holding a formula as used even when it shows nothing. */
  private lastRow(): number {
    let last = 0;
    for (const key of this.formulas.keys()) last = Math.max(last, Number(key.split(',')[0]));
    for (let r = this.values.length; r > last; r--) {
      if (this.values[r - 1]?.some((v) => v !== '' && v !== undefined)) return r;
    }
    return last;
  }

  private lastColumn(): number {
    let last = 0;
    for (const key of this.formulas.keys()) last = Math.max(last, Number(key.split(',')[1]));
    for (const line of this.values) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) {
        const v = line[c - 1];
        if (v !== '' && v !== undefined) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  private spliceRows(at: number, remove: number, insert: number): void {
    spliceMany(
      this.values,
      at,
      remove,
      Array.from({ length: insert }, () => [] as never[]),
    );
    this.rowGroups.splice(at, remove, insert);
    for (const grid of this.props.values())
      spliceMany(
        grid,
        at,
        remove,
        Array.from({ length: insert }, () => []),
      );
    this.shiftFormulas((r, c) => (r > at + remove ? [r - remove + insert, c] : r > at ? null : [r, c]));
  }

  private spliceColumns(at: number, remove: number, insert: number): void {
    const shift = (line: unknown[] | undefined, blank: unknown) => {
      if (line && line.length > at) line.splice(at, remove, ...new Array(insert).fill(blank));
    };
    for (const line of this.values) shift(line, '');
    for (const grid of this.props.values()) for (const line of grid) shift(line, undefined);
    this.shiftFormulas((r, c) => (c > at + remove ? [r, c - remove + insert] : c > at ? null : [r, c]));
  }

  private shiftFormulas(move: (r: number, c: number) => [number, number] | null): void {
    shiftKeys(this.formulas, move);
    shiftKeys(this.richTexts, move);
  }
}

export class FakeRange implements RangeApi {
  constructor(
    private readonly env: FakeEnv,
    readonly sheet: FakeSheet,
    readonly box: Box,
  ) {}

  getNumRows(): number {
    touch(this.env, 'getNumRows');
    return this.box.rows;
  }

  getNumColumns(): number {
    touch(this.env, 'getNumColumns');
    return this.box.cols;
  }

  getValues(): FakeValue[][] {
    touch(this.env, 'getValues', this.sheet.name);
    this.env.reads.push({ sheet: this.sheet.name, ...this.box });
    this.env.cells.read += this.box.rows * this.box.cols;
    return this.sheet.read(this.box);
  }

  /** Sheets answers 'General' for a cell whose format was never set. */
  getNumberFormats(): string[][] {
    touch(this.env, 'getNumberFormats', this.sheet.name);
    this.env.cells.read += this.box.rows * this.box.cols;
    const out: string[][] = [];
    for (let r = 0; r < this.box.rows; r++) {
      const line: string[] = [];
      for (let c = 0; c < this.box.cols; c++) {
        const format = this.sheet.getProp('numberFormat', this.box.row + r, this.box.col + c);
        line.push(typeof format === 'string' ? format : 'General');
      }
      out.push(line);
    }
    return out;
  }

  getFormulas(): string[][] {
    touch(this.env, 'getFormulas', this.sheet.name);
    this.env.cells.read += this.box.rows * this.box.cols;
    return this.sheet.readFormulas(this.box);
  }

  getRichTextValues(): (FakeRichText | null)[][] {
    touch(this.env, 'getRichTextValues', this.sheet.name);
    this.env.cells.read += this.box.rows * this.box.cols;
    return this.sheet.readRichTexts(this.box);
  }

  setValues(values: unknown[][]): FakeRange {
    touch(this.env, 'setValues', this.sheet.name);
    this.checkSize(values);
    this.env.cells.written += this.box.rows * this.box.cols;
    this.each((r, c, i, j) => this.sheet.enter(r, c, values[i]?.[j]));
    return this;
  }

  clearContent(): FakeRange {
    touch(this.env, 'clearContent');
    this.each((r, c) => this.sheet.enter(r, c, ''));
    return this;
  }

  setNumberFormat(numberFormat: string): FakeRange {
    return this.fill('setNumberFormat', 'numberFormat', numberFormat);
  }

  setNumberFormats(numberFormats: string[][]): FakeRange {
    return this.grid('setNumberFormats', 'numberFormat', numberFormats);
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): FakeRange {
    return this.fill('setFontWeight', 'fontWeight', fontWeight);
  }

  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): FakeRange {
    return this.grid('setFontWeights', 'fontWeight', fontWeights);
  }

  setFontStyles(fontStyles: Array<Array<GoogleAppsScript.Spreadsheet.FontStyle | null>>): FakeRange {
    return this.grid('setFontStyles', 'fontStyle', fontStyles);
  }

  setFontSizes(sizes: number[][]): FakeRange {
    return this.grid('setFontSizes', 'fontSize', sizes);
  }

  setFontColor(color: string | null): FakeRange {
    return this.fill('setFontColor', 'fontColor', color);
  }

  setFontColors(colors: unknown[][]): FakeRange {
    return this.grid('setFontColors', 'fontColor', colors);
  }

  setBackground(color: string | null): FakeRange {
    return this.fill('setBackground', 'background', color);
  }

  setBackgrounds(colors: Array<Array<string | null>>): FakeRange {
    return this.grid('setBackgrounds', 'background', colors);
  }

  setWraps(isWrapEnabled: boolean[][]): FakeRange {
    return this.grid('setWraps', 'wrap', isWrapEnabled);
  }

  setHorizontalAlignments(
    alignments: Array<Array<'left' | 'center' | 'normal' | 'right' | null>>,
  ): FakeRange {
    return this.grid('setHorizontalAlignments', 'align', alignments);
  }

  setNotes(notes: Array<Array<string | null>>): FakeRange {
    return this.grid('setNotes', 'note', notes);
  }

  setDataValidation(rule: DataValidationApi | null): FakeRange {
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw new Error('Not a rule of this fake.');
    return this.fill('setDataValidation', 'validation', rule);
  }

  clearDataValidations(): FakeRange {
    return this.fill('clearDataValidations', 'validation', null);
  }

  getDataValidations(): Array<Array<FakeDataValidation | null>> {
    touch(this.env, 'getDataValidations');
    const out: Array<Array<FakeDataValidation | null>> = [];
    this.each((r, c, i) => {
      const row = out[i] ?? [];
      out[i] = row;
      row.push((this.sheet.getProp('validation', r, c) as FakeDataValidation | undefined) ?? null);
    });
    return out;
  }

  protect(): FakeProtection {
    touch(this.env, 'protect');
    const protection = new FakeProtection('RANGE', { ...this.box });
    this.sheet.protections.push(protection);
    return protection;
  }

  shiftRowGroupDepth(delta: number): FakeRange {
    touch(this.env, 'shiftRowGroupDepth');
    this.sheet.rowGroups.shift(this.box.row, this.box.row + this.box.rows - 1, delta);
    return this;
  }

  private fill(method: string, prop: StyleProp, value: unknown): FakeRange {
    touch(this.env, method);
    this.each((r, c) => this.sheet.setProp(prop, r, c, value));
    return this;
  }

  private grid(method: string, prop: StyleProp, values: unknown[][]): FakeRange {
    touch(this.env, method);
    this.checkSize(values);
    this.each((r, c, i, j) => this.sheet.setProp(prop, r, c, values[i]?.[j]));
    return this;
  }

  private checkSize(values: unknown[][]): void {
    if (values.length !== this.box.rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.box.rows}.`,
      );
    }
    for (const row of values) {
      if (row.length !== this.box.cols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.box.cols}.`,
        );
      }
    }
  }

  private each(visit: (row: number, col: number, i: number, j: number) => void): void {
    const { row, col, rows, cols } = this.box;
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) visit(row + i, col + j, i, j);
  }
}

/** Moves the 'row,col' keys of a map of cells as rows or columns are inserted or deleted. */
function shiftKeys<T>(cells: Map<string, T>, move: (r: number, c: number) => [number, number] | null): void {
  const moved = [...cells].map(([key, value]) => {
    const [r, c] = key.split(',').map(Number) as [number, number];
    return [move(r, c), value] as const;
  });
  cells.clear();
  for (const [to, value] of moved) if (to) cells.set(`${to[0]},${to[1]}`, value);
}

/** 'B2' or 'A1:C3'. */
export function parseA1(a1: string): Box {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a1.trim());
  if (!match) throw new Error(`Range not found: ${a1}`);
  const col = columnNumber(match[1] ?? 'A');
  const row = Number(match[2]);
  const endCol = match[3] ? columnNumber(match[3]) : col;
  const endRow = match[4] ? Number(match[4]) : row;
  return { row, col, rows: endRow - row + 1, cols: endCol - col + 1 };
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Array.splice for many items: Sheets inserts half a million rows in one call, and spreading them as arguments overflows the stack. */
function spliceMany<T>(list: T[], at: number, remove: number, items: readonly T[]): void {
  const start = Math.min(at, list.length);
  const tail = list.slice(start + remove);
  list.length = start;
  for (const item of items) list.push(item);
  for (const item of tail) list.push(item);
}
