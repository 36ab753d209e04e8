import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { say } from '../../core/messages';
import { checkAppendWidth, columnRuns, planColumnUpdate } from '../../core/sheets';
import { checkRowGroups } from '../../core/tabs';
import {
  type Cell,
  type CellUpdate,
  type ColumnFormat,
  type ColumnUpdate,
  LISTS_SHEET,
  type SheetFormat,
  type TabContent,
  type WorkbookPort,
} from '../../ports';
import { cliLang } from '../cli-lang';
import { type AtomicFs, nodeAtomicFs, writeFileAtomic } from '../files/atomic-write';
import { UsageError } from '../usage-error';
import { keepValidationRangesWhole } from './exceljs-range-validations';
import {
  applyAreaStyle,
  argb,
  cellFromExcel,
  isPlainCell,
  isStorable,
  pixelsToCharacters,
  setCellValue,
  solidFill,
} from './xlsx-cells';
import { dropUnshownPictures, placeChartPictures } from './xlsx-charts';
import { notWorkbook, readXlsxFile } from './xlsx-file';
import { keepRowOutlines, outlineRows } from './xlsx-row-groups';

keepValidationRangesWhole();
keepRowOutlines();

export { LISTS_SHEET };

/** Excel caps an inline list formula ("a,b,c") at 255 characters. */
const INLINE_LIST_LIMIT = 255;
const EXCEL_MAX_ROWS = 1_048_576;
const EXCEL_MAX_SHEET_NAME = 31;

interface ValidationModel {
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}
/** exceljs keeps validations and rows on the worksheet but leaves them out of its typings. */
type SheetInternals = ExcelJS.Worksheet & {
  dataValidations: ValidationModel;
  conditionalFormattings: unknown[];
  _rows: unknown[];
};

const internals = (sheet: ExcelJS.Worksheet): SheetInternals => {
  const inner = sheet as SheetInternals;
  if (!Array.isArray(inner._rows) || typeof inner.dataValidations?.add !== 'function') {
    throw new Error('Unsupported exceljs version: worksheet rows or validations are not where expected.');
  }
  return inner;
};

/** Excel's last row would be passed: one line for the person (exit 1), nothing written. */
const sheetFull = (sheet: string, row: number) =>
  new UsageError(say(cliLang(), 'cli.sheetFull', { sheet, max: EXCEL_MAX_ROWS, row }));

