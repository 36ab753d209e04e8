import { beforeAll, describe, expect, it } from 'vitest';
import { AUTOMATION_KEYS } from '../../src/core/automation/state';
import { say } from '../../src/core/messages/catalogue';
import type { Inquiry } from '../../src/core/sheets/records';
import { sheetName } from '../../src/core/sheets/template';
import { SPREADSHEET_ID_KEY } from '../../src/gas/main';
import { MENU } from '../../src/gas/menu';
import { DUE_HANDLER } from '../../src/gas/triggers';
import { build } from '../../src/tools/build';
import { createGasFakes, FakeTrigger } from '../fakes/gas-services';
import { type Book, LOG, setUpBook } from './bundle-book';
import { loadBundle } from './bundle-harness';

beforeAll(async () => {
  await build();
}, 240_000);

const key = (name: string) => `spiral.${name}`;

const inquiry = (date: string, converted: boolean): Omit<Inquiry, 'row'> => ({
  date,
  agent: '小美',
  customerId: `buyer-${date}-${converted}`,
  customerType: 'new',
  channel: 'chat',
  stage: 'pre-sale',
  question: '有优惠吗',
  questionCategory: '',
  converted,
  transactionType: converted ? 'retail' : null,
  amount: converted ? 199 : null,
  product: '四件套',
  region: '浙江',
  noDealReason: converted ? '' : '价格太高',
  followUp: '',
  firstResponseSeconds: 45,
  note: '',
});

/**
 * A Tokyo spreadsheet (Settings keep the Shanghai default), trigger hour 7, one week and one month of
 * look-back, and four inquiries: one in October, three in W45.
 */
async function book(): Promise<Book> {
  const b = await setUpBook({ timeZone: 'Asia/Tokyo' }, '2026-11-09T03:00:00Z');
  b.setSetting('triggerHour', 7);
  b.setSetting('lookBackWeeks', 1);
  b.setSetting('lookBackMonths', 1);
  b.append('inquiries', [
    inquiry('2026-10-30', true),
    inquiry('2026-11-02', true),
    inquiry('2026-11-03', false),
    inquiry('2026-11-04', true),
  ]);
  return b;
}

const dueTriggers = (b: Book) => b.first.document.triggers.filter((t) => t.handler === DUE_HANDLER);

describe('turning automation on and off from the menu', () => {
  it('keeps exactly one daily trigger at the Settings hour in the spreadsheet zone', async () => {
    const b = await book();
    const other = new FakeTrigger(b.first.ScriptApp, DUE_HANDLER, 'another-spreadsheet', { everyDays: 1 });
    b.first.document.triggers.push(other);
    const first = await b.run('turnOnAutomation', 'active');
    const again = await b.run('turnOnAutomation', 'active');
    const mine = dueTriggers(b).filter((t) => t.documentId === b.first.spreadsheet.id);
    expect(mine).toHaveLength(1);
    // Hourly; each run does the day's work once the Settings hour (07:00 Tokyo) has come.
    expect(mine[0]?.schedule).toEqual({ everyHours: 1 });
    expect(first.fakes.ui.alerts[0]?.prompt).toMatch(/^已开启自动汇总：每天 07:00 \(Asia\/Tokyo\)/);
    expect(again.fakes.ui.alerts[0]?.prompt).toMatch(/^自动汇总已经开启，无需更改/);
    const store = b.first.properties.document.store;
    expect(store.get(SPREADSHEET_ID_KEY)).toBe(b.first.spreadsheet.id);
    expect(store.get(key(AUTOMATION_KEYS.enabled))).toBe('2026-11-09T03:00:00.000Z');
    expect(
      b
        .runLog()
        .slice(-2)
        .map((row) => [row[LOG.trigger], row[LOG.outcome]]),
    ).toEqual([
      ['菜单', '完成'],
      ['菜单', '完成'],
    ]);

    b.setSetting('triggerHour', 5);
    await b.run('turnOnAutomation', 'active');
    expect(dueTriggers(b).filter((t) => t.documentId === b.first.spreadsheet.id)).toEqual(mine);
    expect(JSON.parse(store.get(key('automation.trigger')) ?? '{}')).toMatchObject({ hour: 5 });

    const off = await b.run('turnOffAutomation', 'active');
    expect(dueTriggers(b)).toEqual([other]);
    expect(store.get(key(AUTOMATION_KEYS.enabled))).toBeUndefined();
    expect(off.fakes.ui.alerts[0]?.prompt).toBe('已关闭自动汇总，定时任务已删除。');
  });

  it('a click while another run holds the lock says the sheet is busy and changes nothing', async () => {
    const b = await book();
    const names = b.first.spreadsheet.names();
    const run = b.execution('active');
    b.first.locks.document.holder = 'a running trigger';
    await expect(run.bundle.call('turnOnAutomation') as Promise<void>).rejects.toThrow(
      say('zh', 'automation.busy'),
    );
    expect(run.fakes.ui.alerts[0]?.prompt).toMatch(/表格正忙/);
    expect(dueTriggers(b)).toEqual([]);
    expect(b.first.properties.document.store.get(key(AUTOMATION_KEYS.enabled))).toBeUndefined();
    expect(b.first.spreadsheet.names()).toEqual(names);
    expect(b.first.locks.document.holder).toBe('a running trigger');
    expect(b.runLog().at(-1)?.[LOG.outcome]).toBe('忙碌跳过');
  });
});

