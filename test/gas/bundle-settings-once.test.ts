/**
 * Issue 24 item 1: a run reads the Settings sheet once and hands the settings to its use cases
 * through the run context. Driven through the built bundle over the SpreadsheetApp fake, counting
 * the whole-table reads of 设置 in one menu job (the month prompt before the run reads it too, to
 * ask in the workbook's language) and in one daily trigger run (the trigger reads it once to see
 * whether work is due, and the run once under the lock).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/cli/demo/generate-demo';
import { jobEntries } from '../../src/core/jobs/job-table';
import { sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import type { SheetRead } from '../fakes/fake-env';
import { type Execution, setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const DEMO = generateDemo({ seed: 11, start: '2026-10-05', weeks: 3 });
const NOW = '2026-11-10T01:00:00Z';
const SETTINGS = sheetName('settings', 'zh');

/** Whole-table reads of the Settings sheet since the execution began. */
const settingsReads = (run: Execution) =>
  run.fakes.env.reads.filter((r: SheetRead) => r.sheet === SETTINGS && r.row === 1 && r.rows > 1).length;

async function book() {
  const b = await setUpBook({}, NOW);
  b.append('inquiries', DEMO.inquiries);
  b.append('reviews', DEMO.reviews);
  b.append(
    'scorecard',
    DEMO.scorecard.filter((row) => row.month === '2026-10'),
  );
  return b;
}

describe('a run reads Settings once', () => {
  it('计算考核: once for the prompt, once for the run (which pays and guards pay from it)', async () => {
    const b = await book();
    const run = b.execution('active');
    run.fakes.resetCalls();
    run.fakes.env.reads.length = 0;
    run.fakes.ui.promptResponses.push({ button: 'OK', text: '2026-10' });
    await run.bundle.call('computeScorecard');
    expect(run.fakes.ui.alerts[0]?.prompt).toContain('已计算 2026-10 考核');
    expect(settingsReads(run)).toBe(2);
  });

  it('分类新记录 and 匹配订单: once each', async () => {
    const b = await book();
    for (const handler of ['classifyNewRows', 'matchOrders']) {
      const run = b.execution('active');
      run.fakes.env.reads.length = 0;
      await run.bundle.call(handler);
      expect(settingsReads(run), handler).toBe(1);
    }
  });

  /** A menu or panel job that asks for its period reads Settings once more before the run, to ask in the workbook's language. */
  const asks = (period: string | null) => period === 'askMonth' || period === 'askPeriod';
  /**
   * Set-up reads the sheet it installs: once to add the columns it lacks and once to seed the
   * settings it lacks, besides the run's reading.
   */
  const INSTALL_READS = 2;

  it('every job of the table from the menu: once for the run (once more for a prompt, the sheet set-up installs)', async () => {
    const b = await book();
    const counts: Record<string, number> = {};
    for (const { id, entry } of jobEntries()) {
      const run = b.execution('active');
      run.fakes.env.reads.length = 0;
      if (entry.period === 'askMonth') run.fakes.ui.promptResponses.push({ button: 'OK', text: '2026-10' });
      if (entry.period === 'askPeriod') run.fakes.ui.promptResponses.push({ button: 'OK', text: '2026-W43' });
      await run.bundle.call(entry.handler);
      expect(run.fakes.ui.alerts.length, entry.handler).toBe(1);
      counts[entry.handler] = settingsReads(run);
      const expected = 1 + (asks(entry.period) ? 1 : 0) + (id === 'setUp' ? INSTALL_READS : 0);
      expect(counts[entry.handler], entry.handler).toBe(expected);
    }
    expect(Object.keys(counts).length).toBeGreaterThanOrEqual(9);
  });

  it("every job of the panel's Jobs tab: once, a typed period included (read again only to say it is wrong)", async () => {
    const b = await book();
    for (const { id, entry } of jobEntries().filter(({ entry }) => entry.panel)) {
      const run = b.execution('active');
      run.fakes.env.reads.length = 0;
      const typed = entry.period === 'askMonth' ? '2026-10' : entry.period === 'askPeriod' ? '2026-W43' : '';
      const { id: job } = run.bundle.call('sidebarRunJob', entry.handler, typed) as { id: string };
      let outcome: { state: string; ok?: boolean } = { state: 'running' };
      for (let i = 0; i < 100 && outcome.state === 'running'; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        outcome = run.bundle.call('sidebarJobResult', job, 'zh') as typeof outcome;
      }
      expect(outcome, entry.handler).toMatchObject({ state: 'done', ok: true });
      expect(settingsReads(run), entry.handler).toBe(1 + (id === 'setUp' ? INSTALL_READS : 0));
    }
  });

  it("the panel's import of a chat log, batch by batch: once per batch", async () => {
    const b = await book();
    const run = b.execution('active');
    run.fakes.env.reads.length = 0;
    const result = run.bundle.call(
      'sidebarImport',
      {
        sheet: 'chats',
        file: 'chats.csv',
        header: ['时间', '买家', '客服', '发送方', '内容'],
        headerLine: 1,
        rows: [
          { line: 2, cells: ['2026-11-03 09:00:00', '阿明', '', '买家', '这个四件套有现货吗'] },
          { line: 3, cells: ['2026-11-03 09:01:05', '阿明', '小美', '客服', '亲，有现货的'] },
        ],
        unreadable: [],
        range: { from: 1, to: 2, of: 2 },
      },
      'zh',
    );
    expect(result).toMatchObject({ new: 1, rejected: 0 });
    expect(settingsReads(run)).toBe(1);
  });
});
