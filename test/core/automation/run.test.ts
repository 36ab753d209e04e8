import { describe, expect, it } from 'vitest';
import { BusyError, runLogged } from '../../../src/core/automation/run';
import { installTemplates } from '../../../src/core/setup/install';
import { FakeClock, MemoryLock } from '../../fakes/memory-ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

function setUp() {
  const wb = new MemoryWorkbook();
  installTemplates(wb);
  return { wb, clock: new FakeClock('2026-11-23T01:00:00Z'), lock: new MemoryLock() };
}

const logRows = (wb: MemoryWorkbook) => wb.read('运行日志').slice(1);

describe('runLogged', () => {
  it('logs a row per run: when, how started, what it did, how long, the outcome', async () => {
    const { wb, clock, lock } = setUp();
    const run = await runLogged({ wb, clock, lock }, 'menu', (ctx) => {
      clock.advance(2500);
      ctx.did('classified 3 rows');
      return 42;
    });
    expect(run).toMatchObject({ result: 42, outcome: 'ok' });
    expect(logRows(wb)).toEqual([['2026-11-23 09:00:00', '菜单', 'classified 3 rows', 2.5, '完成', '']]);
    expect(lock.holder).toBeNull();
  });

  it('logs an error in full and rethrows it, releasing the lock', async () => {
    const { wb, clock, lock } = setUp();
    const failing = runLogged({ wb, clock, lock }, 'trigger', (ctx) => {
      ctx.did('started');
      throw new Error('injected failure');
    });
    await expect(failing).rejects.toThrow('injected failure');
    const [row] = logRows(wb);
    expect(row!.slice(1, 5)).toEqual(['定时', 'started', 0, '出错']);
    expect(row![5]).toMatch(/^Error: injected failure\n\s+at /);
    expect(lock.holder).toBeNull();
  });

  it('a menu click while another run holds the lock says the sheet is busy; a trigger logs and leaves it', async () => {
    const { wb, clock, lock } = setUp();
    const first = lock.handle();
    expect(first.tryAcquire(0)).toBe(true);
    let ran = false;
    const work = () => {
      ran = true;
    };
    await expect(runLogged({ wb, clock, lock: lock.handle() }, 'menu', work)).rejects.toBeInstanceOf(
      BusyError,
    );
    const trigger = await runLogged({ wb, clock, lock: lock.handle() }, 'trigger', work);
    expect(trigger.outcome).toBe('busy');
    expect(ran).toBe(false);
    expect(lock.waits.slice(1)).toEqual([10_000, 30_000]);
    expect(logRows(wb).map((r) => r[4])).toEqual(['忙碌跳过', '忙碌跳过']);
  });

  it('rebuilds the Problems sheet when a use case reports problems', async () => {
    const { wb, clock, lock } = setUp();
    const problem = {
      sheet: '询单记录',
      row: 7,
      column: '日期',
      value: '2026-02-30',
      reason: 'no such date',
      severity: 'error' as const,
    };
    await runLogged({ wb, clock, lock }, 'menu', (ctx) =>
      ctx.reportProblems([problem, { ...problem, row: 3, severity: 'warning' }]),
    );
    expect(wb.read('问题清单').slice(1)).toEqual([
      ['询单记录', 7, '日期', '2026-02-30', 'no such date', '错误'],
      ['询单记录', 3, '日期', '2026-02-30', 'no such date', '警告'],
    ]);
    await runLogged({ wb, clock, lock }, 'menu', (ctx) => ctx.reportProblems([]));
    expect(wb.read('问题清单').slice(1)).toEqual([]);
  });

  it('tells the use case when the time budget is spent, and logs the run as partial', async () => {
    const { wb, lock } = setUp();
    const clock = new FakeClock('2026-11-23T01:00:00Z');
    const done: number[] = [];
    const run = await runLogged({ wb, clock, lock }, 'trigger', (ctx) => {
      for (let i = 0; i < 10; i++) {
        if (ctx.timeUp()) {
          ctx.stoppedEarly();
          break;
        }
        clock.advance(60_000);
        done.push(i);
      }
    });
    // The default budget is 240 s: four one-minute jobs start, the fifth does not.
    expect(done).toEqual([0, 1, 2, 3]);
    expect(run.outcome).toBe('partial');
  });
});
