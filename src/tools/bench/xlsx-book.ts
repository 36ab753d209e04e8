/**
 * Generates the bench workbook for the CLI-on-.xlsx section: `spiral init`'s book (every sheet,
 * whole-column dropdowns) with the Inquiries and Reviews logs filled the way Excel stores them —
 * shared strings, dates as serial days with a date format — written straight into the sheet XML,
 * so a book of 300,000 rows is made in seconds without the code being measured.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { inquirySheet, reviewSheet } from '../../../test/fixtures/summary/workbook';
import { type BookParts, readBookParts } from '../../cli/xlsx/stream/book-parts';
import { excelSerial } from '../../cli/xlsx/stream/cell-xml';
import { StyleBook } from '../../cli/xlsx/stream/style-book';
import { columnLetters, escapeCellText } from '../../cli/xlsx/stream/xml-text';
import { writeZip, ZipArchive, type ZipOut } from '../../cli/xlsx/stream/zip';
import { sheetName } from '../../core/sheets';
import type { Cell } from '../../ports';
import { benchInquiries, benchReviews } from './summary';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

class SharedStringsOut {
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly existing: number) {}
  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.existing + this.added.length;
      this.added.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

/** Data rows (from row 2) as sheet XML, in pieces. */
function rowsXml(grid: Cell[][], strings: SharedStringsOut, dateStyle: number): Buffer[] {
  const pieces: Buffer[] = [];
  let xml = '';
  grid.forEach((line, i) => {
    const r = i + 2;
    let cells = '';
    line.forEach((value, j) => {
      if (value === '' || value === null) return;
      const ref = `${columnLetters(j + 1)}${r}`;
      if (typeof value === 'string' && DAY.test(value))
        cells += `<c r="${ref}" s="${dateStyle}"><v>${excelSerial(new Date(`${value}T00:00:00Z`), false)}</v></c>`;
      else if (typeof value === 'number') cells += `<c r="${ref}"><v>${value}</v></c>`;
      else cells += `<c r="${ref}" t="s"><v>${strings.of(String(value))}</v></c>`;
    });
    xml += `<row r="${r}">${cells}</row>`;
    if (xml.length > 1 << 20) {
      pieces.push(Buffer.from(xml, 'utf8'));
      xml = '';
    }
  });
  pieces.push(Buffer.from(xml, 'utf8'));
  return pieces;
}

/** The sheet with its header row kept and the generated rows after it; validations and widths stay. */
function filledSheet(zip: ZipArchive, path: string, rows: Buffer[]): Buffer {
  const xml = zip.text(path);
  const header = /<row\b[^>]*\br="1"[^>]*>[\s\S]*?<\/row>/.exec(xml)?.[0] ?? '';
  const open = /<sheetData\b[^>]*?(\/?)>/.exec(xml)!;
  const close =
    open[1] === '/' ? open.index + open[0].length : xml.indexOf('</sheetData>') + '</sheetData>'.length;
  const head = xml.slice(0, open.index).replace(/<dimension\b[^>]*\/>/, '');
  return Buffer.concat([
    Buffer.from(`${head}<sheetData>${header}`, 'utf8'),
    ...rows,
    Buffer.from(`</sheetData>${xml.slice(close)}`, 'utf8'),
  ]);
}

/** Fills `book` (made by `spiral init`) with `inquiries` inquiries and half as many reviews, in place. */
export async function fillBenchBook(book: string, inquiries: number): Promise<void> {
  const zip = ZipArchive.read(readFileSync(book));
  const parts: BookParts = readBookParts(zip);
  const sstPath = parts.sharedStringsPath!;
  const sst = zip.text(sstPath);
  const existing = (sst.match(/<si>/g) ?? []).length + (sst.match(/<si\/>/g) ?? []).length;
  const strings = new SharedStringsOut(existing);
  const styles = new StyleBook(zip.text(parts.stylesPath!));
  const dateStyle = styles.withFormat(0, 'yyyy-mm-dd');
  const pathOf = (name: string) => parts.sheets.find((s) => s.name === name)!.path;
  const replaced = new Map<string, Buffer>([
    [
      pathOf(sheetName('inquiries', 'zh')),
      filledSheet(
        zip,
        pathOf(sheetName('inquiries', 'zh')),
        rowsXml(inquirySheet(benchInquiries(inquiries), 'zh').slice(1), strings, dateStyle),
      ),
    ],
    [
      pathOf(sheetName('reviews', 'zh')),
      filledSheet(
        zip,
        pathOf(sheetName('reviews', 'zh')),
        rowsXml(reviewSheet(benchReviews(inquiries / 2), 'zh').slice(1), strings, dateStyle),
      ),
    ],
    [parts.stylesPath!, Buffer.from(styles.toXml(), 'utf8')],
  ]);
  const items = strings.added
    .map((t) => `<si><t xml:space="preserve">${escapeCellText(t)}</t></si>`)
    .join('');
  const total = existing + strings.added.length;
  const newSst = sst
    .replace(/<sst\b[^>]*>/, (open) =>
      open
        .replace(/\s(count|uniqueCount)="\d+"/g, '')
        .replace(/>$/, ` count="${total}" uniqueCount="${total}">`),
    )
    .replace('</sst>', `${items}</sst>`);
  replaced.set(sstPath, Buffer.from(newSst, 'utf8'));
  const entries: ZipOut[] = [...zip.entries.values()].map((entry) => {
    const content = replaced.get(entry.name);
    return content ? { name: entry.name, content } : { name: entry.name, copy: entry };
  });
  writeFileSync(book, await writeZip(zip, entries));
}
