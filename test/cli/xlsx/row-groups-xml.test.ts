/**
 * How the .xlsx adapters write a tab's row groups for Excel and WPS: grouped rows at outline level 1
 * (hidden when folded), the summary row above each group (summaryBelow="0") flagged collapsed="1"
 * for a folded group so one click opens it, and outlineLevelRow so the outline bar is drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readBookParts } from '../../../src/cli/xlsx/stream/book-parts';
import { StreamingXlsxWorkbook } from '../../../src/cli/xlsx/stream/streaming-workbook';
import { ZipArchive } from '../../../src/cli/xlsx/stream/zip';
import { XlsxWorkbook } from '../../../src/cli/xlsx/xlsx-workbook';
import type { TabContent } from '../../../src/ports';
import { tempDir } from '../../fakes/temp-dir';

const TAB: TabContent = {
  values: [['title'], ['part A'], ['a1'], [''], ['part B'], ['b1'], ['b2']],
  styles: [],
  rowGroups: [
    { first: 3, last: 4, collapsed: true },
    { first: 6, last: 7, collapsed: false },
  ],
};

function sheetXml(path: string, name: string): string {
  const zip = ZipArchive.read(readFileSync(path));
  const sheet = readBookParts(zip).sheets.find((s) => s.name === name)!;
  return zip.text(sheet.path);
}

const rowTag = (xml: string, r: number) =>
  new RegExp(`<row r="${r}"[^>]*>|<row r="${r}"[^>]*/>`).exec(xml)?.[0] ?? '';

function expectOutline(xml: string): void {
  expect(xml).toMatch(/<outlinePr summaryBelow="0"/);
  expect(xml).toMatch(/<sheetFormatPr[^>]*outlineLevelRow="1"/);
  expect(rowTag(xml, 2)).toMatch(/collapsed="1"/);
  for (const r of [3, 4]) expect(rowTag(xml, r)).toMatch(/(?=.*outlineLevel="1")(?=.*hidden="1")/);
  expect(rowTag(xml, 5)).not.toMatch(/collapsed="1"/);
  for (const r of [6, 7]) {
    expect(rowTag(xml, r)).toMatch(/outlineLevel="1"/);
    expect(rowTag(xml, r)).not.toMatch(/hidden="1"|collapsed="1"/);
  }
}

describe('row groups in an .xlsx file', () => {
  it('the exceljs adapter writes the outline Excel reads', async () => {
    const path = join(tempDir('spiral-groups'), 'book.xlsx');
    const wb = XlsxWorkbook.create();
    wb.writeTab('周报', TAB);
    await wb.save(path);
    expectOutline(sheetXml(path, '周报'));
  });

  it('a workbook reopened and saved again by exceljs keeps the outline (another command saving the book)', async () => {
    const path = join(tempDir('spiral-groups-again'), 'book.xlsx');
    const first = XlsxWorkbook.create();
    first.writeTab('周报', TAB);
    await first.save(path);
    const again = await XlsxWorkbook.open(path);
    again.addSheet('其他');
    await again.save(path);
    expectOutline(sheetXml(path, '周报'));
  });

  it('the streamed adapter writes the same outline', async () => {
    const path = join(tempDir('spiral-groups-stream'), 'book.xlsx');
    const start = new ExcelJS.Workbook();
    start.addWorksheet('Sheet1');
    await start.xlsx.writeFile(path);
    const wb = await StreamingXlsxWorkbook.open(path);
    wb.writeTab('周报', TAB);
    await wb.save(path);
    expectOutline(sheetXml(path, '周报'));
  });
});
