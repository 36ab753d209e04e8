import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { nodeAtomicFs } from '../../../src/cli/files/atomic-write';
import { LISTS_SHEET, XlsxWorkbook } from '../../../src/cli/xlsx/xlsx-workbook';
import type { SheetFormat, TabContent } from '../../../src/ports';
import { tempDir } from '../../fakes/temp-dir';

type Validations = { model: Record<string, ExcelJS.DataValidation | undefined> };
const validationsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: Validations }).dataValidations.model;

async function tempPath(name = 'book.xlsx'): Promise<string> {
  return join(tempDir('spiral-xlsx'), name);
}

async function saveAndOpen(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  const path = await tempPath();
  await wb.save(path);
  return XlsxWorkbook.open(path);
}

/** Writes a workbook with exceljs directly, as Excel or another tool would have left it. */
async function externalFile(build: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  build(book);
  const path = await tempPath();
  await book.xlsx.writeFile(path);
  return path;
}

const inquiryFormat = (list: string[]): SheetFormat => ({
  headerRow: 1,
  columnCount: 3,
  frozenRows: 1,
  header: { background: '#1f4e78', fontColor: '#ffffff', bold: true },
  protectHeader: true,
  columns: [
    { index: 1, width: 140, numberFormat: 'yyyy-mm-dd' },
    { index: 2, width: 70, list: ['是', '否'], strict: true, note: '是/否' },
    { index: 3, list, strict: false },
  ],
});

describe('XlsxWorkbook.open', () => {
  it('names a missing file', async () => {
    const path = await tempPath('nothing-here.xlsx');
    await expect(XlsxWorkbook.open(path)).rejects.toThrow(`Workbook not found: ${path}`);
  });

  it('refuses a file that is not an .xlsx, naming it', async () => {
    const csv = await tempPath('data.csv');
    await writeFile(csv, 'a,b\n1,2\n');
    await expect(XlsxWorkbook.open(csv)).rejects.toThrow(csv);
    const fake = await tempPath('fake.xlsx');
    await writeFile(fake, 'this is not a zip');
    await expect(XlsxWorkbook.open(fake)).rejects.toThrow(
      /fake\.xlsx (is not a readable Excel workbook|不是可读取的)/,
    );
  });

  it('reads every kind of exceljs value as Sheets would show it', async () => {
    const path = await externalFile((book) => {
      const s = book.addWorksheet('Kinds');
      s.getCell('A1').value = { richText: [{ text: '快递', font: { bold: true } }, { text: '问题' }] };
      s.getCell('B1').value = { formula: 'B2*2', result: 84 };
      s.getCell('C1').value = { formula: 'NOW()' };
      s.getCell('D1').value = { text: 'shop page', hyperlink: 'https://example.com' };
      s.getCell('E1').value = { error: '#DIV/0!' };
      s.getCell('F1').value = { formula: 'A1&"!"', result: 'text result' };
      s.getCell('B2').value = 42;
      s.getCell('C2').value = new Date(Date.UTC(2026, 10, 20));
      s.getCell('C2').numFmt = 'yyyy/m/d';
      s.getCell('D2').value = 46_000;
      s.getCell('E2').value = 'merged';
      s.mergeCells('E2:F3');
    });
    const wb = await XlsxWorkbook.open(path);
    expect(wb.timeZone).toBe('UTC');
    expect(wb.read('Kinds')).toEqual([
      ['快递问题', 84, '', 'shop page', '#DIV/0!', 'text result'],
      ['', 42, new Date(Date.UTC(2026, 10, 20)), 46_000, 'merged', ''],
    ]);
  });
});

