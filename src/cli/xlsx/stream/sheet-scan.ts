import type { Cell } from '../../../ports';
import type { SharedStrings } from './shared-strings';
import { CharRefError, columnIndex, columnLetters, stringItemText, unescapeXml } from './xml-text';
import type { ZipArchive } from './zip';

/** What reading a sheet needs beside its XML. */
export interface ScanContext {
  strings: SharedStrings;
  dateStyles: Set<number>;
  date1904: boolean;
}

/** A sheet's values as getValues would return them, and the cells that are a person's work. */
export interface ScannedSheet {
  /** Rows from row 1 to the last row holding a value, each as wide as the widest; '' for empty cells. */
  grid: Cell[][];
  /** Cells holding a formula, hyperlink, rich text, error or merge (key: cellKey(row, col)). */
  kept: Set<number>;
  /** Number of rows and columns of the sheet's used range (values or styled cells), for cell counts. */
  extent: { rows: number; cols: number };
  /** The XML after </sheetData> (merges, validations, hyperlinks…); '' when the scan stopped early. */
  tail: string;
}

/** Excel's columns run 1–16,384, so keys of one row leave room for a column 0 (a row's lowest key) too. */
const ROW_SPAN = 16_385;
/** Excel's last row and column (XFD): an address beyond them is no sheet Excel wrote. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;
/**
 * The most cells a scan builds (the 10-million-cell limit of Sheets): rows keep only the cells up to
 * their own last value, so a stray value in column XFD costs one wide row, not every row that wide.
 */
export const MAX_CELLS_BUILT = 10_000_000;

/** A cell or row address no Excel sheet has (row 0, row 99999999999, column XFE, a malformed ref). */
export class CellAddressError extends Error {
  override name = 'CellAddressError';
  constructor(readonly address: string) {
    super(`cell address out of Excel's range: ${address}`);
  }
}

/** A sheet whose rows, each kept to its own last value, still hold more cells than MAX_CELLS_BUILT. */
export class SheetTooLargeError extends Error {
  override name = 'SheetTooLargeError';
  constructor(readonly cells: number) {
    super(`sheet too large: ${cells} cells`);
  }
}

/** The row of an r attribute, which must be a whole number within Excel's rows. */
function rowOf(r: string): number {
  const row = /^[1-9]\d{0,6}$/.test(r) ? Number(r) : 0;
  if (row < 1 || row > EXCEL_MAX_ROWS) throw new CellAddressError(r);
  return row;
}

/** The column of a cell reference (A1 style, letters then its row), within Excel's columns. */
function columnOf(ref: string): number {
  const letters = /^([A-Z]{1,3})[1-9]\d{0,6}$/.exec(ref)?.[1];
  const col = letters === undefined ? 0 : columnIndex(letters);
  if (col < 1 || col > EXCEL_MAX_COLS) throw new CellAddressError(ref);
  return col;
}

/** One number keys a cell: a row's keys are consecutive, and every key of a row is below the next row's. */
export const cellKey = (row: number, col: number): number => row * ROW_SPAN + col;

/** The row and column a cellKey was made from. */
export const cellOfKey = (key: number): { row: number; col: number } => ({
  row: Math.floor(key / ROW_SPAN),
  col: key % ROW_SPAN,
});

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const R_ATTR = /(?:^|\s)r="([^"]*)"/;
const S_ATTR = /(?:^|\s)s="(\d+)"/;
const T_ATTR = /(?:^|\s)t="(\w+)"/;
const V_ELEMENT = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/;
const F_ELEMENT = /<(?:\w+:)?f[\s>/]/;
const IS_ELEMENT = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/;
const RUN = /<(?:\w+:)?r>/;

/** exceljs's excelToDate, so both readers give the same instant. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** cellValue, a character reference to no character named by the cell's address. */
function cellAt(attrs: string, body: string, context: ScanContext, row: number, col: number) {
  try {
    return cellValue(attrs, body, context);
  } catch (error) {
    if (error instanceof CharRefError) error.cell = `${columnLetters(col)}${row}`;
    throw error;
  }
}

/** Value of one <c> element and whether a person's work (formula, rich text, error) is in it. */
function cellValue(attrs: string, body: string, context: ScanContext): { value: Cell; kept: boolean } {
  const type = T_ATTR.exec(attrs)?.[1] ?? 'n';
  const formula = F_ELEMENT.test(body);
  if (type === 'inlineStr') {
    const inline = IS_ELEMENT.exec(body)?.[1] ?? '';
    return { value: stringItemText(inline), kept: formula || RUN.test(inline) };
  }
  const v = V_ELEMENT.exec(body)?.[1];
  if (v === undefined) return { value: '', kept: formula };
  switch (type) {
    case 's': {
      const index = Number(v);
      return {
        value: context.strings.texts[index] ?? '',
        kept: formula || context.strings.rich[index] === 1,
      };
    }
    case 'str':
      return { value: unescapeXml(v), kept: formula };
    case 'b':
      return { value: v === '1' || v === 'true', kept: formula };
    case 'e':
      return { value: unescapeXml(v), kept: true };
    case 'd': {
      const date = new Date(v);
      return { value: Number.isNaN(date.getTime()) ? '' : date, kept: formula };
    }
    default: {
      const number = Number.parseFloat(v);
      const style = Number(S_ATTR.exec(attrs)?.[1] ?? 0);
      const value =
        style !== 0 && context.dateStyles.has(style) ? excelDate(number, context.date1904) : number;
      return { value, kept: formula };
    }
  }
}

