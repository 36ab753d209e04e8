/**
 * What the CLI tests share: a temporary folder per test with the command's output held back (its
 * error output kept to read), a small CSV writer, the two-message chat export, the Scorecard's
 * input columns, and the rows of a workbook's Run log.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { sheetName } from '../../src/core/sheets/template';
import type { Cell } from '../../src/ports';
import { tempDir } from '../fakes/temp-dir';

/** A new folder for each test, stdout silenced and stderr collected in `err`; mocks restored after each test. */
export function cliSandbox(prefix: string): { readonly dir: string; readonly err: string[] } {
  let dir = '';
  const err: string[] = [];
  beforeEach(() => {
    dir = tempDir(prefix);
    err.length = 0;
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      err.push(String(chunk));
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return {
    get dir() {
      return dir;
    },
    err,
  };
}

export const csv = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;

/** A chat export of one buyer's question and the agent's answer, written to `dir`/chats.csv. */
export function writeChats(dir: string): string {
  const path = join(dir, 'chats.csv');
  writeFileSync(
    path,
    csv([
      ['时间', '买家', '客服', '发送方', '内容'],
      ['2026-11-03 09:00:00', '阿明', '', '买家', '这个四件套有现货吗'],
      ['2026-11-03 09:01:05', '阿明', '小美', '客服', '亲，有现货的'],
    ]),
  );
  return path;
}

/** The Scorecard's inputs an after-sale agent's row needs, by key. */
export const SCORECARD_INPUTS = [
  'month',
  'agent',
  'role',
  'level',
  'quality',
  'disputes',
  'cooperation',
  'execution',
  'orders',
  'refunds',
];

/** The Run log's rows (header left out) of the Chinese workbook at `path`. */
export async function runLogRows(path: string): Promise<Cell[][]> {
  return (await XlsxWorkbook.open(path)).read(sheetName('runLog', 'zh')).slice(1);
}
