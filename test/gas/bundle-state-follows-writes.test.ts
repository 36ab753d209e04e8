/**
 * Issue 8 item 3 through the bundled Apps Script over the fake: the daily run records the scored
 * month in the document properties only after the scorecard's writes have gone through (flush
 * first), and records nothing when they do not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTOMATION_KEYS } from '../../src/core/automation/state';
import { sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { type Book, setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 60_000);

const SET_UP = '2026-11-09T01:00:00Z';
/** Tuesday 2026-11-10 06:00 in Shanghai: October is the last closed month. */
const TRIGGER_AT = '2026-11-09T22:00:00Z';
const SCORECARD = sheetName('scorecard', 'zh');
const MONTH_KEY = `spiral.${AUTOMATION_KEYS.scorecardMonth}`;

async function octoberBook(): Promise<Book> {
  const b = await setUpBook({}, SET_UP);
  b.append('scorecard', [
    {
      month: '2026-10',
      agent: '阿杰',
      role: 'after-sale',
      level: 'regular',
      quality: 'excellent',
      disputes: 'excellent',
      cooperation: 'good',
      execution: 'excellent',
      orders: 100,
      refunds: 2,
    },
  ]);
  await b.run('turnOnAutomation', 'active');
  return b;
}

describe('runDue in Sheets: state follows the writes', () => {
  it('flushes the scorecard writes before recording the scored month', async () => {
    const b = await octoberBook();
    const calls: string[] = [];
    b.first.env.fault = (method, sheet) => {
      calls.push(sheet === null ? method : `${method} ${sheet}`);
    };
    await b.run('runDueTrigger', 'trigger', TRIGGER_AT);
    b.first.env.fault = null;
    expect(b.first.properties.document.store.get(MONTH_KEY)).toBe('2026-10');
    const lastScoreWrite = calls.lastIndexOf(`setValues ${SCORECARD}`);
    const recorded = calls.indexOf('document.setProperty', lastScoreWrite);
    expect(lastScoreWrite).toBeGreaterThan(-1);
    expect(recorded).toBeGreaterThan(lastScoreWrite);
    expect(calls.slice(lastScoreWrite, recorded)).toContain('flush');
  });

  it('records no scored month when the writes do not go through, so the next run scores it', async () => {
    const b = await octoberBook();
    b.first.env.fault = (method) => {
      if (method === 'flush')
        throw new Error('Service Spreadsheets timed out while accessing document (injected).');
    };
    const failed = b.execution('trigger', TRIGGER_AT);
    await expect(failed.bundle.call('runDueTrigger') as Promise<void>).rejects.toThrow(/injected/);
    b.first.env.fault = null;
    expect(b.first.properties.document.store.get(MONTH_KEY)).toBeUndefined();

    await b.run('runDueTrigger', 'trigger', TRIGGER_AT);
    expect(b.first.properties.document.store.get(MONTH_KEY)).toBe('2026-10');
  });
});