/** Every cell of an A1 range ('B2:C3' or 'B2'); a range of more cells than a scan builds is refused. */
function* cellsOf(range: string): Generator<{ row: number; col: number }> {
  const [first, last = first] = range.split(':') as [string, string?];
  const corner = (ref: string) => {
    const plain = ref.replaceAll('$', '');
    return { row: rowOf(plain.replace(/^[A-Z]+/, '')), col: columnOf(plain) };
  };
  const a = corner(first);
  const b = corner(last!);
  const area = Math.max(0, b.row - a.row + 1) * Math.max(0, b.col - a.col + 1);
  if (area > MAX_CELLS_BUILT) throw new SheetTooLargeError(area);
  for (let row = a.row; row <= b.row; row++) for (let col = a.col; col <= b.col; col++) yield { row, col };
}

const CLOSE_SHEET_DATA = /<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\/>/;

/**
 * Reads a worksheet's cells in one pass over its XML, inflated chunk by chunk: a sheet of millions
 * of cells never becomes one string, and no cell becomes an object. With `firstRowOnly` it stops
 * after row 1 (a look at the header).
 */
export function scanSheet(
  zip: ZipArchive,
  path: string,
  context: ScanContext,
  options: { firstRowOnly?: boolean } = {},
): ScannedSheet {
  const rows: Cell[][] = [];
  const kept = new Set<number>();
  let lastRow = 0;
  let extentRows = 0;
  let extentCols = 0;
  let pending = '';
  let inData = false;
  let tail = '';
  let done = false;
  let rowNumber = 0;

  const takeRows = (text: string) => {
    ROW.lastIndex = 0;
    for (let m = ROW.exec(text); m !== null; m = ROW.exec(text)) {
      const r = R_ATTR.exec(m[1]!)?.[1];
      rowNumber = r === undefined ? rowNumber + 1 : rowOf(r);
      if (rowNumber > EXCEL_MAX_ROWS) throw new CellAddressError(String(rowNumber));
      extentRows = Math.max(extentRows, rowNumber);
      const body = m[2];
      if (body === undefined) continue;
      let col = 0;
      let line: Cell[] | undefined;
      CELL.lastIndex = 0;
      for (let c = CELL.exec(body); c !== null; c = CELL.exec(body)) {
        const attrs = c[1]!;
        const ref = R_ATTR.exec(attrs)?.[1];
        col = ref === undefined ? col + 1 : columnOf(ref);
        if (col > EXCEL_MAX_COLS) throw new CellAddressError(`${rowNumber}:${col}`);
        extentCols = Math.max(extentCols, col);
        const { value, kept: isKept } = cellAt(attrs, c[2] ?? '', context, rowNumber, col);
        if (isKept) kept.add(cellKey(rowNumber, col));
        if (value === '') continue;
        if (line === undefined) {
          line = [];
          rows[rowNumber - 1] = line;
        }
        line[col - 1] = value;
        lastRow = rowNumber;
      }
      if (options.firstRowOnly) {
        done = true;
        return;
      }
    }
  };

  let closeRow = '</row>';
  for (const chunk of zip.chunks(path)) {
    if (done) {
      tail += chunk;
      continue;
    }
    pending += chunk;
    if (!inData) {
      const open = /<(\w+:)?sheetData\b[^>]*?(\/?)>/.exec(pending);
      if (!open) continue;
      inData = true;
      closeRow = `</${open[1] ?? ''}row>`;
      pending = pending.slice(open.index + (open[2] === '/' ? 0 : open[0].length));
    }
    const close = pending.includes('sheetData') ? CLOSE_SHEET_DATA.exec(pending) : null;
    if (close) {
      takeRows(pending.slice(0, close.index));
      if (done) break;
      tail = pending.slice(close.index + close[0].length);
      pending = '';
      done = true;
      continue;
    }
    const end = pending.lastIndexOf(closeRow);
    if (end < 0) continue;
    takeRows(pending.slice(0, end + closeRow.length));
    if (done) break;
    pending = pending.slice(end + closeRow.length);
  }

  for (const match of tail.matchAll(/<(?:\w+:)?hyperlink\b([^>]*?)\/?>/g)) {
    const ref = /(?:^|\s)ref="([^"]*)"/.exec(match[1]!)?.[1];
    if (ref) for (const { row, col } of cellsOf(ref)) kept.add(cellKey(row, col));
  }
  for (const match of tail.matchAll(/<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g)) {
    const ref = /(?:^|\s)ref="([^"]*)"/.exec(match[1]!)?.[1];
    if (!ref) continue;
    const master = cellsOf(ref.split(':')[0]!).next().value!;
    // Sheets reports only the top-left cell of a merge; the others read as empty.
    for (const { row, col } of cellsOf(ref)) {
      kept.add(cellKey(row, col));
      if (row === master.row && col === master.col) continue;
      const line = rows[row - 1];
      if (line !== undefined && col <= line.length) line[col - 1] = '';
    }
  }

  // The grid ends at the last value; each row at its own last value (merges may have emptied some),
  // its gaps filled with '' — never every row as wide as the widest (SheetState.values squares it
  // only where that is cheap).
  const grid: Cell[][] = [];
  let built = 0;
  for (let r = 0; r < lastRow; r++) {
    const line = rows[r];
    let width = line?.length ?? 0;
    while (width > 0 && (line![width - 1] === undefined || line![width - 1] === '')) width--;
    built += width;
    if (built > MAX_CELLS_BUILT) throw new SheetTooLargeError(built);
    const out = new Array<Cell>(width);
    for (let c = 0; c < width; c++) out[c] = line![c] ?? '';
    grid.push(out);
  }
  while (grid.length > 0 && grid[grid.length - 1]!.length === 0) grid.pop();
  return { grid, kept, extent: { rows: extentRows, cols: extentCols }, tail };
}
