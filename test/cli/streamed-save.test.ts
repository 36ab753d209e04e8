/**
 * Issue 13 item 1: the CLI streams a workbook and saves only what changed. A month's summary tab
 * written by the streamed path equals, cell by cell, the tab the whole-book exceljs path writes
 * from the same file; a sheet the command did not write keeps its XML byte for byte.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { logged } from '../../src/cli/xlsx/book';
import { type BookParts, readBookParts } from '../../src/cli/xlsx/stream/book-parts';
import { writeZip, ZipArchive } from '../../src/cli/xlsx/stream/zip';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { monthScorecard } from '../../src/core/jobs/month-scorecard';
import { sheetName } from '../../src/core/sheets/template';
import { loadSummaryData, writeSummary } from '../../src/core/summary/generate-summary';
import { parsePeriod } from '../../src/core/time/periods';
import { benchInquiries, benchReviews } from '../../src/tools/bench/summary';
import { tempDir } from '../fakes/temp-dir';
import { summarySheets } from '../fixtures/summary/workbook';

const MONTH = '2026-11';
const TAB = `月报 ${MONTH}`;
const REVIEWS = sheetName('reviews', 'zh');

let original: string;
let dir: string;

const partOf = (path: string, sheet: string): { zip: ZipArchive; parts: BookParts; path: string } => {
  const zip = ZipArchive.read(readFileSync(path));
  const parts = readBookParts(zip);
  return { zip, parts, path: parts.sheets.find((s) => s.name === sheet)!.path };
};

/** The book as another program might have saved it: the Reviews rows without exceljs's row attributes. */
async function resaveReviewsElsewhere(path: string): Promise<void> {
  const { zip, path: part } = partOf(path, REVIEWS);
  const xml = zip
    .text(part)
    .replace(/ x14ac:dyDescent="[^"]*"/g, '')
    .replace(/ spans="[^"]*"/g, '');
  const entries = [...zip.entries.values()].map((entry) =>
    entry.name === part
      ? { name: entry.name, content: Buffer.from(xml, 'utf8') }
      : { name: entry.name, copy: entry },
  );
  writeFileSync(path, await writeZip(zip, entries));
}

beforeAll(async () => {
  dir = tempDir('spiral-streamed');
  original = join(dir, 'shop.xlsx');
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  expect(await main(['init', original])).toBe(0);
  const wb = await XlsxWorkbook.open(original);
  for (const [name, grid] of Object.entries(summarySheets(benchInquiries(3000), benchReviews(1500), 'zh')))
    wb.write(name, 2, 1, grid.slice(1));
  await wb.save(original);
  await resaveReviewsElsewhere(original);
  vi.restoreAllMocks();
}, 60_000);

/** The summary command as it ran before streaming: the whole book loaded and saved by exceljs. */
async function wholeBookSummary(path: string): Promise<void> {
  const wb = await XlsxWorkbook.open(path);
  const held = { tryAcquire: () => true, release: () => {} };
  await logged(wb, held, async (context) => {
    const data = loadSummaryData(wb, context.settings);
    const scorecard = await monthScorecard(wb, parsePeriod(MONTH), data);
    return writeSummary(wb, parsePeriod(MONTH), data, scorecard);
  });
  await wb.save(path);
}

/** What a person sees in a cell: value, number format, font, fill and alignment. */
function looks(cell: ExcelJS.Cell) {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return {
    value: cell.value instanceof Date ? cell.value.toISOString() : cell.value,
    numFmt: cell.numFmt ?? '',
    bold: cell.font?.bold ?? false,
    italic: cell.font?.italic ?? false,
    size: cell.font?.size ?? 11,
    color: cell.font?.color?.argb ?? '',
    fill: fill?.pattern === 'solid' ? (fill.fgColor?.argb ?? '') : '',
    wrap: cell.alignment?.wrapText ?? false,
    align: cell.alignment?.horizontal ?? '',
  };
}

async function tabOf(path: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(TAB)!;
  const cells = new Map<string, ReturnType<typeof looks>>();
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells.set(cell.address, looks(cell));
    });
  });
  const widths = Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1).width ?? null);
  const pictures = sheet
    .getImages()
    .map((image) => `${image.range.tl.nativeCol},${image.range.tl.nativeRow}`)
    .sort();
  return {
    cells,
    widths,
    frozen: (sheet.views[0] as { ySplit?: number } | undefined)?.ySplit ?? 0,
    pictures,
    position: book.worksheets.indexOf(sheet),
  };
}

describe('spiral summary on a streamed workbook', () => {
  it('writes the month tab equal, cell by cell, to the tab the whole-book path writes', async () => {
    const old = join(dir, 'old.xlsx');
    const streamed = join(dir, 'streamed.xlsx');
    copyFileSync(original, old);
    copyFileSync(original, streamed);
    await wholeBookSummary(old);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main(['summary', streamed, '--month', MONTH])).toBe(0);
    vi.restoreAllMocks();

    const before = await tabOf(old);
    const after = await tabOf(streamed);
    expect(before.cells.size).toBeGreaterThan(100);
    expect([...after.cells.keys()].sort()).toEqual([...before.cells.keys()].sort());
    for (const [address, cell] of before.cells) expect(after.cells.get(address), address).toEqual(cell);
    expect(after.widths).toEqual(before.widths);
    expect(after.frozen).toBe(before.frozen);
    expect(after.pictures.length).toBeGreaterThan(0);
    expect(after.pictures).toEqual(before.pictures);
    expect(after.position).toBe(before.position);
  }, 60_000);

  it('copies a sheet the command did not write byte for byte (the whole-book path rewrote it)', async () => {
    const streamed = join(dir, 'bytes.xlsx');
    const old = join(dir, 'bytes-old.xlsx');
    copyFileSync(original, streamed);
    copyFileSync(original, old);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main(['summary', streamed, '--month', MONTH])).toBe(0);
    vi.restoreAllMocks();
    await wholeBookSummary(old);

    const source = partOf(original, REVIEWS);
    const saved = partOf(streamed, REVIEWS);
    expect(saved.zip.bytes(saved.path).equals(source.zip.bytes(source.path))).toBe(true);
    // Copied compressed, not inflated and deflated again.
    const raw = (p: typeof source) => p.zip.raw(p.zip.entries.get(p.path)!);
    expect(raw(saved).equals(raw(source))).toBe(true);
    // The tab written again finds the formats its first writing added: styles.xml stays as it was.
    const styles = (path: string) => partOf(path, REVIEWS).zip.bytes(partOf(path, REVIEWS).parts.stylesPath!);
    const once = styles(streamed);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main(['summary', streamed, '--month', MONTH])).toBe(0);
    vi.restoreAllMocks();
    expect(styles(streamed).equals(once)).toBe(true);
    const rewritten = partOf(old, REVIEWS);
    expect(rewritten.zip.bytes(rewritten.path).equals(source.zip.bytes(source.path))).toBe(false);
  }, 60_000);
});
