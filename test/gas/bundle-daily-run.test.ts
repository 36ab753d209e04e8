/**
 * The daily run never dies silently (issue 22, item 3) and the trigger hour follows Settings
 * (item 5), through the built bundle over the fake: an hourly trigger that exits at once unless work
 * is due, a budget checked before every step, and a marker that outlives a killed run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTOMATION_KEYS } from '../../src/core/automation/state';
import { say } from '../../src/core/messages/catalogue';
import type { Inquiry } from '../../src/core/sheets/records';
import { DUE_HANDLER } from '../../src/gas/triggers';
import { build } from '../../src/tools/build';
import { type Book, LOG, setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const key = (name: string) => `spiral.${name}`;

const inquiry = (date: string): Omit<Inquiry, 'row'> => ({
  date,
  agent: '小美',
  customerId: `buyer-${date}`,
  customerType: 'new',
  channel: 'chat',
  stage: 'pre-sale',
  question: '有优惠吗',
  questionCategory: '',
  converted: true,
  transactionType: 'retail',
  amount: 199,
  product: '四件套',
  region: '浙江',
  noDealReason: '',
  followUp: '',
  firstResponseSeconds: 45,
  note: '',
});

/** Shanghai; trigger hour 7; W45 and October due on Tuesday 2026-11-10. */
async function book(): Promise<Book> {
  const b = await setUpBook({}, '2026-11-09T03:00:00Z');
  b.setSetting('triggerHour', 7);
  b.setSetting('lookBackWeeks', 1);
  b.setSetting('lookBackMonths', 1);
  b.append('inquiries', [inquiry('2026-10-30'), inquiry('2026-11-03')]);
  await b.run('turnOnAutomation', 'active');
  return b;
}

/** 2026-11-10 at an hour of Shanghai's wall clock (UTC+8). */
const shanghai = (hour: number, minute = 0) =>
  new Date(Date.UTC(2026, 10, 10, hour - 8, minute)).toISOString();

describe('the hourly trigger', () => {
  it('is one hourly trigger, exits at once before the Settings hour, and follows a changed hour', async () => {
    const b = await book();
    const due = b.first.document.triggers.filter((t) => t.handler === DUE_HANDLER);
    expect(due.map((t) => t.schedule)).toEqual([{ everyHours: 1 }]);
    const logged = b.runLog().length;
    const early = b.execution('trigger', shanghai(6, 10));
    early.fakes.resetCalls();
    await early.bundle.call('runDueTrigger');
    // Exiting at once: Settings is read, nothing else.
    expect(early.fakes.env.reads.map((read) => read.sheet)).toEqual(['设置']);
    expect(b.runLog()).toHaveLength(logged);
    b.setSetting('triggerHour', 9);
    await b.run('runDueTrigger', 'trigger', shanghai(7, 10));
    expect(b.runLog()).toHaveLength(logged);
    await b.run('runDueTrigger', 'trigger', shanghai(9, 10));
    expect(b.runLog()).toHaveLength(logged + 1);
    expect(b.summaryTabs().sort()).toEqual(['周报 2026-W45', '月报 2026-10']);
    await b.run('runDueTrigger', 'trigger', shanghai(10, 10));
    expect(b.runLog()).toHaveLength(logged + 1);
  });
});

describe('a daily run Apps Script kills', () => {
  it('leaves a marker naming its step; the health tab shows it; the next hour carries on', async () => {
    const b = await book();
    const killed = b.execution('trigger', shanghai(7, 5));
    let dead = false;
    // Apps Script ends the execution while it writes a summary tab: no later call takes effect.
    killed.fakes.env.fault = (method) => {
      if (method === 'insertSheet') dead = true;
      if (dead) throw new Error('Exceeded maximum execution time');
    };
    await expect(killed.bundle.call('runDueTrigger') as Promise<unknown>).rejects.toThrow(
      /maximum execution/,
    );
    killed.fakes.env.fault = null;
    // Apps Script releases a dead execution's locks.
    b.first.locks.document.holder = null;
    const marker = JSON.parse(b.first.properties.document.store.get(key(AUTOMATION_KEYS.running)) ?? 'null');
    expect(marker).toEqual({ at: shanghai(7, 5), step: 'summary' });

    const panel = b.execution('active', shanghai(7, 30));
    const health = panel.bundle.call('sidebarHealth', 'zh') as { interrupted: { message: string } | null };
    expect(health.interrupted?.message).toBe(
      say('zh', 'automation.health.killed', {
        at: '2026-11-10 07:05:00',
        step: say('zh', 'automation.step.summary'),
      }),
    );

    await b.run('runDueTrigger', 'trigger', shanghai(8, 5));
    const last = b.runLog().at(-1);
    expect(last?.[LOG.actions]).toContain(
      say('zh', 'automation.log.killed', {
        at: '2026-11-10 07:05:00',
        step: say('zh', 'automation.step.summary'),
      }),
    );
    expect(last?.[LOG.outcome]).toBe('完成');
    expect(b.summaryTabs().sort()).toEqual(['周报 2026-W45', '月报 2026-10']);
    expect(b.first.properties.document.store.has(key(AUTOMATION_KEYS.running))).toBe(false);
  });

  it('checks the budget before every step and stops well inside six minutes', async () => {
    const b = await book();
    const slow = b.execution('trigger', shanghai(7, 5));
    const start = slow.fakes.clock.time!;
    // Every read of a sheet takes 30 s: the budget runs out long before the steps are done.
    slow.fakes.env.fault = (method) => {
      if (method === 'getValues' && slow.fakes.clock.time !== null) slow.fakes.clock.time += 30_000;
    };
    await slow.bundle.call('runDueTrigger');
    slow.fakes.env.fault = null;
    const last = b.runLog().at(-1);
    expect(last?.[LOG.outcome]).toBe('部分完成');
    expect((slow.fakes.clock.time ?? 0) - start).toBeLessThan(360_000);
    expect(b.first.properties.document.store.get(key(AUTOMATION_KEYS.pending))).not.toBeUndefined();
  });
});
