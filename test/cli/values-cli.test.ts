/** Issue 8 item 5 and issue 9's date forms, through the CLI over .xlsx files. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { say } from '../../src/core/messages/catalogue';
import { readInquiries } from '../../src/core/sheets/tables';
import { TEMPLATES } from '../../src/core/sheets/template';
import { tempDir } from '../fakes/temp-dir';

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = tempDir('spiral-values');
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

async function initBook(): Promise<string> {
  const book = join(dir, 'shop.xlsx');
  expect(await main(['init', book])).toBe(0);
  return book;
}

const HEADER = 'date,agent,customerId,stage,converted,amount';

describe('spiral import reads numbers and dates as a person meant them', () => {
  it('takes the unambiguous forms, rejects only the rows that cannot be read, and says why', async () => {
    const book = await initBook();
    const csv = join(dir, 'in.csv');
    const lines = [
      HEADER,
      '2026年11月3日,小美,b1,售前,是,1 234,5',
      '2026.11.3,小美,b2,售前,是,"1.234,50"',
      '46329,小美,b3,售前,是,"¥1,234.50"',
      '2026-11-03 14:05,小美,b4,售前,是,"￥1,234.50"',
      '2026-11-03,小美,b5,售前,是,"1,2345"',
      '2026-11-03,小美,b6,售前,是,1e400',
      '2026-11-03,小美,b7,售前,是,NaN',
      '11/3/2026,小美,b8,售前,是,10',
      '2026-11-30 99:99,小美,b9,售前,是,10',
      '2026-11-03,#N/A,b10,售前,是,10',
    ];
    // '1 234,5' is unquoted on purpose: CSV splits it, so quote it as a person's export would.
    lines[1] = '2026年11月3日,小美,b1,售前,是,"1 234,5"';
    writeFileSync(csv, `${lines.join('\n')}\n`);

    expect(await main(['import', book, '--sheet', 'inquiries', '--csv', csv])).toBe(3);

    const records = readInquiries(await XlsxWorkbook.open(book)).records;
    expect(records.map((r) => [r.customerId, r.date, r.amount])).toEqual([
      ['b1', '2026-11-03', 1234.5],
      ['b2', '2026-11-03', 1234.5],
      ['b3', '2026-11-03', 1234.5],
      ['b4', '2026-11-03', 1234.5],
    ]);
    const rejected = parse(readFileSync(`${csv}.rejected.csv`, 'utf8'), { bom: true }) as string[][];
    const reasons = Object.fromEntries(rejected.slice(1).map((r) => [r[2], r.at(-1)]));
    expect(Object.keys(reasons)).toEqual(['b5', 'b6', 'b7', 'b8', 'b9', 'b10']);
    expect(reasons.b5).toBe(`amount: ${say('zh', 'sheets.numberAmbiguous', { text: '1,2345' })}`);
    expect(reasons.b6).toBe(`amount: ${say('zh', 'sheets.numberNotFinite', { text: '1e400' })}`);
    expect(reasons.b7).toBe(`amount: ${say('zh', 'sheets.notNumber', { text: 'NaN' })}`);
    expect(reasons.b8).toBe(`date: ${say('zh', 'sheets.dateOrderAmbiguous', { text: '11/3/2026' })}`);
    expect(reasons.b9).toBe(`date: ${say('zh', 'sheets.noSuchTime', { text: '99:99' })}`);
    expect(reasons.b10).toBe(`agent: ${say('zh', 'sheets.errorValue', { text: '#N/A' })}`);
  });
});

describe('cells of an .xlsx workbook', () => {
  it('a date serial with a time of day stays on its day; an #N/A agent is never an agent', async () => {
    const book = await initBook();
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(book);
    const sheet = excel.getWorksheet('询单记录')!;
    const col = (key: string) => TEMPLATES.inquiries.columns.findIndex((c) => c.key === key) + 1;
    const put = (row: number, values: Record<string, ExcelJS.CellValue>) => {
      for (const [key, v] of Object.entries(values)) {
        const cell = sheet.getCell(row, col(key));
        cell.value = v;
        cell.numFmt = 'General';
      }
    };
    // 46356.75 is 2026-11-30 18:00, a plain number as some exports leave it.
    put(2, {
      date: 46356.75,
      agent: '小美',
      customerId: 'b1',
      stage: '售前',
      converted: '是',
      amount: 80,
      product: { error: '#REF!' } as ExcelJS.CellErrorValue,
    });
    put(3, {
      date: 46356.5,
      agent: { error: '#N/A' } as ExcelJS.CellErrorValue,
      customerId: 'b2',
      stage: '售前',
      converted: '否',
    });
    await excel.xlsx.writeFile(book);

    out.length = 0;
    expect(await main(['summary', book, '--month', '2026-11', '--json'])).toBe(0);
    const model = JSON.parse(out.join('')) as {
      inquiries: { total: number; sales: number };
      agents: { agent: string }[];
    };
    expect(model.inquiries.total).toBe(1);
    expect(model.inquiries.sales).toBe(80);
    expect(model.agents.map((a) => a.agent)).toEqual(['小美']);
    const after = await XlsxWorkbook.open(book);
    // An optional product holding #REF! is read as no product, with a warning; the row counts.
    expect(readInquiries(after).records.map((r) => [r.customerId, r.product])).toEqual([['b1', '']]);
    const problems = after.read('问题清单');
    expect(problems.some((r) => r.includes(say('zh', 'sheets.errorValue', { text: '#N/A' })))).toBe(true);
    expect(problems.some((r) => r.includes(say('zh', 'sheets.errorValueIgnored', { text: '#REF!' })))).toBe(
      true,
    );
  });

  it('a gate above 100 % or a negative base stops pay; --force pays with the defaults and says so on the terminal', async () => {
    const book = await initBook();
    const wb = await XlsxWorkbook.open(book);
    const grid = wb.read('设置');
    const row = grid.findIndex((r) => r[0] === 'gatePercent') + 1;
    wb.write('设置', row, 2, [['500%']]);
    const pool = grid.findIndex((r) => r[0] === 'bonusBase') + 1;
    wb.write('设置', pool, 2, [['-1000']]);
    await wb.save(book);
    const csv = join(dir, 'scorecard.csv');
    // 40 + 0 (refund rate 20 %) + 20 attendance = 60 of 130: 46 %, under a 70 % gate, over a 5 % one.
    writeFileSync(
      csv,
      'month,agent,role,level,quality,disputes,cooperation,execution,orders,refunds\n2026-11,小美,售后,普通,中,中,中,中,100,20\n',
    );
    expect(await main(['import', book, '--sheet', 'scorecard', '--csv', csv])).toBe(0);
    const before = readFileSync(book);

    err.length = 0;
    expect(await main(['kpi', book, '--month', '2026-11', '--json'])).toBe(1);
    const refusal = err.join('');
    expect(refusal).toContain(say('zh', 'scorecard.payNotComputed', { sheet: '设置' }));
    expect(refusal).toContain(`第 ${row} 行 gatePercent“500%”`);
    expect(refusal).toContain(say('zh', 'sheets.gateOverHundred'));
    expect(refusal).toContain(`第 ${pool} 行 bonusBase“-1000”`);
    expect(refusal).toContain(say('zh', 'commands.kpi.forceHint'));
    expect(refusal).not.toMatch(/\n\s+at /);
    expect(readFileSync(book).equals(before)).toBe(true);

    out.length = 0;
    err.length = 0;
    expect(await main(['kpi', book, '--month', '2026-11', '--json', '--force'])).toBe(0);
    const report = JSON.parse(out.join('')) as {
      agents: { agent: string; qualified: boolean; bonus: number; pay: number }[];
    };
    expect(report.agents[0]).toMatchObject({ agent: '小美', qualified: false, bonus: 0, pay: 2000 });
    const forced = err.join('');
    expect(forced).toContain(say('zh', 'commands.kpi.forced'));
    expect(forced).toContain('500%');
    expect(forced).toContain('-1000');
    const problems = (await XlsxWorkbook.open(book)).read('问题清单');
    const gate = problems.find((r) => r.includes('500%'))!;
    expect(gate).toContain('错误');
    const negative = problems.find((r) => r.includes('-1000'))!;
    expect(negative.join(' ')).toContain(say('zh', 'sheets.settingOutOfRange', { min: 0, max: 1e9 }));
  });
});
