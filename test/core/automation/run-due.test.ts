import { beforeAll, describe, expect, it } from 'vitest';
import { asTextRows } from '../../../src/cli/commands/demo';
import { generateDemo } from '../../../src/cli/demo/generate-demo';
import { DUE_STEPS, type RunDueSteps, runDue } from '../../../src/core/automation/run-due';
import { AUTOMATION_KEYS } from '../../../src/core/automation/state';
import { importRows } from '../../../src/core/ingest/import-rows';
import { say } from '../../../src/core/messages/catalogue';
import { installTemplates } from '../../../src/core/setup/install';
import { FakeClock, MemoryLock, MemoryProperties } from '../../fakes/memory-ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

const DEMO = generateDemo({ seed: 7, start: '2026-09-28', weeks: 6 });

function demoBook(lookBack = { weeks: '3', months: '2' }): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  for (const [key, records] of [
    ['inquiries', DEMO.inquiries],
    ['reviews', DEMO.reviews],
    ['scorecard', DEMO.scorecard],
  ] as const) {
    const { header, rows } = asTextRows(records);
    importRows(wb, key, header, rows);
  }
  // A short look-back keeps the test quick: three weeks and two months.
  const settings = wb.read('设置');
  const row = (key: string) => settings.findIndex((r) => r[0] === key) + 1;
  wb.write('设置', row('lookBackWeeks'), 2, [[lookBack.weeks]]);
  wb.write('设置', row('lookBackMonths'), 2, [[lookBack.months]]);
  return wb;
}

function countingSteps(): RunDueSteps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    match: async (wb, now, settings) => {
      calls.push('match');
      return DUE_STEPS.match(wb, now, settings);
    },
    classify: async () => {
      calls.push('classify');
      return { filled: 0, problems: [] };
    },
    suggest: async () => ({ problems: [] }),
    scorecard: async (wb, month, settings) => {
      calls.push(`scorecard ${month}`);
      return DUE_STEPS.scorecard(wb, month, settings);
    },
  };
}

const summaryTabs = (wb: MemoryWorkbook) => wb.sheetNames().filter((n) => /^(周报|月报) /.test(n));

describe('runDue', () => {
  let wb: MemoryWorkbook;
  let properties: MemoryProperties;
  const lock = new MemoryLock();
  // Tuesday 2026-11-10 09:00 in Shanghai: W45 is the last closed week, 2026-10 the last closed month.
  const clock = new FakeClock('2026-11-10T01:00:00Z');

  beforeAll(() => {
    wb = demoBook();
    properties = new MemoryProperties();
  });

  it('writes every missing closed week and month within the look-back, oldest first, and the scorecard once', async () => {
    const steps = countingSteps();
    const report = await runDue({ wb, clock, lock, properties, timeZone: 'Asia/Shanghai' }, 'trigger', steps);
    expect(report.outcome).toBe('ok');
    expect(report.made).toEqual([
      '月报 2026-09',
      '周报 2026-W43',
      '月报 2026-10',
      '周报 2026-W44',
      '周报 2026-W45',
    ]);
    expect(steps.calls).toEqual(['match', 'classify', 'scorecard 2026-10']);
    expect(summaryTabs(wb)).toEqual(report.made);
    expect(properties.get(AUTOMATION_KEYS.lastAutomaticRun)).toBe('2026-11-10T01:00:00.000Z');
  });

  it('does nothing on a second run at the same time', async () => {
    const steps = countingSteps();
    const before = wb.sheetNames().map((n) => [n, wb.tabOf(n)]);
    const writeTabs = wb.calls.writeTab;
    const report = await runDue({ wb, clock, lock, properties, timeZone: 'Asia/Shanghai' }, 'trigger', steps);
    expect(report.made).toEqual([]);
    expect(report.actions).toEqual([say('zh', 'automation.log.nothingDue')]);
    expect(steps.calls).toEqual(['match', 'classify']);
    expect(wb.calls.writeTab).toBe(writeTabs);
    expect(wb.sheetNames().map((n) => [n, wb.tabOf(n)])).toEqual(before);
  });

  it('puts the scorecard in the month tab', () => {
    const tab = wb.tabOf('月报 2026-10')!;
    const agents = new Set(DEMO.scorecard.filter((r) => r.month === '2026-10').map((r) => r.agent));
    const cells = tab.values.flat();
    for (const agent of agents) expect(cells).toContain(agent);
  });
});

