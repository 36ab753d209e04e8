import type { Cell } from '../../../ports';
import { cellXml } from './cell-xml';
import type { SheetState } from './sheet-state';
import type { StyleBook } from './style-book';
import { attr, columnIndex, columnLetters } from './xml-text';
import type { ZipArchive } from './zip';

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
const R_ATTR = /(?:^|\s)r="([^"]*)"/;
const S_ATTR = /(?:^|\s)s="(\d+)"/;

interface Context {
  styles: StyleBook;
  date1904: boolean;
  /** Column → the style a new cell in it takes (the column's own style, as exceljs gives it). */
  columnStyles: Map<number, number>;
}

function columnStylesOf(head: string): Map<number, number> {
  const styles = new Map<number, number>();
  for (const m of head.matchAll(/<(?:\w+:)?col\b([^>]*?)\/?>/g)) {
    const style = Number(attr(m[1]!, 'style') ?? 0);
    if (!style) continue;
    const min = Number(attr(m[1]!, 'min'));
    const max = Math.min(Number(attr(m[1]!, 'max')), 16_384);
    // A style over the whole sheet (A:XFD) is the sheet's default; a column count that large is not stored.
    if (max - min > 1000) continue;
    for (let c = min; c <= max; c++) styles.set(c, style);
  }
  return styles;
}

/** A row of cells rebuilt: its kept cells as they were, the edited ones written anew. */
function patchRow(
  row: number,
  attrs: string,
  body: string,
  edits: Map<number, Cell>,
  context: Context,
): { xml: string; lastCol: number } {
  const cells = new Map<number, string>();
  let col = 0;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(body); m !== null; m = CELL.exec(body)) {
    const ref = R_ATTR.exec(m[1]!)?.[1];
    col = ref === undefined ? col + 1 : columnIndex(ref.replace(/\d+$/, ''));
    cells.set(col, m[0]);
  }
  const rowStyle = /(?:^|\s)customFormat="(1|true)"/.test(attrs) ? Number(S_ATTR.exec(attrs)?.[1] ?? 0) : 0;
  for (const [c, value] of edits) {
    const existing = cells.get(c);
    const style =
      existing !== undefined
        ? Number(S_ATTR.exec(existing.slice(0, existing.indexOf('>')))?.[1] ?? 0)
        : rowStyle || (context.columnStyles.get(c) ?? 0);
    const xml = cellXml(row, c, value, style, context.styles, context.date1904);
    if (xml === '') cells.delete(c);
    else cells.set(c, xml);
  }
  const order = [...cells.keys()].sort((a, b) => a - b);
  // spans is only a hint for readers and may no longer hold; the rest of the row's attributes stay.
  const rowAttrs = attrs.replace(/\sspans="[^"]*"/, '');
  const xml = `<row${rowAttrs}>${order.map((c) => cells.get(c)).join('')}</row>`;
  return { xml, lastCol: order[order.length - 1] ?? 0 };
}

/** The sheet's extent after the edits, for its <dimension> (a hint to readers, written first). */
function dimensionOf(
  sheet: SheetState,
  edits: Map<number, Map<number, Cell>>,
  editRows: readonly number[],
): string {
  let cols = sheet.extent.cols;
  for (const line of edits.values()) for (const col of line.keys()) cols = Math.max(cols, col);
  const kept =
    sheet.clearedFrom === null ? sheet.extent.rows : Math.min(sheet.extent.rows, sheet.clearedFrom - 1);
  const rows = Math.max(kept, editRows[editRows.length - 1] ?? 0);
  return rows > 0 ? `A1:${columnLetters(Math.max(cols, 1))}${rows}` : 'A1';
}

/**
 * The sheet's XML with Spiral's cell edits applied, inflated, patched and handed on piece by piece
 * (never whole in memory): rows without edits are copied as they are, edited rows keep every cell
 * Spiral did not write, rows below a clearRows are dropped, and everything outside the cells
 * (widths, validations, merges, links, drawings) is kept.
 */
export async function* patchSheet(
  zip: ZipArchive,
  path: string,
  sheet: SheetState,
  styles: StyleBook,
  date1904: boolean,
): AsyncGenerator<Buffer> {
  const edits = sheet.editsByRow();
  const editRows = [...edits.keys()].sort((a, b) => a - b);
  let nextEdit = 0;
  let context: Context | null = null;
  let pending = '';
  let inData = false;
  let done = false;
  let rowNumber = 0;
  let closeRow = '</row>';
  const cleared = sheet.clearedFrom ?? Number.POSITIVE_INFINITY;

  const newRowsBefore = (row: number) => {
    let xml = '';
    while (nextEdit < editRows.length && editRows[nextEdit]! < row) {
      const at = editRows[nextEdit++]!;
      const patched = patchRow(at, ` r="${at}"`, '', edits.get(at)!, context!);
      if (patched.lastCol > 0) xml += patched.xml;
    }
    return xml;
  };
  const takeRows = (text: string): Buffer => {
    let xml = '';
    ROW.lastIndex = 0;
    for (let m = ROW.exec(text); m !== null; m = ROW.exec(text)) {
      const r = R_ATTR.exec(m[1]!)?.[1];
      rowNumber = r === undefined ? rowNumber + 1 : Number(r);
      xml += newRowsBefore(rowNumber);
      if (rowNumber >= cleared) continue;
      const rowEdits = edits.get(rowNumber);
      if (rowEdits === undefined) {
        xml += m[0];
        continue;
      }
      nextEdit++;
      xml += patchRow(rowNumber, m[1]!, m[2] ?? '', rowEdits, context!).xml;
    }
    return Buffer.from(xml, 'utf8');
  };

  for await (const chunk of zip.streamText(path)) {
    if (done) {
      yield Buffer.from(chunk, 'utf8');
      continue;
    }
    pending += chunk;
    if (!inData) {
      const open = /<(\w+:)?sheetData\b[^>]*?(\/?)>/.exec(pending);
      if (!open) continue;
      inData = true;
      closeRow = `</${open[1] ?? ''}row>`;
      const selfClosing = open[2] === '/';
      const head = pending.slice(0, open.index) + (selfClosing ? `<${open[1] ?? ''}sheetData>` : open[0]);
      context = { styles, date1904, columnStyles: columnStylesOf(head) };
      const ref = dimensionOf(sheet, edits, editRows);
      yield Buffer.from(head.replace(/(<(?:\w+:)?dimension\b[^>]*?\sref=")[^"]*"/, `$1${ref}"`), 'utf8');
      pending = pending.slice(open.index + open[0].length);
      if (selfClosing) pending = `</${open[1] ?? ''}sheetData>${pending}`;
    }
    // A plain search first: the regular expression over megabytes of rows is the slow path.
    const close = pending.includes('sheetData') ? /<\/(?:\w+:)?sheetData>/.exec(pending) : null;
    if (close) {
      yield takeRows(pending.slice(0, close.index));
      yield Buffer.from(newRowsBefore(Number.POSITIVE_INFINITY) + pending.slice(close.index), 'utf8');
      pending = '';
      done = true;
      continue;
    }
    const end = pending.lastIndexOf(closeRow);
    if (end < 0) continue;
    yield takeRows(pending.slice(0, end + closeRow.length));
    pending = pending.slice(end + closeRow.length);
  }
  if (!done) throw new Error(`${path}: no <sheetData> in the sheet`);
}