const columnLetter = (index: number): string => {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

const frozenViews = (rows: number): Array<Partial<ExcelJS.WorksheetView>> =>
  rows > 0
    ? [{ state: 'frozen', xSplit: 0, ySplit: rows, topLeftCell: `A${rows + 1}` }]
    : [{ state: 'normal' }];

/**
 * WorkbookPort over an .xlsx file (exceljs). Excel stores dates as serial days without a zone and
 * exceljs reads them as UTC, so this workbook's zone is UTC. A tab's charts become pictures rendered
 * from the same ChartSpec (exceljs cannot write native charts); header protection is skipped, as
 * Excel cannot protect one row with a warning only.
 */
export class XlsxWorkbook implements WorkbookPort {
  readonly timeZone = 'UTC';

  private constructor(readonly book: ExcelJS.Workbook) {}

  /** A new, empty workbook (add a sheet before saving). */
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  /** Opens an .xlsx file; the error names the file when it is missing or not an .xlsx workbook. */
  static async open(path: string): Promise<XlsxWorkbook> {
    const refuse = (reason: string) => notWorkbook(path, reason);
    const data = await readXlsxFile(path);
    let book: ExcelJS.Workbook;
    try {
      book = await XlsxWorkbook.loadBook(data);
    } catch (error) {
      throw refuse((error as Error).message);
    }
    // A .docx or .pptx is a zip too: exceljs loads it as a workbook without sheets, which cannot be saved.
    if (book.worksheets.length === 0) throw refuse(say(cliLang(), 'cli.noWorksheets'));
    return new XlsxWorkbook(book);
  }

  /** The whole workbook from the bytes of an .xlsx file already checked to be one. */
  static async load(data: Buffer): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await XlsxWorkbook.loadBook(data));
  }

  private static async loadBook(data: Buffer): Promise<ExcelJS.Workbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as Parameters<typeof book.xlsx.load>[0]);
    return book;
  }

  /** Saves atomically: a temporary file beside `path` is renamed over it; on failure `path` is untouched. */
  async save(path: string, fs: AtomicFs = nodeAtomicFs): Promise<void> {
    if (extname(path).toLowerCase() !== '.xlsx') throw new Error(`Not an .xlsx file name: ${path}`);
    if (this.sheetNames().length === 0) throw new Error(`Cannot save ${path}: the workbook has no sheets.`);
    dropUnshownPictures(this.book);
    const data = await this.book.xlsx.writeBuffer();
    await writeFileAtomic(path, new Uint8Array(data as unknown as ArrayBuffer), fs);
  }

  sheetNames(): string[] {
    return this.book.worksheets.map((s) => s.name).filter((name) => name !== LISTS_SHEET);
  }

  hasSheet(name: string): boolean {
    return this.sheetNames().includes(name);
  }

  addSheet(name: string): void {
    this.newSheet(name);
  }

  removeSheet(name: string): void {
    this.book.removeWorksheet(this.sheet(name).id);
  }

  read(name: string): Cell[][] {
    const sheet = this.sheet(name);
    const found: Array<{ row: number; col: number; value: Cell }> = [];
    let lastRow = 0;
    let lastCol = 0;
    sheet.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const value = cellFromExcel(cell);
        if (value === '') return;
        found.push({ row: r, col: c, value });
        lastRow = Math.max(lastRow, r);
        lastCol = Math.max(lastCol, c);
      });
    });
    const grid: Cell[][] = Array.from({ length: lastRow }, () => new Array<Cell>(lastCol).fill(''));
    for (const { row, col, value } of found) grid[row - 1]![col - 1] = value;
    return grid;
  }

  readHeader(name: string): Cell[] {
    const row = this.sheet(name).getRow(1);
    const cells: Cell[] = [];
    row.eachCell((cell, c) => {
      cells[c - 1] = cellFromExcel(cell);
    });
    let width = cells.length;
    while (width > 0 && (cells[width - 1] ?? '') === '') width--;
    return Array.from({ length: width }, (_, i) => cells[i] ?? '');
  }

  write(name: string, row: number, col: number, values: Cell[][]): void {
    this.writeBlock(this.sheet(name), row, col, values);
  }

  updateColumn(name: string, col: number, updates: readonly CellUpdate[]): ColumnUpdate {
    const sheet = this.sheet(name);
    const plan = planColumnUpdate(updates, (row) => {
      const cell = sheet.getCell(row, col);
      return { value: cellFromExcel(cell), plain: isPlainCell(cell) };
    });
    for (const run of plan.runs) {
      this.writeBlock(
        sheet,
        run.row,
        col,
        run.values.map((value) => [value]),
      );
    }
    return { written: plan.written, kept: plan.kept, keptValues: plan.keptValues };
  }

  appendRows(name: string, columns: readonly number[], rows: readonly Cell[][]): number {
    const sheet = this.sheet(name);
    checkAppendWidth(name, columns, rows);
    let last = 0;
    sheet.eachRow((row, r) => {
      if (columns.some((c) => row.getCell(c).type !== ExcelJS.ValueType.Null)) last = r;
    });
    if (last + rows.length > EXCEL_MAX_ROWS) throw sheetFull(name, last + rows.length);
    for (const run of columnRuns(columns)) {
      const block = rows.map((line) => run.indexes.map((index) => line[index]!));
      if (block.length > 0) this.writeBlock(sheet, last + 1, run.col, block);
    }
    return last + 1;
  }

  clearRows(name: string, fromRow: number): void {
    if (!Number.isInteger(fromRow) || fromRow < 1)
      throw new Error(`Invalid row ${fromRow} on "${name}": rows are 1-based.`);
    // exceljs's spliceRows leaves trailing rows in place, so the row list is cut directly.
    const rows = internals(this.sheet(name))._rows;
    if (rows.length >= fromRow) rows.length = fromRow - 1;
  }

  format(name: string, format: SheetFormat): void {
    const sheet = this.sheet(name);
    const header = sheet.getRow(format.headerRow);
    for (let c = 1; c <= format.columnCount; c++) {
      const cell = header.getCell(c);
      cell.fill = solidFill(format.header.background);
      cell.font = { ...cell.font, bold: format.header.bold, color: { argb: argb(format.header.fontColor) } };
    }
    sheet.views = frozenViews(format.frozenRows);
    for (const column of format.columns) this.formatColumn(sheet, format.headerRow, column);
  }

  writeTab(name: string, content: TabContent): void {
    checkRowGroups(name, content);
    const sheet = this.hasSheet(name) ? this.sheet(name) : this.newSheet(name);
    // Reset in place so the sheet keeps its id and position (and links to it keep working).
    const inner = internals(sheet);
    inner._rows.length = 0;
    inner.dataValidations.model = {};
    sheet.columns = [];
    inner.conditionalFormattings = [];
    this.writeBlock(sheet, 1, 1, content.values);
    for (const style of content.styles) applyAreaStyle(sheet, style);
    content.columnWidths?.forEach((pixels, i) => {
      sheet.getColumn(i + 1).width = pixelsToCharacters(pixels);
    });
    sheet.views = frozenViews(content.frozenRows ?? 0);
    // The rows were rebuilt above, so the old groups are gone and these replace them.
    outlineRows(sheet, content.rowGroups ?? []);
    placeChartPictures(this.book, sheet, content);
  }

  cellCount(): number {
    return this.book.worksheets.reduce((sum, s) => sum + s.rowCount * s.columnCount, 0);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = name === LISTS_SHEET ? undefined : this.book.getWorksheet(name);
    if (!sheet)
      throw new Error(`Sheet "${name}" not found (sheets: ${this.sheetNames().join(', ') || 'none'}).`);
    return sheet;
  }

  private newSheet(name: string): ExcelJS.Worksheet {
    if (name === LISTS_SHEET) throw new Error(`"${LISTS_SHEET}" is reserved for Spiral's dropdown lists.`);
    if (this.book.worksheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet named "${name}" already exists.`);
    }
    // exceljs would silently cut a longer name; Excel allows no more than 31 characters.
    if (name.length > EXCEL_MAX_SHEET_NAME) {
      throw new Error(`Sheet name "${name}" is longer than Excel's ${EXCEL_MAX_SHEET_NAME} characters.`);
    }
    return this.book.addWorksheet(name);
  }

  private writeBlock(sheet: ExcelJS.Worksheet, row: number, col: number, values: Cell[][]): void {
    const where = `"${sheet.name}"`;
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) {
      throw new Error(`Invalid start cell (${row}, ${col}) on ${where}: row and column are 1-based.`);
    }
    if (values.length > 0 && row + values.length - 1 > EXCEL_MAX_ROWS)
      throw sheetFull(sheet.name, row + values.length - 1);
    const width = values[0]?.length ?? 0;
    values.forEach((line, i) => {
      if (line.length !== width) {
        throw new Error(
          `Row ${i + 1} of the block for ${where} has ${line.length} cells, expected ${width}.`,
        );
      }
      line.forEach((value, j) => {
        if (!isStorable(value)) {
          throw new Error(`Cannot write ${String(value)} to ${where} at row ${row + i}, column ${col + j}.`);
        }
      });
    });
    values.forEach((line, i) => {
      const target = sheet.getRow(row + i);
      line.forEach((value, j) => {
        setCellValue(target.getCell(col + j), value);
      });
    });
  }

  private formatColumn(sheet: ExcelJS.Worksheet, headerRow: number, format: ColumnFormat): void {
    const column = sheet.getColumn(format.index);
    if (format.width !== undefined) column.width = pixelsToCharacters(format.width);
    if (format.numberFormat !== undefined) {
      // The column style reaches the rows typed later; the rows down to the header keep theirs.
      const above = Array.from({ length: headerRow }, (_, i) => sheet.getCell(i + 1, format.index).numFmt);
      column.numFmt = format.numberFormat;
      above.forEach((numFmt, i) => {
        sheet.getCell(i + 1, format.index).numFmt = numFmt;
      });
    }
    if (format.note !== undefined) sheet.getCell(headerRow, format.index).note = format.note;
    if (format.background !== undefined || format.wrap) {
      // A column style reaches the rows typed later; the header keeps its own fill and alignment.
      const header = sheet.getCell(headerRow, format.index);
      const keep = { fill: header.fill, alignment: header.alignment };
      if (format.background !== undefined) column.fill = solidFill(format.background);
      if (format.wrap) column.alignment = { ...column.alignment, wrapText: true, vertical: 'top' };
      header.fill = keep.fill;
      header.alignment = keep.alignment;
    }
    if (format.list !== undefined) this.setList(sheet, headerRow, format);
  }

  private setList(sheet: ExcelJS.Worksheet, headerRow: number, format: ColumnFormat): void {
    const letter = columnLetter(format.index);
    const range = `${letter}${headerRow + 1}:${letter}${EXCEL_MAX_ROWS}`;
    const validations = internals(sheet).dataValidations;
    delete validations.model[range];
    const list = format.list ?? [];
    if (list.length === 0) return;
    const inline = `"${list.join(',')}"`;
    const fitsInline = inline.length - 2 <= INLINE_LIST_LIMIT && !list.some((item) => /[,"]/.test(item));
    validations.add(range, {
      type: 'list',
      allowBlank: true,
      formulae: [fitsInline ? inline : this.storeList(`${sheet.name}!${letter}`, list)],
      showErrorMessage: format.strict ?? false,
      errorStyle: 'stop',
    });
  }

  /** Writes a list into its own column of the hidden lists sheet and returns a reference to it. */
  private storeList(key: string, list: string[]): string {
    const lists =
      this.book.getWorksheet(LISTS_SHEET) ?? this.book.addWorksheet(LISTS_SHEET, { state: 'hidden' });
    const keys = lists.getRow(1);
    let col = 1;
    while (keys.getCell(col).value !== null && keys.getCell(col).value !== key) col++;
    const old = lists.rowCount;
    const cells = [key, ...list];
    for (let r = 1; r <= Math.max(old, cells.length); r++) lists.getCell(r, col).value = cells[r - 1] ?? null;
    const letter = columnLetter(col);
    return `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${list.length + 1}`;
  }
}