describe('XlsxWorkbook writing', () => {
  it('stores text that looks like a formula as a plain string cell', async () => {
    const wb = XlsxWorkbook.create();
    wb.addSheet('Text');
    wb.write('Text', 1, 1, [['=SUM(1,2)', '+1', '2026-11-20']]);
    const back = await saveAndOpen(wb);
    const row = back.book.getWorksheet('Text')!.getRow(1);
    for (const c of [1, 2, 3]) expect(row.getCell(c).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(1).value).toBe('=SUM(1,2)');
  });

  it('gives a written Date a date format so it reads back as a Date', async () => {
    const wb = XlsxWorkbook.create();
    wb.addSheet('D');
    wb.write('D', 1, 1, [[new Date(Date.UTC(2026, 0, 5)), new Date(Date.UTC(2026, 0, 5, 9, 30))]]);
    const back = await saveAndOpen(wb);
    const row = back.book.getWorksheet('D')!.getRow(1);
    expect(row.getCell(1).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(2).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(back.read('D')).toEqual([[new Date(Date.UTC(2026, 0, 5)), new Date(Date.UTC(2026, 0, 5, 9, 30))]]);
  });

  it('hides its lists sheet, reserves its name and refuses names Excel cannot hold', () => {
    const wb = XlsxWorkbook.create();
    wb.addSheet('Inquiries');
    expect(() => wb.addSheet('inquiries')).toThrow(/already exists/);
    expect(() => wb.addSheet(LISTS_SHEET)).toThrow(/reserved/);
    expect(() => wb.addSheet('x'.repeat(32))).toThrow(/31/);
    expect(() => wb.read(LISTS_SHEET)).toThrow(/not found/);
    expect(() => wb.writeTab(LISTS_SHEET, { values: [['x']], styles: [] })).toThrow(/reserved/);
    expect(() => wb.removeSheet(LISTS_SHEET)).toThrow(/not found/);
  });

  it('refuses to save without a sheet or under another extension', async () => {
    await expect(XlsxWorkbook.create().save(await tempPath())).rejects.toThrow(/no sheets/);
    const wb = XlsxWorkbook.create();
    wb.addSheet('A');
    await expect(wb.save(await tempPath('book.xls'))).rejects.toThrow(/book\.xls/);
  });
});

describe('XlsxWorkbook.save', () => {
  it('leaves the original file byte for byte when saving fails', async () => {
    const path = await tempPath();
    const first = XlsxWorkbook.create();
    first.addSheet('Kept');
    first.write('Kept', 1, 1, [['original']]);
    await first.save(path);
    const original = await readFile(path);

    const changed = await XlsxWorkbook.open(path);
    changed.write('Kept', 1, 1, [['changed']]);
    const failing = {
      ...nodeAtomicFs,
      rename: async () => {
        throw new Error('simulated crash before rename');
      },
    };
    await expect(changed.save(path, failing)).rejects.toThrow(/simulated crash/);
    expect(Buffer.compare(await readFile(path), original)).toBe(0);
    expect(await readdir(join(path, '..'))).toEqual(['book.xlsx']);
    expect((await XlsxWorkbook.open(path)).read('Kept')).toEqual([['original']]);
  });
});

describe('XlsxWorkbook.format', () => {
  it('keeps header style, frozen header, widths, number formats, notes and dropdowns after save + open', async () => {
    const wb = XlsxWorkbook.create();
    wb.addSheet('Inquiries');
    wb.write('Inquiries', 1, 1, [['日期', '是否成交', '未成交原因']]);
    wb.format('Inquiries', inquiryFormat(['价格太高', '缺货']));
    wb.write('Inquiries', 2, 1, [[46_000, '是', '缺货']]);
    const sheet = (await saveAndOpen(wb)).book.getWorksheet('Inquiries')!;

    const header = sheet.getCell('B1');
    expect(header.font.bold).toBe(true);
    expect(header.font.color?.argb).toBe('FFFFFFFF');
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } });
    expect(header.note).toBe('是/否');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(20);
    expect(sheet.getColumn(2).width).toBe(10);
    expect(sheet.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('A2').value).toEqual(new Date(Date.UTC(1899, 11, 30) + 46_000 * 86_400_000));
    expect(sheet.getCell('A1').numFmt).toBeUndefined();

    const validations = validationsOf(sheet);
    expect(validations['B2:B1048576']).toMatchObject({
      type: 'list',
      allowBlank: true,
      formulae: ['"是,否"'],
      showErrorMessage: true,
    });
    expect(validations['C2:C1048576']).toMatchObject({ formulae: ['"价格太高,缺货"'] });
    expect(validations['C2:C1048576']?.showErrorMessage).toBeFalsy();
  });

  it('moves a list too long for Excel or holding commas to the hidden lists sheet, reusing its column', async () => {
    const wb = XlsxWorkbook.create();
    wb.addSheet('Reviews');
    const long = Array.from({ length: 60 }, (_, i) => `category number ${i}`);
    wb.format('Reviews', inquiryFormat(long));
    wb.format('Reviews', inquiryFormat(['a, b', 'c']));
    const back = await saveAndOpen(wb);
    expect(back.sheetNames()).toEqual(['Reviews']);
    const lists = back.book.getWorksheet(LISTS_SHEET)!;
    expect(lists.state).toBe('hidden');
    expect(validationsOf(back.book.getWorksheet('Reviews')!)['C2:C1048576']?.formulae).toEqual([
      `'${LISTS_SHEET}'!$A$2:$A$3`,
    ]);
    expect(lists.getColumn(1).values.slice(1)).toEqual(['Reviews!C', 'a, b', 'c']);
    expect(lists.getCell('B1').value).toBeNull();
  });

  it('removes a column dropdown when given an empty list', () => {
    const wb = XlsxWorkbook.create();
    wb.addSheet('S');
    wb.format('S', inquiryFormat(['x']));
    wb.format('S', { ...inquiryFormat([]), columns: [{ index: 3, list: [] }] });
    const validations = validationsOf(wb.book.getWorksheet('S')!);
    expect(validations['C2:C1048576']).toBeUndefined();
    expect(validations['B2:B1048576']).toBeDefined();
  });

  it('loads whole-column dropdowns as one range each instead of a million cells', async () => {
    const path = await externalFile((book) => {
      const s = book.addWorksheet('Wide');
      s.getCell('A1').value = 'header';
      const dv = s as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } };
      for (const col of 'ABCDEFGHIJ') {
        dv.dataValidations.add(`${col}2:${col}1048576`, {
          type: 'list',
          allowBlank: true,
          formulae: ['"x,y"'],
        });
      }
    });
    const wb = await XlsxWorkbook.open(path);
    const keys = Object.keys(validationsOf(wb.book.getWorksheet('Wide')!));
    expect(keys).toHaveLength(10);
    expect(keys).toContain('J2:J1048576');
    const again = await saveAndOpen(wb);
    expect(Object.keys(validationsOf(again.book.getWorksheet('Wide')!))).toEqual(keys);
  });
});

