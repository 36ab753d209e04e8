import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { say } from '../../src/core/messages/catalogue';
import { readInquiries } from '../../src/core/sheets/tables';
import { tempDir } from '../fakes/temp-dir';

const FIXTURE = join(__dirname, '../fixtures/import/mixed.csv');

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = tempDir('spiral-import');
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

describe('spiral import', () => {
  it('appends the good rows of a mixed-language CSV with a BOM and quoted commas, rejects three, exits 3', async () => {
    const book = await initBook();
    const csv = join(dir, 'inquiries.csv');
    writeFileSync(csv, readFileSync(FIXTURE));
    expect(await main(['import', book, '--sheet', 'inquiries', '--csv', csv])).toBe(3);

    const wb = await XlsxWorkbook.open(book);
    const table = readInquiries(wb);
    expect(table.records.map((r) => r.customerId)).toEqual(['buyer-1', 'buyer-2', 'buyer-3', 'buyer-7']);
    expect(table.records[0]).toMatchObject({
      question: '有优惠吗,能便宜点吗',
      converted: false,
      date: '2026-11-02',
    });
    expect(table.records[1]).toMatchObject({
      date: '2026-11-03',
      amount: 1280.5,
      stage: 'pre-sale',
      customerType: 'returning',
    });
    expect(table.records[2]).toMatchObject({ firstResponseSeconds: 8, converted: null });
    // Text that looks like a formula stays the text the user typed.
    expect(table.records[3]!.question).toBe('=HYPERLINK("x")');
    // Values land in the workbook's language so the dropdowns accept them.
    const grid = wb.read('询单记录');
    expect(grid[2]![table.columns.stage! - 1]).toBe('售前');

    const rejected = parse(readFileSync(`${csv}.rejected.csv`, 'utf8'), { bom: true }) as string[][];
    expect(rejected[0]).toEqual([
      ...(parse(readFileSync(FIXTURE, 'utf8'), { bom: true })[0] as string[]),
      '拒绝原因',
    ]);
    expect(rejected.slice(1).map((r) => r[2])).toEqual(['buyer-4', 'buyer-5', 'buyer-6']);
    expect(rejected[1]!.at(-1)).toBe('Date: 日期不存在：2026-02-30');
    expect(rejected[2]!.at(-1)).toContain(say('zh', 'rows.requiredEmpty'));
    expect(rejected[3]!.at(-1)).toContain(say('zh', 'rows.atLeast', { min: 0 }));
    const stderr = err.join('');
    expect(stderr).toMatch(/第 5 行：.*Date/);
    expect(stderr).toContain(say('zh', 'rows.notInTaxonomy', { categories: '价格便宜点' }));
    expect(stderr).toContain('渠道备注');
  });

  it('exits 0 when every row goes in, and leaves no rejected file', async () => {
    const book = await initBook();
    const csv = join(dir, 'ok.csv');
    writeFileSync(csv, 'date,agent,customerId,stage,converted\n2026-11-02,小美,b1,售后,\n');
    expect(await main(['import', book, '--sheet', 'inquiries', '--csv', csv])).toBe(0);
    expect(existsSync(`${csv}.rejected.csv`)).toBe(false);
  });

  it('exits 1 and writes nothing on a usage or file error', async () => {
    const book = await initBook();
    const before = readFileSync(book);
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'date,customerId\n2026-11-02,b1\n');
    expect(await main(['import', book, '--sheet', 'inquiries', '--csv', csv])).toBe(1);
    expect(err.join('')).toContain('客服 (agent)');
    expect(await main(['import', book, '--sheet', 'nope', '--csv', csv])).toBe(1);
    expect(await main(['import', book, '--sheet', 'inquiries', '--csv', join(dir, 'missing.csv')])).toBe(1);
    expect(await main(['import', join(dir, 'missing.xlsx'), '--sheet', 'inquiries', '--csv', csv])).toBe(1);
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(existsSync(`${csv}.rejected.csv`)).toBe(false);
  });
});
