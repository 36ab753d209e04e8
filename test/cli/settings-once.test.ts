/**
 * Issue 24 item 1 through the CLI over .xlsx files: one command reads the Settings sheet once and
 * hands the settings to its use cases (counted at the streamed .xlsx workbook's reads of 设置).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { StreamingXlsxWorkbook } from '../../src/cli/xlsx/stream/streaming-workbook';
import { cliSandbox, csv, SCORECARD_INPUTS, writeChats } from './cli-harness';

const cli = cliSandbox('spiral-settings-once');

/** Reads of the Settings sheet while `args` runs. */
async function settingsReads(args: string[]): Promise<number> {
  const read = vi.spyOn(StreamingXlsxWorkbook.prototype, 'read');
  try {
    expect(await main(args)).toBe(0);
    return read.mock.calls.filter(([name]) => name === '设置').length;
  } finally {
    read.mockRestore();
  }
}

describe('a CLI command reads Settings once', () => {
  it('kpi (which pays, and guards pay from the same reading), classify, and a chat import', async () => {
    const path = join(cli.dir, 'shop.xlsx');
    expect(await main(['init', path])).toBe(0);
    const scorecard = join(cli.dir, 'scorecard.csv');
    writeFileSync(
      scorecard,
      csv([
        [...SCORECARD_INPUTS, 'late', 'praises'],
        ['2026-11', '小美', '售后', '高级', '优', '优', '优', '优', '100', '6', '0', '0'],
      ]),
    );
    expect(await main(['import', path, '--sheet', 'scorecard', '--file', scorecard])).toBe(0);
    const chats = writeChats(cli.dir);
    expect(await settingsReads(['import', path, '--sheet', 'chats', '--file', chats])).toBe(1);
    expect(await settingsReads(['classify', path])).toBe(1);
    expect(await settingsReads(['kpi', path, '--month', '2026-11'])).toBe(1);
    // Every other command of a job of the table, and the daily run.
    const now = ['--now', '2026-12-02T01:00:00Z'];
    expect(await settingsReads(['match', path, ...now])).toBe(1);
    expect(await settingsReads(['summary', path, '--month', '2026-11'])).toBe(1);
    expect(await settingsReads(['effects', path, ...now])).toBe(1);
    expect(await settingsReads(['queues', path, ...now])).toBe(1);
    expect(await settingsReads(['run-due', path, ...now])).toBe(1);
  });
});
