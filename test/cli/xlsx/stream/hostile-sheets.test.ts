/**
 * Hostile workbooks are bounded: the work follows the cells present, never the largest address.
 * Small generated .xlsx files, patched where Excel itself would not write such a file; the tests
 * count the cells built and the rows read, never the time taken.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cliLang } from '../../../../src/cli/cli-lang';
import { readExport } from '../../../../src/cli/ingest/read-export';
import { UsageError } from '../../../../src/cli/usage-error';
import { StreamingXlsxWorkbook } from '../../../../src/cli/xlsx/stream/streaming-workbook';
import {
  MAX_PART_BYTES,
  PartTooLargeError,
  writeZip,
  ZipArchive,
  type ZipEntry,
} from '../../../../src/cli/xlsx/stream/zip';
import { say } from '../../../../src/core/messages/catalogue';
import { tempDir } from '../../../fakes/temp-dir';

const SHEET = '询单记录';
const cellsBuilt = (grid: readonly (readonly unknown[])[]) => grid.reduce((n, row) => n + row.length, 0);

/** A workbook of `rows` rows × three columns (header first), then `edit` on its first sheet. */
async function book(rows: number, edit: (sheet: ExcelJS.Worksheet) => void = () => {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(SHEET);
  sheet.addRow(['日期', '客服', '客户ID']);
  for (let r = 2; r <= rows; r++) sheet.addRow(['2026-11-16', '小美', `b${r}`]);
  edit(sheet);
  const path = join(tempDir('spiral-hostile-xlsx'), 'book.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

/** Rewrites the first sheet's XML of an .xlsx file (what Excel would never write). */
async function patchSheet(path: string, patch: (xml: string) => string): Promise<void> {
  const zip = ZipArchive.read(readFileSync(path));
  const part = 'xl/worksheets/sheet1.xml';
  const entries = [...zip.entries.values()].map((entry) =>
    entry.name === part
      ? { name: part, content: Buffer.from(patch(zip.text(part))) }
      : { name: entry.name, copy: entry },
  );
  writeFileSync(path, await writeZip(zip, entries));
}

describe('hostile workbooks: memory and time follow the cells present', () => {
  it('one value in column XFD of a long sheet builds one wide row, not every row that wide', async () => {
    const rows = 2_000;
    const path = await book(rows, (sheet) => {
      sheet.getCell(2, 16_384).value = 'x';
    });
    const wb = await StreamingXlsxWorkbook.open(path);
    const grid = wb.read(SHEET);
    expect(grid.length).toBe(rows);
    expect(grid[1]![16_383]).toBe('x');
    expect(grid[rows - 1]!.slice(0, 3)).toEqual(['2026-11-16', '小美', `b${rows}`]);
    // Squared, the sheet was 2,000 × 16,384 = 32.8 million cells.
    expect(cellsBuilt(grid)).toBeLessThanOrEqual(rows * 3 + 16_384);
  });

  it('squares a sheet as getValues does where that costs little', async () => {
    const path = await book(4, (sheet) => {
      sheet.getCell(2, 6).value = 'far';
    });
    const grid = (await StreamingXlsxWorkbook.open(path)).read(SHEET);
    expect(grid.map((row) => row.length)).toEqual([6, 6, 6, 6]);
    expect(grid[3]).toEqual(['2026-11-16', '小美', 'b4', '', '', '']);
  });

  it('a row number beyond Excel (r="99999999999") is a sentence naming the sheet and the address', async () => {
    const path = await book(5);
    await patchSheet(path, (xml) =>
      xml.replaceAll('r="3"', 'r="99999999999"').replaceAll(/([A-C])3"/g, '$199999999999"'),
    );
    const wb = await StreamingXlsxWorkbook.open(path);
    expect(() => wb.read(SHEET)).toThrow(UsageError);
    expect(() => wb.read(SHEET)).toThrow(
      say(cliLang(), 'cli.cellAddress', { sheet: SHEET, address: '99999999999' }),
    );
  });

  it('a column beyond XFD, a row 0 and a malformed reference are refused the same way', async () => {
    for (const [from, to] of [
      ['A2"', 'XFE2"'],
      ['r="2"', 'r="0"'],
      ['B2"', 'b2"'],
    ] as const) {
      const path = await book(3);
      await patchSheet(path, (xml) => xml.replace(from, to));
      const wb = await StreamingXlsxWorkbook.open(path);
      expect(() => wb.read(SHEET), to).toThrow(UsageError);
    }
  });

  it('a merge over the whole sheet is refused, not walked cell by cell', async () => {
    const path = await book(3);
    await patchSheet(path, (xml) =>
      xml.replace(
        '</sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
      ),
    );
    const wb = await StreamingXlsxWorkbook.open(path);
    expect(() => wb.read(SHEET)).toThrow(UsageError);
  });

  it('an export with one styled empty cell at row 1,048,576 and in XFD imports its one row', async () => {
    const path = await book(2, (sheet) => {
      sheet.getCell(1_048_576, 1).style = { font: { bold: true } };
      sheet.getCell(1, 16_384).style = { font: { bold: true } };
    });
    const { table } = await readExport(path);
    expect(table.header).toEqual(['日期', '客服', '客户ID']);
    expect(table.rows).toEqual([{ line: 2, cells: ['2026-11-16', '小美', 'b2'] }]);
  });

  it('a character reference to no character (&#x110000;) is a sentence naming the sheet and the cell', async () => {
    const path = await book(4);
    await patchSheet(path, (xml) =>
      xml.replace(/<c r="B3"[^>]*>[\s\S]*?<\/c>/, '<c r="B3" t="inlineStr"><is><t>a&#x110000;b</t></is></c>'),
    );
    const wb = await StreamingXlsxWorkbook.open(path);
    expect(() => wb.read(SHEET)).toThrow(
      new UsageError(say(cliLang(), 'cli.charRef', { sheet: SHEET, cell: 'B3', ref: '&#x110000;' })),
    );
  });
});

/**
 * A deflate stream of `mib` MiB of spaces made of one flushed block repeated (a zip bomb): the
 * blocks are byte-aligned and independent, so repeating them costs nothing to build.
 */
function bombStream(mib: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1 << 20, 0x20), {
    finishFlush: constants.Z_FULL_FLUSH,
    level: 9,
  });
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...new Array<Buffer>(mib).fill(block), end]);
}

