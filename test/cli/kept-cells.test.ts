/**
 * Issue 8 item 1 through the CLI over .xlsx: what a team put in its sheets (formulas, links, rich
 * text, error values, its own columns and a totals row) survives `classify`, `kpi` and `import`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { columnLabel, type SheetKey, sheetName } from '../../src/core/sheets/template';
import { tempDir } from '../fakes/temp-dir';

let dir: string;

beforeEach(() => {
  dir = tempDir('spiral-kept');
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

async function initBook(): Promise<string> {
  const book = join(dir, 'shop.xlsx');
  expect(await main(['init', book])).toBe(0);
  return book;
}

/** Opens the book, lets `edit` change it through exceljs as a person's Excel would, and saves it. */
async function editBook(book: string, edit: (wb: XlsxWorkbook) => void): Promise<void> {
  const wb = await XlsxWorkbook.open(book);
  edit(wb);
  await wb.save(book);
}

const col = (wb: XlsxWorkbook, key: SheetKey, name: string): number => {
  const header = wb.read(sheetName(key, 'zh'))[0] ?? [];
  return header.indexOf(columnLabel(key, name, 'zh')) + 1;
};

const worksheet = (wb: XlsxWorkbook, key: SheetKey) => wb.book.getWorksheet(sheetName(key, 'zh'))!;

/** An after-sale inquiry asking where the parcel is: classification files it under 快递问题. */
function inquiryRow(wb: XlsxWorkbook, row: number, customer: string): void {
  const sheet = worksheet(wb, 'inquiries');
  const put = (name: string, value: ExcelJS.CellValue) => {
    sheet.getCell(row, col(wb, 'inquiries', name)).value = value;
  };
  put('date', '2026-11-02');
  put('agent', '小美');
  put('customerId', customer);
  put('stage', '售后');
  put('question', '快递到哪了，单号查不到');
}

describe('spiral classify keeps what people put in 问题分类', () => {
  it('leaves a formula, a hyperlink, rich text and #REF! as they are and fills only the blank cells', async () => {
    const book = await initBook();
    let category = 0;
    await editBook(book, (wb) => {
      category = col(wb, 'inquiries', 'questionCategory');
      for (let row = 2; row <= 7; row++) inquiryRow(wb, row, `b${row}`);
      const sheet = worksheet(wb, 'inquiries');
      sheet.getCell(3, category).value = { formula: 'Z1&"物流"', result: '物流' };
      sheet.getCell(4, category).value = { text: '快递', hyperlink: 'https://example.com/kd' };
      sheet.getCell(5, category).value = {
        richText: [{ text: '尺码', font: { bold: true } }, { text: '偏小' }],
      };
      sheet.getCell(6, category).value = { error: '#REF!' };
    });

    expect(await main(['classify', book])).toBe(0);

    const wb = await XlsxWorkbook.open(book);
    const sheet = worksheet(wb, 'inquiries');
    const cell = (row: number) => sheet.getCell(row, category);
    expect(cell(2).value).toBe('快递问题');
    expect(cell(7).value).toBe('快递问题');
    expect(cell(3).type).toBe(ExcelJS.ValueType.Formula);
    expect(cell(3).formula).toBe('Z1&"物流"');
    expect(cell(4).type).toBe(ExcelJS.ValueType.Hyperlink);
    expect(cell(4).hyperlink).toBe('https://example.com/kd');
    expect(cell(5).type).toBe(ExcelJS.ValueType.RichText);
    expect((cell(5).value as ExcelJS.CellRichTextValue).richText[0]?.font?.bold).toBe(true);
    expect(cell(6).type).toBe(ExcelJS.ValueType.Error);
  });
});

describe('spiral kpi keeps a formula a team put in an output column', () => {
  it('writes the other rows and names the kept cell on stderr', async () => {
    const book = await initBook();
    let pay = 0;
    await editBook(book, (wb) => {
      const sheet = worksheet(wb, 'scorecard');
      const put = (row: number, name: string, value: ExcelJS.CellValue) => {
        sheet.getCell(row, col(wb, 'scorecard', name)).value = value;
      };
      for (const [row, agent] of [
        [2, '阿杰'],
        [3, '小美'],
        [4, '阿强'],
      ] as const) {
        put(row, 'month', '2026-10');
        put(row, 'agent', agent);
        put(row, 'role', '售后');
        put(row, 'level', '普通');
        for (const grade of ['quality', 'disputes', 'cooperation', 'execution']) put(row, grade, '优');
        put(row, 'orders', 100);
        put(row, 'refunds', 1);
      }
      pay = col(wb, 'scorecard', 'pay');
      sheet.getCell(3, pay).value = { formula: '2000+500', result: 2500 };
    });
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      err.push(String(chunk));
      return true;
    });

    expect(await main(['kpi', book, '--month', '2026-10'])).toBe(0);

    const sheet = worksheet(await XlsxWorkbook.open(book), 'scorecard');
    expect(sheet.getCell(3, pay).formula).toBe('2000+500');
    expect(typeof sheet.getCell(2, pay).value).toBe('number');
    expect(typeof sheet.getCell(4, pay).value).toBe('number');
    expect(err.join('')).toContain('客服考核 第 3 行，应发工资：此单元格有公式、链接、富文本、错误值');
  });
});

describe('spiral import owns only its columns', () => {
  it("keeps a team's filled-down formula column and a totals row under the data", async () => {
    const book = await initBook();
    let mine = 0;
    let amount = 0;
    await editBook(book, (wb) => {
      const sheet = worksheet(wb, 'inquiries');
      mine = (wb.read(sheetName('inquiries', 'zh'))[0]?.length ?? 0) + 1;
      amount = col(wb, 'inquiries', 'amount');
      sheet.getCell(1, mine).value = '毛利';
      inquiryRow(wb, 2, 'b2');
      inquiryRow(wb, 3, 'b3');
      // Filled down well below the data, as teams do; no cached results, as a script-made file has.
      for (let row = 2; row <= 30; row++) {
        sheet.getCell(row, mine).value = { formula: `IF(K${row}="","",K${row}*0.3)`, date1904: false };
      }
      sheet.getCell(4, amount).value = { formula: 'SUM(K2:K3)', date1904: false };
    });
    const csv = join(dir, 'more.csv');
    writeFileSync(
      csv,
      '日期,客服,客户ID,阶段,是否成交,成交金额\n2026-11-05,小美,b9,售前,是,88\n2026-11-06,阿杰,b10,售前,否,\n',
    );

    expect(await main(['import', book, '--sheet', 'inquiries', '--csv', csv])).toBe(0);

    const wb = await XlsxWorkbook.open(book);
    const sheet = worksheet(wb, 'inquiries');
    for (let row = 2; row <= 30; row++) {
      expect(sheet.getCell(row, mine).formula, `row ${row}`).toBe(`IF(K${row}="","",K${row}*0.3)`);
    }
    expect(sheet.getCell(4, amount).formula).toBe('SUM(K2:K3)');
    expect(sheet.getCell(5, col(wb, 'inquiries', 'customerId')).value).toBe('b9');
    expect(sheet.getCell(5, amount).value).toBe(88);
    expect(sheet.getCell(6, col(wb, 'inquiries', 'customerId')).value).toBe('b10');
  });
});