describe('the time-driven trigger in the built bundle', () => {
  it('opens the spreadsheet by its stored id with no active spreadsheet and writes the due tabs', async () => {
    const b = await book();
    await b.run('turnOnAutomation', 'active');
    // Tuesday 2026-11-10 07:00 in Tokyo: W45 and October are the last closed periods.
    const run = await b.run('runDueTrigger', 'trigger', '2026-11-09T22:00:00Z');
    expect(run.fakes.SpreadsheetApp.options.active).toBe(false);
    expect(run.fakes.calls.openById).toBeGreaterThan(0);
    expect(b.summaryTabs()).toEqual(['月报 2026-10', '周报 2026-W45']);
    const week = b.first.spreadsheet.sheet('周报 2026-W45').snapshot();
    expect(week.find((row) => row[0] === '售前询单')?.slice(1, 3)).toEqual([3, 1]);
    const last = b.runLog().at(-1);
    expect(last?.[LOG.trigger]).toBe('定时');
    expect(last?.[LOG.outcome]).toBe('完成');
    expect(last?.[LOG.actions]).toContain(say('zh', 'automation.log.wroteTab', { tab: '周报 2026-W45' }));
    expect(b.first.properties.document.store.get(key(AUTOMATION_KEYS.lastAutomaticRun))).toBe(
      '2026-11-09T22:00:00.000Z',
    );
    expect(run.fakes.ui.alerts).toEqual([]);
  });

  it('logs busy and changes nothing else while another run holds the lock', async () => {
    const b = await book();
    await b.run('turnOnAutomation', 'active');
    b.first.locks.document.holder = 'a menu click';
    const before = b.runLog().length;
    await b.run('runDueTrigger', 'trigger', '2026-11-09T22:00:00Z');
    expect(b.summaryTabs()).toEqual([]);
    expect(b.runLog()).toHaveLength(before + 1);
    expect(
      b
        .runLog()
        .at(-1)
        ?.slice(LOG.trigger, LOG.outcome + 1),
    ).toEqual(['定时', '另一次运行正占用表格；本次未做任何事', 30, '忙碌跳过']);
    expect(b.first.properties.document.store.get(key(AUTOMATION_KEYS.lastAutomaticRun))).toBeUndefined();
    expect(b.first.locks.document.holder).toBe('a menu click');
  });

  it('removes itself and does nothing when automation was turned off', async () => {
    const b = await book();
    await b.run('turnOnAutomation', 'active');
    b.first.properties.document.deleteProperty(key(AUTOMATION_KEYS.enabled));
    const before = b.runLog().length;
    await b.run('runDueTrigger', 'trigger', '2026-11-09T22:00:00Z');
    expect(dueTriggers(b)).toEqual([]);
    expect(b.summaryTabs()).toEqual([]);
    expect(b.runLog()).toHaveLength(before);
  });

  it('fails with a clear error when it has neither an active nor a stored spreadsheet', async () => {
    const bundle = loadBundle(createGasFakes({ container: 'trigger' }));
    await expect(bundle.call('runDueTrigger') as Promise<void>).rejects.toThrow(
      /Spiral cannot find its spreadsheet/,
    );
  });
});

