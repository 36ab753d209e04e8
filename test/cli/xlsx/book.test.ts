import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/spiral';
import { BookBusyError } from '../../../src/cli/usage-error';
import { withBook } from '../../../src/cli/xlsx/book';
import { XlsxWorkbook } from '../../../src/cli/xlsx/xlsx-workbook';
import { tempDir } from '../../fakes/temp-dir';

let dir: string;
let err: string[];

beforeEach(() => {
  dir = tempDir('spiral-book');
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('commands on a workbook', () => {
  it('log each run in the Run log, as the menu does in Sheets', async () => {
    const book = join(dir, 'shop.xlsx');
    expect(await main(['init', book])).toBe(0);
    expect(await main(['classify', book])).toBe(0);
    expect(await main(['kpi', book, '--month', '2026-11'])).toBe(0);
    const log = (await XlsxWorkbook.open(book)).read('运行日志').slice(1);
    // Set-up is a job of the table like the others: its line is the menu's.
    expect(log.map((r) => [r[1], r[4]])).toEqual([
      ['命令行', '完成'],
      ['命令行', '完成'],
      ['命令行', '完成'],
    ]);
    expect(String(log[0]![2])).toMatch(/^安装模板（新建 \d+ 张表）$/);
    expect(String(log[1]![2])).toBe('分类：填写 0 个问题分类，0 条评价已分类');
  });

  it('wait for another command holding the workbook, then give up and write nothing', async () => {
    const book = join(dir, 'shop.xlsx');
    expect(await main(['init', book])).toBe(0);
    const before = readFileSync(book);
    // A fresh lock file: another spiral process is working on the book.
    writeFileSync(join(dir, '.shop.xlsx.lock'), '12345\n');
    let ran = false;
    const attempt = withBook(book, { waitMs: 300 }, () => {
      ran = true;
    });
    await expect(attempt).rejects.toBeInstanceOf(BookBusyError);
    expect(ran).toBe(false);
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it('take the lock before reading and give it back after saving, even when the work fails', async () => {
    const book = join(dir, 'shop.xlsx');
    expect(await main(['init', book])).toBe(0);
    const lockFile = join(dir, '.shop.xlsx.lock');
    await withBook(book, {}, () => {
      expect(existsSync(lockFile)).toBe(true);
    });
    expect(existsSync(lockFile)).toBe(false);
    await expect(withBook(book, {}, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(lockFile)).toBe(false);
  });
});
