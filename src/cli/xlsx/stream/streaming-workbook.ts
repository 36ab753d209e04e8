import { extname } from 'node:path';
import { inflateRawSync, constants as zlibConstants } from 'node:zlib';
import { say } from '../../../core/messages';
import { checkAppendWidth, columnRuns, planColumnUpdate } from '../../../core/sheets';
import { checkRowGroups } from '../../../core/tabs';
import {
  type Cell,
  type CellUpdate,
  type ColumnUpdate,
  LISTS_SHEET,
  type SheetFormat,
  type TabContent,
  type WorkbookPort,
} from '../../../ports';
import { cliLang } from '../../cli-lang';
import { type AtomicFs, nodeAtomicFs, writeFileAtomic } from '../../files/atomic-write';
import { UsageError } from '../../usage-error';
import { isStorable } from '../xlsx-cells';
import { notWorkbook, readXlsxFile } from '../xlsx-file';
import { XlsxWorkbook } from '../xlsx-workbook';
import { type BookParts, readBookParts } from './book-parts';
import { partialSave } from './partial-save';
import { readSharedStrings } from './shared-strings';
import {
  CellAddressError,
  EXCEL_MAX_COLS,
  EXCEL_MAX_ROWS,
  type ScanContext,
  type ScannedSheet,
  SheetTooLargeError,
  scanSheet,
} from './sheet-scan';
import { SheetState } from './sheet-state';
import { dateStyleIndexes } from './styles';
import { CharRefError, columnIndex } from './xml-text';
import { ZipArchive } from './zip';

const EXCEL_MAX_SHEET_NAME = 31;

/** A change to replay on the whole workbook when a save cannot be a partial one. */
type Replay = (book: XlsxWorkbook) => void;

const sheetFull = (sheet: string, row: number) =>
  new UsageError(say(cliLang(), 'cli.sheetFull', { sheet, max: EXCEL_MAX_ROWS, row }));

/**
 * WorkbookPort over an .xlsx file that reads only the sheets a command asks for, each in one pass
 * over its XML (no cell objects, no expanded validations), and keeps every change as cell edits.
 * Dates read as UTC, as exceljs reads them. Saving rewrites only the changed parts (partialSave);
 * after set-up formatting or a removed sheet it replays the changes on the whole workbook through
 * exceljs (XlsxWorkbook), as the CLI always did.
 */
export class StreamingXlsxWorkbook implements WorkbookPort {
  readonly timeZone = 'UTC';
  private readonly sheets: SheetState[];
  private readonly replays: Replay[] = [];
  private context: ScanContext | null = null;
  /** Set by changes a partial save does not write (set-up formatting, removing a sheet): the save replays on the whole book. */
  private whole = false;

  private constructor(
    private readonly data: Buffer,
    readonly zip: ZipArchive,
    readonly parts: BookParts,
  ) {
    this.sheets = parts.sheets.map((part) => new SheetState(part.name, part));
  }

  /** Opens an .xlsx file; the error names the file when it is missing or not an .xlsx workbook. */
  static async open(path: string): Promise<StreamingXlsxWorkbook> {
    const refuse = (reason: string) => notWorkbook(path, reason);
    const data = await readXlsxFile(path);
    let zip: ZipArchive;
    let parts: BookParts;
    try {
      zip = ZipArchive.read(data, path);
      parts = readBookParts(zip);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw refuse((error as Error).message);
    }
    // A .docx or .pptx is a zip too, without sheets.
    if (parts.sheets.length === 0) throw refuse(say(cliLang(), 'cli.noWorksheets'));
    return new StreamingXlsxWorkbook(data, zip, parts);
  }

