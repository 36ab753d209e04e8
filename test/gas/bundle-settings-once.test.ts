/**
 * Issue 24 item 1: a run reads the Settings sheet once and hands the settings to its use cases
 * through the run context. Driven through the built bundle over the SpreadsheetApp fake, counting
 * the whole-table reads of 设置 in one menu job (the month prompt before the run reads it too, to
 * ask in the workbook's language) and in one daily trigger run (the trigger reads it once to see
 * whether work is due, and the run once under the lock).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/cli/demo/generate-demo';
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
});
