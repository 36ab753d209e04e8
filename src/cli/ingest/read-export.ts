/**
 * One reader for every import: a CSV or TSV in whatever encoding the platform or Excel saved it,
 * or an .xlsx export, becomes the same input table the core imports (and the sidebar builds in
 * the browser from TextDecoder's text and the same core parser).
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { InputRow, InputTable } from '../../core/ingest';
import { readExportText } from '../../core/ingest';
import type { Cell } from '../../ports';
import { PartTooLargeError, ZipArchive } from '../xlsx/stream/zip';
import { cellFromExcel } from '../xlsx/xlsx-cells';
import { decodeText, type TextEncoding, utf16ByNuls } from './decode-text';

export interface ExportFile {
  table: InputTable;
  /** 'xlsx', or the text encoding the file was read in. */
  format: 'xlsx' | TextEncoding;
}

/** Thrown when the file is missing or is not something Spiral reads; the message is a sentence key. */
export class ExportFileError extends Error {
  override name = 'ExportFileError';
  constructor(
    readonly reason: 'noFile' | 'unsupportedFile',
    detail = '',
  ) {
    super(detail || reason);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The old binary .xls (and other OLE files): not readable here; Excel saves it as .xlsx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readExport(path: string): Promise<ExportFile> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ExportFileError(code === 'ENOENT' ? 'noFile' : 'unsupportedFile', (error as Error).message);
  }
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(ZIP)) return { table: await readXlsx(bytes, path), format: 'xlsx' };
  if (starts(OLE)) throw new ExportFileError('unsupportedFile');
  // A NUL byte outside UTF-16 text means a binary file, not an export.
  if (!hasUtf16Mark(bytes) && bytes.includes(0) && utf16ByNuls(bytes) === null)
    throw new ExportFileError('unsupportedFile');
  const decoded = decodeText(bytes);
  return { table: readExportText(decoded.text), format: decoded.encoding };
}

function hasUtf16Mark(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** exceljs inflates every part into one string: a zip bomb is refused first, with a sentence (PartTooLargeError). */
function boundParts(bytes: Buffer, path: string): void {
  let zip: ZipArchive;
  try {
    zip = ZipArchive.read(bytes, path);
  } catch (error) {
    throw new ExportFileError('unsupportedFile', (error as Error).message);
  }
  // Each part is inflated under the bound and let go; an export is small, so this costs little.
  for (const name of zip.entries.keys()) {
    try {
      zip.bytes(name);
    } catch (error) {
      if (error instanceof PartTooLargeError) throw error;
      throw new ExportFileError('unsupportedFile', (error as Error).message);
    }
  }
}

/** The column of a row's last cell holding a value (0 when none). */
function lastValueColumn(row: ExcelJS.Row): number {
  let last = 0;
  row.eachCell((_, c) => {
    last = c;
  });
  return last;
}

/** The first sheet of an .xlsx export: its first row is the header. */
async function readXlsx(bytes: Buffer, path: string): Promise<InputTable> {
  boundParts(bytes, path);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
  } catch (error) {
    throw new ExportFileError('unsupportedFile', (error as Error).message);
  }
  const sheet = book.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) return { header: [], headerLine: 1, rows: [], unreadable: [] };
  // Only rows and cells holding a value are visited: a styled empty cell at row 1,048,576 or in
  // column XFD would otherwise make every row that long and that wide. The header reaches the last
  // column holding a value anywhere (blank headers over data are named by the importer); a row,
  // the header's last label or its own last value, whichever is further.
  const cellsOf = (row: ExcelJS.Row, width: number): Cell[] => {
    const cells = new Array<Cell>(width).fill('');
    row.eachCell((cell, c) => {
      cells[c - 1] = cellFromExcel(cell);
    });
    return cells;
  };
  const first = sheet.getRow(1);
  const labelled = lastValueColumn(first);
  let width = labelled;
  sheet.eachRow((row) => {
    width = Math.max(width, lastValueColumn(row));
  });
  const header = cellsOf(first, width).map((cell) =>
    cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell),
  );
  const rows: InputRow[] = [];
  sheet.eachRow((row, r) => {
    if (r > 1) rows.push({ line: r, cells: cellsOf(row, Math.max(labelled, lastValueColumn(row))) });
  });
  return { header, headerLine: 1, rows, unreadable: [] };
}