describe('runDue under a time budget and failures', () => {
  it('stops starting new work when the budget is spent and finishes on the next run', async () => {
    const wb = demoBook();
    const properties = new MemoryProperties();
    // Every clock read advances 40 s: the 240 s budget runs out part-way through the catch-up.
    const clock = new FakeClock('2026-11-10T01:00:00Z', 40_000);
    const ports = { wb, clock, lock: new MemoryLock(), properties, timeZone: 'Asia/Shanghai' };
    const first = await runDue(ports, 'trigger', countingSteps());
    expect(first.outcome).toBe('partial');
    expect(first.pending.length).toBeGreaterThan(0);
    expect(JSON.parse(properties.get(AUTOMATION_KEYS.pending)!)).toEqual(first.pending);
    const second = await runDue(
      { ...ports, clock: new FakeClock('2026-11-10T02:00:00Z') },
      'trigger',
      countingSteps(),
    );
    expect(second.outcome).toBe('ok');
    expect([...first.made, ...second.made]).toEqual([
      '月报 2026-09',
      '周报 2026-W43',
      '月报 2026-10',
      '周报 2026-W44',
      '周报 2026-W45',
    ]);
    // What was left is made next time (the scorecard, when left, is computed, not a tab).
    expect(second.made.map((name) => name.split(' ')[1])).toEqual(
      first.pending.filter((job) => !job.startsWith('scorecard')),
    );
    expect(properties.get(AUTOMATION_KEYS.pending)).toBeNull();
  });

  it('logs a failure in full, rethrows it, and the next run catches up', async () => {
    const wb = demoBook();
    const properties = new MemoryProperties();
    const ports = {
      wb,
      clock: new FakeClock('2026-11-10T01:00:00Z'),
      lock: new MemoryLock(),
      properties,
      timeZone: 'Asia/Shanghai',
    };
    const failing = countingSteps();
    failing.scorecard = async () => {
      throw new Error('injected: scorecard failed');
    };
    await expect(runDue(ports, 'trigger', failing)).rejects.toThrow('injected: scorecard failed');
    expect(properties.get(AUTOMATION_KEYS.lastAutomaticRun)).toBeNull();
    expect(summaryTabs(wb)).toEqual([]);
    const retry = await runDue(ports, 'trigger', countingSteps());
    expect(retry.made).toHaveLength(5);
    const log = wb.read('运行日志').slice(1);
    expect(log.map((r) => r[4])).toEqual(['出错', '完成']);
    expect(String(log[0]![5])).toContain('injected: scorecard failed');
  });

  it('writes no tab for a period that ended before the first logged row', async () => {
    const wb = demoBook({ weeks: '12', months: '6' });
    const ports = {
      wb,
      clock: new FakeClock('2026-11-10T01:00:00Z'),
      lock: new MemoryLock(),
      properties: new MemoryProperties(),
      timeZone: 'Asia/Shanghai',
    };
    const report = await runDue(ports, 'trigger', countingSteps());
    // The demo log starts on Monday 2026-09-28 (W40).
    expect(report.made).toEqual([
      '月报 2026-09',
      '周报 2026-W40',
      '周报 2026-W41',
      '周报 2026-W42',
      '周报 2026-W43',
      '月报 2026-10',
      '周报 2026-W44',
      '周报 2026-W45',
    ]);
  });

  it('leaves everything for the next run when another run holds the lock', async () => {
    const wb = demoBook();
    const lock = new MemoryLock();
    lock.handle().tryAcquire(0);
    const ports = {
      wb,
      clock: new FakeClock('2026-11-10T01:00:00Z'),
      lock: lock.handle(),
      properties: new MemoryProperties(),
      timeZone: 'Asia/Shanghai',
    };
    const report = await runDue(ports, 'trigger', countingSteps());
    expect(report.outcome).toBe('busy');
    expect(summaryTabs(wb)).toEqual([]);
  });
});

describe('runDue with the real steps', () => {
  it('classifies once: a second run at the same time writes nothing but its run-log row', async () => {
    const wb = demoBook();
    const ports = {
      wb,
      clock: new FakeClock('2026-11-10T01:00:00Z'),
      lock: new MemoryLock(),
      properties: new MemoryProperties(),
      timeZone: 'Asia/Shanghai',
    };
    const first = await runDue(ports, 'trigger');
    expect(first.classified).toBeGreaterThan(0);
    expect(first.scorecardMonth).toBe('2026-10');
    const snapshot = wb
      .sheetNames()
      .filter((n) => n !== '运行日志')
      .map((n) => [n, wb.read(n), wb.tabOf(n)]);
    const writes = wb.calls.write;
    const second = await runDue(ports, 'trigger');
    expect(second.classified).toBe(0);
    expect(second.actions).toEqual([say('zh', 'automation.log.nothingDue')]);
    // The Problems sheet is rebuilt (one write) and the run log gains its row (one write).
    expect(wb.calls.write - writes).toBe(2);
    expect(
      wb
        .sheetNames()
        .filter((n) => n !== '运行日志')
        .map((n) => [n, wb.read(n), wb.tabOf(n)]),
    ).toEqual(snapshot);
  });
});
