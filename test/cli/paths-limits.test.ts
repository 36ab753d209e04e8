/** Issue 8 item 7: paths and limits, through the CLI over .xlsx files. */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { readInquiries } from '../../src/core/sheets/tables';
import { tempDir } from '../fakes/temp-dir';

let dir: string;
let err: string[];

beforeEach(() => {
  dir = tempDir('spiral-paths');
  err = [];
  vi.stubEnv('SPIRAL_LANG', 'en');
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const CSV = 'date,agent,customerId,stage,converted\n2026-11-03,小美,b1,售前,否\n2026-11-04,小美,b2,售前,是\n';
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
const errLines = () =>
  err
    .join('')
    .split('\n')
    .filter((line) => line !== '');

async function initBook(path: string): Promise<void> {
  expect(await main(['init', path])).toBe(0);
  err.length = 0;
}

describe('paths and limits', () => {
  it('saving through a symbolic link writes the file it points to and keeps the link', async () => {
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'shop.xlsx');
    await initBook(real);
    const link = join(dir, 'shop.xlsx');
    symlinkSync(join('real', 'shop.xlsx'), link);
    const csv = join(dir, 'in.csv');
    writeFileSync(csv, CSV);

    expect(await main(['import', link, '--sheet', 'inquiries', '--csv', csv])).toBe(0);

    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const records = readInquiries(await XlsxWorkbook.open(real)).records;
    expect(records.map((r) => r.customerId)).toEqual(['b1', 'b2']);
    // One lock for the file, wherever it is reached from; none left behind.
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(readdirSync(join(dir, 'real')).filter((n) => n.endsWith('.lock'))).toEqual([]);
  });

  it('an append that would pass row 1,048,576 stops with one line and writes nothing', async () => {
    const book = join(dir, 'shop.xlsx');
    await initBook(book);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(book);
    // A stray value far down the sheet: the next append starts at row 1,048,576.
    excel.getWorksheet('询单记录')!.getCell(1_048_575, 1).value = 'x';
    await excel.xlsx.writeFile(book);
    const before = readFileSync(book);
    const csv = join(dir, 'in.csv');
    writeFileSync(csv, CSV);

    expect(await main(['import', book, '--sheet', 'inquiries', '--csv', csv])).toBe(1);

    expect(errLines()).toEqual([
      'spiral import: sheet "询单记录" holds at most 1048576 rows and this write would reach row 1048577, so nothing was written; archive old rows first (docs/automation.md, "Archiving old rows")',
    ]);
    expect(readFileSync(book).equals(before)).toBe(true);
  }, 120_000);

  it('removes the temporary files a killed run left, and only those', async () => {
    const book = join(dir, 'shop.xlsx');
    await initBook(book);
    const dead = deadPid();
    const leftovers = [`.shop.xlsx.${dead}.a1b2c3d4e5f6.tmp`, `.shop.xlsx.lock.${dead}.1764466200000.tmp`];
    for (const name of leftovers) writeFileSync(join(dir, name), 'half a file');
    // A command still waiting for the lock: its process is alive.
    const waiting = `.shop.xlsx.lock.${process.ppid}.1764466200001.tmp`;
    writeFileSync(join(dir, waiting), 'waiting');

    expect(await main(['classify', book])).toBe(0);

    for (const name of leftovers) expect(existsSync(join(dir, name)), name).toBe(false);
    expect(existsSync(join(dir, waiting))).toBe(true);
    expect(err.join('')).toContain(`removed ${leftovers[0]}, a temporary file left by an interrupted run`);
  });

  it('a .docx, a Word file renamed .xlsx, a text file or a folder gets one line, not a TypeError', async () => {
    // A minimal Word document: a zip, like an .xlsx, without a workbook inside.
    const docx = readFileSync(join(__dirname, '../fixtures/paths/letter.docx'));
    writeFileSync(join(dir, 'letter.docx'), docx);
    writeFileSync(join(dir, 'renamed.xlsx'), docx);
    writeFileSync(join(dir, 'notes.xlsx'), 'hello');
    mkdirSync(join(dir, 'folder.xlsx'));
    for (const name of ['letter.docx', 'renamed.xlsx', 'notes.xlsx', 'folder.xlsx']) {
      err.length = 0;
      expect(await main(['classify', join(dir, name)]), name).toBe(1);
      expect(errLines(), name).toHaveLength(1);
      expect(errLines()[0], name).toContain(name);
      expect(err.join(''), name).not.toMatch(/TypeError|\n\s+at /);
    }
    expect(errLines()[0]).toContain('is not a readable Excel workbook');
    expect(readFileSync(join(dir, 'renamed.xlsx')).equals(docx)).toBe(true);
  });
});
