/**
 * Issue 8 item 2 through the CLI over .xlsx: a renamed sheet or a lost column stops every command
 * that needs it with one message saying what is missing and how to restore it; nothing is saved,
 * pay is never computed from zero inquiries and a summary tab is never overwritten with zeros.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileProperties } from '../../src/cli/files/file-ports';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { AUTOMATION_KEYS } from '../../src/core/automation/state';
import { importRows } from '../../src/core/ingest/import-rows';
import { tempDir } from '../fakes/temp-dir';

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = tempDir('spiral-missing');
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

const HEADER = ['date', 'agent', 'customerId', 'stage', 'converted', 'amount', 'firstResponseSeconds'];

/** October 2026: 小美 answers 20 pre-sale inquiries and converts 12 of them; her scorecard row. */
async function octoberBook(): Promise<string> {
  const book = join(dir, 'shop.xlsx');
  expect(await main(['init', book])).toBe(0);
  const wb = await XlsxWorkbook.open(book);
  const inquiries = Array.from({ length: 20 }, (_, i) => [
    `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
    '小美',
    `b${i}`,
    'pre-sale',
    i < 12 ? 'yes' : 'no',
    i < 12 ? '150' : '',
    '20',
  ]);
  expect(importRows(wb, 'inquiries', HEADER, inquiries).rejected).toEqual([]);
  const scorecard = importRows(
    wb,
    'scorecard',
    ['month', 'agent', 'role', 'level', 'quality', 'disputes', 'cooperation', 'execution'],
    [['2026-10', '小美', 'pre-sale', 'regular', '优', '优', '良', '优']],
  );
  expect(scorecard.rejected).toEqual([]);
  await wb.save(book);
  return book;
}

async function renameSheet(book: string, from: string, to: string): Promise<void> {
  const wb = await XlsxWorkbook.open(book);
  wb.book.getWorksheet(from)!.name = to;
  await wb.save(book);
}

async function payOf(book: string): Promise<unknown> {
  const wb = await XlsxWorkbook.open(book);
  const grid = wb.read('客服考核');
  return grid[1]?.[grid[0]!.indexOf('应发工资')];
}

describe('a renamed 询单记录 (询单记录2026)', () => {
  it('kpi stops with one message and pays nobody from zero inquiries; the file is untouched', async () => {
    const book = await octoberBook();
    expect(await main(['kpi', book, '--month', '2026-10', '--json'])).toBe(0);
    const pay = await payOf(book);
    expect(pay).toBeGreaterThan(2000);

    await renameSheet(book, '询单记录', '询单记录2026');
    const before = readFileSync(book);
    out.length = 0;
    expect(await main(['kpi', book, '--month', '2026-10'])).toBe(1);
    expect(err.join('')).toContain('找不到工作表“询单记录”（Inquiries）；“询单记录2026”像是改了名的它');
    expect(err.join('')).toContain('本次没有写入任何内容');
    expect(err.join('')).not.toMatch(/at .*\.ts/);
    expect(out.join('')).toBe('');
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(await payOf(book)).toBe(pay);
  });

  it('summary and classify stop too, and the tab written before keeps its numbers', async () => {
    const book = await octoberBook();
    expect(await main(['summary', book, '--month', '2026-10'])).toBe(0);
    const tab = (await XlsxWorkbook.open(book)).read('月报 2026-10');
    expect(tab.some((row) => row[0] === '售前询单' && row[1] === 20)).toBe(true);

    await renameSheet(book, '询单记录', '询单记录2026');
    const before = readFileSync(book);
    expect(await main(['summary', book, '--month', '2026-10'])).toBe(1);
    expect(await main(['classify', book])).toBe(1);
    expect(err.join('').match(/找不到工作表“询单记录”/g)).toHaveLength(2);
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it('run-due stops before classifying and records nothing in its state', async () => {
    const book = await octoberBook();
    await renameSheet(book, '询单记录', '询单记录2026');
    const before = readFileSync(book);
    expect(await main(['run-due', book, '--now', '2026-11-10T09:00:00+08:00'])).toBe(1);
    expect(err.join('')).toContain('询单记录2026');
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(FileProperties.beside(book).get(AUTOMATION_KEYS.scorecardMonth)).toBeNull();
  });
});

describe('a column gone, or no inquiries for the month', () => {
  it('kpi names the lost column and how to restore it', async () => {
    const book = await octoberBook();
    const wb = await XlsxWorkbook.open(book);
    const header = wb.read('客服考核')[0]!;
    wb.write('客服考核', 1, header.indexOf('退款数') + 1, [['退款']]);
    await wb.save(book);
    expect(await main(['kpi', book, '--month', '2026-10'])).toBe(1);
    expect(err.join('')).toContain('工作表“客服考核”缺少列：退款数 (refunds)');
    expect(err.join('')).toContain('spiral init');
    expect(await payOf(book)).toBe('');
  });

  it('kpi refuses to pay pre-sale agents of a month with no inquiries logged', async () => {
    const book = await octoberBook();
    const wb = await XlsxWorkbook.open(book);
    importRows(
      wb,
      'scorecard',
      ['month', 'agent', 'role', 'level'],
      [['2026-09', '小美', 'pre-sale', 'regular']],
    );
    await wb.save(book);
    expect(await main(['kpi', book, '--month', '2026-09'])).toBe(1);
    expect(err.join('')).toContain('“询单记录”中没有 2026-09 的询单');
  });
});