  /** Saves atomically: a temporary file beside `path` is renamed over it; on failure `path` is untouched. */
  async save(path: string, fs: AtomicFs = nodeAtomicFs): Promise<void> {
    if (extname(path).toLowerCase() !== '.xlsx') throw new Error(`Not an .xlsx file name: ${path}`);
    if (this.sheetNames().length === 0) throw new Error(`Cannot save ${path}: the workbook has no sheets.`);
    if (this.whole || this.parts.stylesPath === null) {
      const book = await XlsxWorkbook.load(this.data);
      for (const replay of this.replays) replay(book);
      await book.save(path, fs);
      return;
    }
    await writeFileAtomic(path, new Uint8Array(await partialSave(this.zip, this.parts, this.sheets)), fs);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name).filter((name) => name !== LISTS_SHEET);
  }

  hasSheet(name: string): boolean {
    return this.sheetNames().includes(name);
  }

  addSheet(name: string): void {
    if (name === LISTS_SHEET) throw new Error(`"${LISTS_SHEET}" is reserved for Spiral's dropdown lists.`);
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet named "${name}" already exists.`);
    if (name.length > EXCEL_MAX_SHEET_NAME)
      throw new Error(`Sheet name "${name}" is longer than Excel's ${EXCEL_MAX_SHEET_NAME} characters.`);
    this.sheets.push(new SheetState(name, null));
    this.replays.push((book) => book.addSheet(name));
  }

  removeSheet(name: string): void {
    const sheet = this.sheet(name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.whole = true;
    this.replays.push((book) => book.removeSheet(name));
  }

  read(name: string): Cell[][] {
    return this.loaded(name).values();
  }

  readHeader(name: string): Cell[] {
    const sheet = this.sheet(name);
    let header: Cell[];
    if (sheet.loaded) header = [...(sheet.grid[0] ?? [])];
    else header = this.scan(sheet, { firstRowOnly: true }).grid[0] ?? [];
    let width = header.length;
    while (width > 0 && (header[width - 1] ?? '') === '') width--;
    return Array.from({ length: width }, (_, i) => header[i] ?? '');
  }

  write(name: string, row: number, col: number, values: Cell[][]): void {
    this.writeBlock(this.loaded(name), row, col, values);
    const copy = values.map((line) => [...line]);
    this.replays.push((book) => book.write(name, row, col, copy));
  }

  updateColumn(name: string, col: number, updates: readonly CellUpdate[]): ColumnUpdate {
    const sheet = this.loaded(name);
    const plan = planColumnUpdate(updates, (row) => ({
      value: sheet.value(row, col),
      plain: sheet.isPlain(row, col),
    }));
    for (const run of plan.runs)
      this.writeBlock(
        sheet,
        run.row,
        col,
        run.values.map((value) => [value]),
      );
    const copy = [...updates];
    this.replays.push((book) => book.updateColumn(name, col, copy));
    return { written: plan.written, kept: plan.kept };
  }

  appendRows(name: string, columns: readonly number[], rows: readonly Cell[][]): number {
    const sheet = this.loaded(name);
    checkAppendWidth(name, columns, rows);
    const last = sheet.lastRowIn(columns);
    if (last + rows.length > EXCEL_MAX_ROWS) throw sheetFull(name, last + rows.length);
    for (const run of columnRuns(columns)) {
      const block = rows.map((line) => run.indexes.map((index) => line[index]!));
      if (block.length > 0) this.writeBlock(sheet, last + 1, run.col, block);
    }
    const cols = [...columns];
    const copy = rows.map((line) => [...line]);
    this.replays.push((book) => book.appendRows(name, cols, copy));
    return last + 1;
  }

  clearRows(name: string, fromRow: number): void {
    if (!Number.isInteger(fromRow) || fromRow < 1)
      throw new Error(`Invalid row ${fromRow} on "${name}": rows are 1-based.`);
    this.loaded(name).clearFrom(fromRow);
    this.replays.push((book) => book.clearRows(name, fromRow));
  }

  format(name: string, format: SheetFormat): void {
    this.sheet(name);
    this.whole = true;
    this.replays.push((book) => book.format(name, format));
  }

  writeTab(name: string, content: TabContent): void {
    checkRowGroups(name, content);
    if (!this.hasSheet(name)) this.addSheet(name);
    this.loaded(name).replace(content);
    this.replays.push((book) => book.writeTab(name, content));
  }

  cellCount(): number {
    return this.sheets.reduce((sum, sheet) => {
      if (!sheet.loaded && sheet.extent.rows === 0) sheet.extent = this.dimension(sheet);
      return sum + sheet.cellCount();
    }, 0);
  }

  private scanContext(): ScanContext {
    if (this.context === null) {
      const styles = this.parts.stylesPath === null ? null : this.zip.text(this.parts.stylesPath);
      this.context = {
        strings: readSharedStrings(this.zip, this.parts.sharedStringsPath),
        dateStyles: dateStyleIndexes(styles),
        date1904: this.parts.date1904,
      };
    }
    return this.context;
  }

  /** A sheet's extent from its <dimension> element: only the first kilobytes are inflated. */
  private dimension(sheet: SheetState): { rows: number; cols: number } {
    const entry = this.zip.entries.get(sheet.part!.path)!;
    const raw = this.zip.raw(entry);
    const head =
      entry.method === 0
        ? raw.subarray(0, 4096)
        : inflateRawSync(raw.subarray(0, 4096), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    const ref = /<(?:\w+:)?dimension\b[^>]*?\sref="([^"]*)"/.exec(head.toString('utf8'))?.[1];
    const end = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/.exec(ref?.split(':').pop() ?? '');
    const rows = Number(end?.[2] ?? 0);
    const cols = columnIndex(end?.[1] ?? '');
    // No dimension, or one no Excel sheet has: the extent the cells themselves give.
    if (end === null || rows > EXCEL_MAX_ROWS || cols > EXCEL_MAX_COLS) return this.loaded(sheet.name).extent;
    return { rows, cols };
  }

  private sheet(name: string): SheetState {
    const sheet = name === LISTS_SHEET ? undefined : this.sheets.find((s) => s.name === name);
    if (!sheet)
      throw new Error(`Sheet "${name}" not found (sheets: ${this.sheetNames().join(', ') || 'none'}).`);
    return sheet;
  }

  private loaded(name: string): SheetState {
    const sheet = this.sheet(name);
    if (!sheet.loaded) sheet.load(this.scan(sheet));
    return sheet;
  }

  /** The sheet's cells; an address Excel never writes, or too many cells, is a sentence naming the sheet. */
  private scan(sheet: SheetState, options: { firstRowOnly?: boolean } = {}): ScannedSheet {
    try {
      return scanSheet(this.zip, sheet.part!.path, this.scanContext(), options);
    } catch (error) {
      if (error instanceof CellAddressError)
        throw new UsageError(
          say(cliLang(), 'cli.cellAddress', { sheet: sheet.name, address: error.address }),
        );
      if (error instanceof CharRefError)
        throw new UsageError(
          error.cell === null
            ? say(cliLang(), 'cli.charRefShared', { ref: error.ref })
            : say(cliLang(), 'cli.charRef', { sheet: sheet.name, cell: error.cell, ref: error.ref }),
        );
      if (error instanceof SheetTooLargeError)
        throw new UsageError(
          say(cliLang(), 'cli.sheetTooLarge', {
            sheet: sheet.name,
            cells: error.cells.toLocaleString('en-US'),
          }),
        );
      throw error;
    }
  }

  private writeBlock(sheet: SheetState, row: number, col: number, values: Cell[][]): void {
    const where = `"${sheet.name}"`;
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1)
      throw new Error(`Invalid start cell (${row}, ${col}) on ${where}: row and column are 1-based.`);
    if (values.length > 0 && row + values.length - 1 > EXCEL_MAX_ROWS)
      throw sheetFull(sheet.name, row + values.length - 1);
    const width = values[0]?.length ?? 0;
    values.forEach((line, i) => {
      if (line.length !== width)
        throw new Error(
          `Row ${i + 1} of the block for ${where} has ${line.length} cells, expected ${width}.`,
        );
      line.forEach((value, j) => {
        if (!isStorable(value))
          throw new Error(`Cannot write ${String(value)} to ${where} at row ${row + i}, column ${col + j}.`);
      });
    });
    values.forEach((line, i) => {
      line.forEach((value, j) => {
        sheet.set(row + i, col + j, value instanceof Date ? new Date(value.getTime()) : value);
      });
    });
  }
}
