/**
 * Issue 8 item 3 through the CLI over .xlsx: run-due records the scored month only once the
 * workbook is saved, replaces its state file atomically, and names and rebuilds a damaged one.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { nodeAtomicFs } from '../../src/cli/files/atomic-write';
import { FileProperties } from '../../src/cli/files/file-ports';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { AUTOMATION_KEYS } from '../../src/core/automation/state';
import { importRows } from '../../src/core/ingest/import-rows';
import { cliSandbox, SCORECARD_INPUTS } from './cli-harness';

const cli = cliSandbox('spiral-state');
const { err } = cli;

/** Tuesday 2026-11-10 09:00 in Shanghai: October is the last closed month. */
const NOW = '2026-11-10T09:00:00+08:00';

async function octoberBook(): Promise<string> {
  const book = join(cli.dir, 'shop.xlsx');
  expect(await main(['init', book])).toBe(0);
  const wb = await XlsxWorkbook.open(book);
  const result = importRows(wb, 'scorecard', SCORECARD_INPUTS, [
    ['2026-10', '阿杰', 'after-sale', 'regular', '优', '优', '良', '优', '100', '2'],
  ]);
  expect(result.rejected).toEqual([]);
  await wb.save(book);
  return book;
}

const scoreOf = async (book: string) => {
  const grid = (await XlsxWorkbook.open(book)).read('客服考核');
  return grid[1]?.[grid[0]!.indexOf('得分')];
};

describe('spiral run-due: state follows the save', () => {
  it('does not record the scored month when saving the workbook fails, so the next run scores it', async () => {
    const book = await octoberBook();
    // The save fails at its last step (the rename over the workbook), whichever adapter wrote the file.
    const save = vi.spyOn(nodeAtomicFs, 'rename').mockRejectedValueOnce(new Error('disk full'));
    expect(await main(['run-due', book, '--now', NOW])).toBe(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(await scoreOf(book)).toBe('');
    expect(FileProperties.beside(book).get(AUTOMATION_KEYS.scorecardMonth)).toBeNull();

    expect(await main(['run-due', book, '--now', NOW])).toBe(0);
    expect(typeof (await scoreOf(book))).toBe('number');
    expect(FileProperties.beside(book).get(AUTOMATION_KEYS.scorecardMonth)).toBe('2026-10');
  });

  it('replaces the state file whole (a new file renamed over the old), never rewriting it in place', async () => {
    const book = await octoberBook();
    const state = FileProperties.beside(book).path;
    writeFileSync(state, '{}\n');
    const before = statSync(state).ino;
    expect(await main(['run-due', book, '--now', NOW])).toBe(0);
    expect(statSync(state).ino).not.toBe(before);
    expect(JSON.parse(readFileSync(state, 'utf8'))).toMatchObject({
      [AUTOMATION_KEYS.scorecardMonth]: '2026-10',
    });
  });

  it('names a damaged state file, keeps it aside and rebuilds the state from the workbook', async () => {
    const book = await octoberBook();
    expect(await main(['run-due', book, '--now', NOW])).toBe(0);
    const score = await scoreOf(book);
    const state = FileProperties.beside(book).path;
    writeFileSync(state, '{"runDue.scorecardMonth": "2026-1');

    expect(await main(['run-due', book, '--now', NOW])).toBe(0);
    expect(err.join('')).toContain(`${state}`);
    expect(err.join('')).toMatch(/damaged|已损坏/);
    expect(readFileSync(`${state}.damaged`, 'utf8')).toBe('{"runDue.scorecardMonth": "2026-1');
    expect(FileProperties.beside(book).get(AUTOMATION_KEYS.scorecardMonth)).toBe('2026-10');
    expect(await scoreOf(book)).toBe(score);
    // And the run after that is an ordinary one.
    err.length = 0;
    expect(await main(['run-due', book, '--now', NOW])).toBe(0);
    expect(err.join('')).toBe('');
    expect(existsSync(state)).toBe(true);
  });
});