describe('XlsxWorkbook.writeTab', () => {
  const first: TabContent = {
    values: [
      ['Weekly report', '', ''],
      ['category', 'share', 'n'],
      ['快递', 0.25, 40],
      ['赠品', 0.125, 20],
    ],
    styles: [
      { row: 1, col: 1, rows: 1, cols: 3, bold: true, fontSize: 14, fontColor: '#c00000' },
      { row: 3, col: 2, rows: 2, cols: 1, numberFormat: '0.0%', background: '#fce4d6', align: 'right' },
      { row: 4, col: 1, rows: 1, cols: 1, italic: true, wrap: true },
    ],
    columnWidths: [210, 70],
    frozenRows: 2,
    charts: [
      {
        kind: 'column',
        title: 'Shares',
        data: { row: 2, col: 1, rows: 3, cols: 2 },
        anchor: { row: 1, col: 5 },
      },
    ],
  };

  it('keeps values, styles, widths and frozen rows after save + open (charts are skipped)', async () => {
    const wb = XlsxWorkbook.create();
    wb.writeTab('周报 2026-W47', first);
    const sheet = (await saveAndOpen(wb)).book.getWorksheet('周报 2026-W47')!;
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14, color: { argb: 'FFC00000' } });
    expect(sheet.getCell('C1').font.bold).toBe(true);
    expect(sheet.getCell('B3').numFmt).toBe('0.0%');
    expect(sheet.getCell('B4').fill).toMatchObject({ fgColor: { argb: 'FFFCE4D6' } });
    expect(sheet.getCell('B3').alignment.horizontal).toBe('right');
    expect(sheet.getCell('A4').font.italic).toBe(true);
    expect(sheet.getCell('A4').alignment.wrapText).toBe(true);
    expect(sheet.getCell('A3').font?.bold).toBeFalsy();
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(2).width).toBe(10);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('rewrites the same worksheet in place, leaving nothing of the old content or styles', async () => {
    const wb = XlsxWorkbook.create();
    wb.addSheet('Inquiries');
    wb.writeTab('Tab', first);
    wb.addSheet('Reviews');
    const before = wb.book.getWorksheet('Tab')!;
    const { id, orderNo } = before as unknown as { id: number; orderNo: number };
    wb.writeTab('Tab', { values: [['only']], styles: [] });
    const after = wb.book.getWorksheet('Tab')!;
    expect(after).toBe(before);
    expect((after as unknown as { id: number }).id).toBe(id);
    expect((after as unknown as { orderNo: number }).orderNo).toBe(orderNo);
    const sheet = (await saveAndOpen(wb)).book.getWorksheet('Tab')!;
    expect(sheet.getCell('A1').font?.bold).toBeFalsy();
    expect(sheet.getCell('B3').numFmt).toBeUndefined();
    expect(sheet.getColumn(1).width).toBeUndefined();
    expect(sheet.views[0]?.state ?? 'normal').toBe('normal');
  });
});

describe('XlsxWorkbook.clearRows', () => {
  it('drops the rows with their styles and keeps the column dropdowns', async () => {
    const wb = XlsxWorkbook.create();
    wb.addSheet('Problems');
    wb.write('Problems', 1, 1, [
      ['sheet', 'row'],
      ['Inquiries', 3],
      ['Reviews', 9],
    ]);
    wb.format('Problems', inquiryFormat(['x']));
    wb.clearRows('Problems', 2);
    const back = await saveAndOpen(wb);
    expect(back.read('Problems')).toEqual([['sheet', 'row']]);
    expect(back.book.getWorksheet('Problems')!.rowCount).toBe(1);
    expect(validationsOf(back.book.getWorksheet('Problems')!)['B2:B1048576']).toBeDefined();
  });
});