describe('the stalled-automation warning when the menu opens', () => {
  const expectedWarning = /^自动汇总已 3 天没有运行/;

  it('shows a toast and a first menu item in LIMITED mode, reading only what LIMITED allows', async () => {
    const b = await book();
    await b.run('turnOnAutomation', 'active');
    await b.run('runDueTrigger', 'trigger', '2026-11-09T22:00:00Z');
    const open = b.execution('active', '2026-11-13T01:00:00Z');
    open.fakes.setAuthMode('LIMITED');
    open.bundle.call('onOpen', { authMode: open.fakes.ScriptApp.AuthMode.LIMITED });
    open.fakes.setAuthMode('FULL');
    expect(b.first.spreadsheet.toasts).toHaveLength(1);
    expect(b.first.spreadsheet.toasts[0]).toMatchObject({ title: 'Spiral', timeoutSeconds: 10 });
    expect(b.first.spreadsheet.toasts[0]?.message).toMatch(expectedWarning);
    const items = open.fakes.ui.shownItems();
    expect(items[0]).toEqual({
      // The workbook is set up (its language known), so the item is in Chinese alone.
      caption: say('zh', 'menu.label.showAutomationWarning'),
      functionName: 'showAutomationWarning',
    });
    const click = await b.run('showAutomationWarning', 'active', '2026-11-13T01:00:00Z');
    expect(click.fakes.ui.alerts[0]?.prompt).toMatch(expectedWarning);
  });

  it('shows nothing while automatic runs are recent or automation is off', async () => {
    const b = await book();
    const quiet = b.execution('active', '2026-11-13T01:00:00Z');
    quiet.bundle.call('onOpen', { authMode: 'FULL' });
    await b.run('turnOnAutomation', 'active', '2026-11-09T03:00:00Z');
    await b.run('runDueTrigger', 'trigger', '2026-11-09T22:00:00Z');
    const fresh = b.execution('active', '2026-11-11T01:00:00Z');
    fresh.bundle.call('onOpen', { authMode: 'LIMITED' });
    expect(b.first.spreadsheet.toasts).toEqual([]);
    for (const run of [quiet, fresh])
      expect(run.fakes.ui.shownItems()[0]).toMatchObject({ functionName: MENU[0] });
  });

  it('keeps the menu when reading the warning fails', async () => {
    const b = await book();
    const open = b.execution('active');
    open.fakes.env.fault = (method) => {
      if (method === 'document.getProperty') throw new Error('properties unavailable');
    };
    open.bundle.call('onOpen', { authMode: 'FULL' });
    open.fakes.env.fault = null;
    expect(open.fakes.ui.shownItems()[0]).toMatchObject({ functionName: MENU[0] });
    expect(open.fakes.console.lines.some((line) => line.text.includes('properties unavailable'))).toBe(true);
  });
});

it('the Run log sheet exists after set-up, so every run above could be logged', async () => {
  const b = await book();
  expect(b.first.spreadsheet.names()).toContain(sheetName('runLog', 'zh'));
});
