/**
 * Nothing crosses documents or accounts (issue 22, item 4), through the built bundle over the fake:
 * the lock where Apps Script gives no document lock, the one trigger that runs a document when two
 * editors turned automation on, a trigger found by its stored id, and a busy trigger run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTOMATION_KEYS } from '../../src/core/automation/state';
import { say } from '../../src/core/messages/catalogue';
import { SHEET_KEYS, sheetName } from '../../src/core/sheets/template';
import { DUE_HANDLER, TRIGGER_KEY } from '../../src/gas/triggers';
import { build } from '../../src/tools/build';
import { createGasFakes, DEFAULT_USER, FakeTrigger, type GasFakes } from '../fakes/gas-services';
import { LOG, setUpBook } from './bundle-book';
import { loadBundle } from './bundle-harness';

beforeAll(async () => {
  await build();
}, 240_000);

const OTHER = 'colleague@example.com';
const key = (name: string) => `spiral.${name}`;

describe('the lock where LockService gives no document lock', () => {
  it("a run in one spreadsheet never makes another spreadsheet's run busy", async () => {
    const a = createGasFakes({ documentLock: false });
    const b = createGasFakes({
      documentLock: false,
      spreadsheetId: 'spreadsheet-2',
      executionId: 'an execution in spreadsheet-2',
    });
    // One published add-on: every document shares its script lock.
    b.document.locks.script = a.locks.script;
    const other: Promise<unknown>[] = [];
    a.env.fault = (method) => {
      if (method !== 'insertSheet') return;
      a.env.fault = null;
      other.push((loadBundle(b).call('setUpSheets') as Promise<unknown>).catch((e: unknown) => e));
    };
    await loadBundle(a).call('setUpSheets');
    expect(await other[0]).toBeUndefined();
    expect(b.ui.alerts[0]?.prompt ?? '').not.toContain(say('zh', 'automation.busy'));
    for (const fakes of [a, b]) expect(fakes.spreadsheet.names()).toContain(sheetName(SHEET_KEYS[0]!, 'zh'));
    expect(a.locks.script.holder).toBeNull();
    // No document state went to the user's own properties, which follow the user into every file.
    expect([...a.properties.user.store.keys()]).toEqual([]);
  });
});

describe('two editors turn automation on', () => {
  const at = '2026-11-09T03:00:00Z';
  const run = async (handler: string, fakes: GasFakes, e?: unknown) => {
    await loadBundle(fakes).call(handler, e);
    return fakes;
  };

  it('one trigger runs the document: the flag names its owner and the other trigger stops itself', async () => {
    const b = await setUpBook({ timeZone: 'Asia/Tokyo' }, at);
    await run('turnOnAutomation', b.first.nextExecution({ container: 'active', timeZone: 'Asia/Tokyo' }));
    const colleague = b.first.nextExecution({ container: 'active', user: OTHER, timeZone: 'Asia/Tokyo' });
    await run('turnOnAutomation', colleague);
    const flag = JSON.parse(b.first.properties.document.store.get(key(TRIGGER_KEY)) ?? '{}');
    const due = b.first.document.triggers.filter((t) => t.handler === DUE_HANDLER);
    const mine = due.find((t) => t.owner === DEFAULT_USER)!;
    const theirs = due.find((t) => t.owner === OTHER)!;
    expect(flag).toMatchObject({ id: theirs.uid, owner: OTHER });
    expect(b.runLog().at(-1)?.[LOG.actions]).toContain(
      say('zh', 'automation.log.tookOver', { owner: DEFAULT_USER }),
    );

    const logged = b.runLog().length;
    const stray = b.first.nextExecution({ container: 'trigger', user: DEFAULT_USER });
    stray.clock.time = Date.parse('2026-11-09T22:00:00Z');
    await run('runDueTrigger', stray, { triggerUid: mine.uid });
    expect(b.runLog()).toHaveLength(logged);
    expect(b.summaryTabs()).toEqual([]);
    expect(b.first.document.triggers).not.toContain(mine);

    const owner = b.first.nextExecution({ container: 'trigger', user: OTHER });
    owner.clock.time = Date.parse('2026-11-09T22:00:00Z');
    await run('runDueTrigger', owner, { triggerUid: theirs.uid });
    expect(b.runLog().at(-1)?.[LOG.trigger]).toBe('定时');

    const panel = b.first.nextExecution({ container: 'active' });
    const health = loadBundle(panel).call('sidebarHealth', 'zh') as { automation: { owner: string } };
    expect(health.automation.owner).toBe(OTHER);
  });

  it('turning off finds the trigger by its stored id even where getUserTriggers does not list it', async () => {
    const b = await setUpBook({}, at);
    await run('turnOnAutomation', b.first.nextExecution({ container: 'active' }));
    const made = b.first.document.triggers.find((t) => t.handler === DUE_HANDLER)!;
    // The same trigger, known to the project but not listed for this spreadsheet.
    const unlisted = new FakeTrigger(b.first.ScriptApp, DUE_HANDLER, null, made.schedule, DEFAULT_USER);
    b.first.document.triggers.splice(b.first.document.triggers.indexOf(made), 1, unlisted);
    const flag = JSON.parse(b.first.properties.document.store.get(key(TRIGGER_KEY))!);
    b.first.properties.document.store.set(key(TRIGGER_KEY), JSON.stringify({ ...flag, id: unlisted.uid }));
    await run('turnOffAutomation', b.first.nextExecution({ container: 'active' }));
    expect(b.first.document.triggers.filter((t) => t.handler === DUE_HANDLER)).toEqual([]);
  });
});

describe('a trigger run that finds the spreadsheet busy', () => {
  it('waits up to 30 s, then skips; the skip shows in the health tab', async () => {
    const b = await setUpBook({}, '2026-11-09T03:00:00Z');
    await b.run('turnOnAutomation', 'active');
    b.first.locks.document.holder = 'a long menu run';
    const trigger = await b.run('runDueTrigger', 'trigger', '2026-11-09T22:00:00Z');
    expect(trigger.fakes.locks.document.lastWaitMs).toBe(30_000);
    expect(
      b
        .runLog()
        .at(-1)
        ?.slice(LOG.trigger, LOG.outcome + 1),
    ).toEqual(['定时', say('zh', 'automation.log.busy'), 30, '忙碌跳过']);
    expect(b.first.properties.document.store.get(key(AUTOMATION_KEYS.lastAutomaticRun))).toBeUndefined();
    const panel = b.execution('active', '2026-11-09T22:05:00Z');
    const health = panel.bundle.call('sidebarHealth', 'zh') as { lastAutomaticRun: { outcome: string } };
    expect(health.lastAutomaticRun.outcome).toBe('busy');
  });
});