/** The workbook at `path` with its first sheet's bytes replaced by `raw`, declaring `size` inflated bytes. */
async function withBomb(path: string, raw: Buffer, size: number): Promise<void> {
  const zip = ZipArchive.read(readFileSync(path));
  const part = 'xl/worksheets/sheet1.xml';
  const bomb: ZipEntry = { ...zip.entries.get(part)!, size, compressedSize: raw.length };
  const source = { raw: (entry: ZipEntry) => (entry === bomb ? raw : zip.raw(entry)) } as ZipArchive;
  const entries = [...zip.entries.values()].map((entry) => ({
    name: entry.name,
    copy: entry.name === part ? bomb : entry,
  }));
  writeFileSync(path, await writeZip(source, entries));
}

describe('a zip bomb is bounded: a sentence, never a string too long for V8', () => {
  it('a sheet declaring a gigabyte is refused before it is inflated, as a book and as an export', async () => {
    const path = await book(3);
    await withBomb(path, bombStream(1024), 1 << 30);
    const sentence = say(cliLang(), 'cli.partTooLarge', {
      file: path,
      part: 'xl/worksheets/sheet1.xml',
      limit: MAX_PART_BYTES / (1024 * 1024),
    });
    const wb = await StreamingXlsxWorkbook.open(path);
    expect(() => wb.read(SHEET)).toThrow(sentence);
    await expect(readExport(path)).rejects.toThrow(sentence);
  });

  it('a part that lies about its size stops inflating at the bound', async () => {
    const path = await book(3);
    await withBomb(path, bombStream(16), 1000);
    const zip = ZipArchive.read(readFileSync(path), path, 4 << 20);
    expect(() => zip.bytes('xl/worksheets/sheet1.xml')).toThrow(PartTooLargeError);
    await expect(async () => {
      for await (const _ of zip.streamText('xl/worksheets/sheet1.xml'));
    }).rejects.toThrow(PartTooLargeError);
  });
});
