/**
 * Issue 12 item 4: the daily run reads each log once. Driven through the built bundle over the
 * SpreadsheetApp fake: a trigger run that matches orders, classifies new rows and writes summary
 * tabs reads every sheet's table with one getValues, whatever the row count; the only other reads
 * of a log are the one-column re-reads a write makes under the lock just before it (issue 8).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/cli/demo/generate-demo';
import { importChats } from '../../src/core/ingest/import-chats';
import { importRecords } from '../../src/core/ingest/import-records';
import { inputTable } from '../../src/core/ingest/input-table';
import { say } from '../../src/core/messages/catalogue';
import { sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import type { SheetRead } from '../fakes/fake-env';
import { LOG, setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const LOGS = ['inquiries', 'reviews', 'orders'] as const;

/** A trigger run over a demo of `weeks` weeks (typed inquiries and reviews, the order export). */
async function dailyRun(weeks: number) {
  const demo = generateDemo({ seed: 7, start: '2026-09-07', weeks });
  const b = await setUpBook({}, '2026-09-07T01:00:00Z');
  b.append('inquiries', demo.inquiries);
  b.append('reviews', demo.reviews);
  // The chats become inquiries with no outcome yet, which matching fills from the orders.
  const [chatHeader, ...chats] = demo.exports.chats;
  importChats(b.wb, inputTable(chatHeader!, chats));
  const [orderHeader, ...orders] = demo.exports.orders;
  importRecords(b.wb, 'orders', inputTable(orderHeader!, orders));
  await b.run('turnOnAutomation', 'active');
  const end = new Date(Date.parse('2026-09-07T00:00:00Z') + weeks * 7 * 86_400_000 + 3_600_000);
  const trigger = b.execution('trigger', end.toISOString());
  trigger.fakes.resetCalls();
  await trigger.bundle.call('runDueTrigger');
  const reads = [...trigger.fakes.env.reads];
  const calls = { ...trigger.fakes.calls };
  const names = Object.fromEntries(LOGS.map((key) => [key, sheetName(key, 'zh')]));
  return { b, reads, calls, names, rows: demo.inquiries.length };
}

const onSheet = (reads: readonly SheetRead[], sheet: string) => reads.filter((r) => r.sheet === sheet);
/** A read of the whole table: from A1, more than the header row, more than one column. */
const whole = (r: SheetRead) => r.row === 1 && r.col === 1 && r.rows > 1 && r.cols > 1;

describe('the daily run reads each log once', () => {
  it('matches, classifies and writes summaries with one table read per log sheet', async () => {
    const { b, reads, names } = await dailyRun(3);
    const actions = String(b.runLog().at(-1)?.[LOG.actions]);
    // The run did every kind of work the count is about.
    expect(actions).toMatch(/分类：填写 [1-9]\d* 个单元格/);
    expect(actions).toMatch(/匹配订单：填写 [1-9]\d* 个单元格/);
    expect(actions).toContain(say('zh', 'automation.log.wroteTab', { tab: '周报 ' }));
    for (const key of LOGS) {
      const sheetReads = onSheet(reads, names[key]!);
      expect(sheetReads.filter(whole), `${key}: whole-table reads`).toHaveLength(1);
      // Anything else read from a log is a one-column re-read just before a write to that column.
      for (const read of sheetReads.filter((r) => !whole(r))) expect(read.cols).toBe(1);
    }
    // No sheet is read whole twice (Taxonomy, Scorecard included) but Settings: the hourly trigger
    // reads it once to see whether work is due, and the run reads it again under the lock.
    const wholeBySheet = new Map<string, number>();
    for (const read of reads.filter(whole))
      wholeBySheet.set(read.sheet, (wholeBySheet.get(read.sheet) ?? 0) + 1);
    for (const [sheet, count] of wholeBySheet) expect(count, sheet).toBe(sheet === '设置' ? 2 : 1);
  });

  it('lists the sheets once, and again only after the run itself added one', async () => {
    const { calls } = await dailyRun(3);
    // Before lookups were cached, every findSheet listed every sheet (38 getSheets in this run).
    expect(calls.insertSheet).toBeGreaterThan(0);
    expect(calls.getSheets).toBeLessThanOrEqual(1 + (calls.insertSheet ?? 0));
  });

  it('reads no more often with more rows', async () => {
    const small = await dailyRun(2);
    const large = await dailyRun(6);
    expect(large.rows).toBeGreaterThan(small.rows * 2);
    for (const key of LOGS) {
      const count = (run: typeof small) => onSheet(run.reads, run.names[key]!).length;
      expect(count(large), key).toBeLessThanOrEqual(count(small));
      expect(onSheet(large.reads, large.names[key]!).filter(whole), key).toHaveLength(1);
    }
  });
});
