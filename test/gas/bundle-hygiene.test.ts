/**
 * Apps Script hygiene through the built bundle: writes are flushed before the lock goes, and a
 * trigger that needs re-authorisation says so instead of failing every day.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/cli/demo/generate-demo';
import { AUTOMATION_KEYS } from '../../src/core/automation/state';
import { build } from '../../src/tools/build';
import { LOG, setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 120_000);

const DEMO = generateDemo({ seed: 5, start: '2026-10-05', weeks: 2 });
const NOW = '2026-11-10T01:00:00Z';

describe('SpreadsheetApp.flush before every lock release', () => {
  it.each(['classifyNewRows', 'lastWeekSummary'])(
    '%s flushes its writes before releasing the lock',
    async (handler) => {
      const b = await setUpBook({}, NOW);
      b.append('inquiries', DEMO.inquiries);
      b.append('reviews', DEMO.reviews);
      const run = b.execution('active', NOW);
      const calls: string[] = [];
      run.fakes.env.fault = (method) => {
        calls.push(method);
      };
      await run.bundle.call(handler);
      run.fakes.env.fault = null;
      const release = calls.lastIndexOf('releaseLock');
      const lastWrite = calls.lastIndexOf('setValues');
      expect(release).toBeGreaterThan(lastWrite);
      expect(lastWrite).toBeGreaterThan(-1);
      expect(calls.slice(lastWrite, release)).toContain('flush');
    },
  );
});

describe('a trigger that needs re-authorisation', () => {
  it('writes nothing, logs why, warns on the menu, and runs again once a menu run has happened', async () => {
    const b = await setUpBook({}, NOW);
    b.append('inquiries', DEMO.inquiries);
    await b.run('turnOnAutomation', 'active', NOW);
    const before = b.summaryTabs();
    const trigger = b.execution('trigger', '2026-11-11T01:00:00Z');
    trigger.fakes.env.authorizationRequired = true;
    await trigger.bundle.call('runDueTrigger');
    expect(b.summaryTabs()).toEqual(before);
    expect(String(b.runLog().at(-1)?.[LOG.actions])).toContain(
      '未运行：需要重新授权（https://script.google.com/',
    );
    expect(
      trigger.fakes.properties.document.getProperty(`spiral.${AUTOMATION_KEYS.reauthorize}`),
    ).not.toBeNull();

    // The menu, opened next, says what to do.
    const open = b.execution('active', '2026-11-11T02:00:00Z');
    await open.bundle.call('showAutomationWarning');
    expect(open.fakes.ui.alerts.at(-1)?.prompt).toContain('需要重新授权');

    // That menu run had full authorisation: the next trigger runs and writes the due tabs.
    const next = b.execution('trigger', '2026-11-12T01:00:00Z');
    next.fakes.env.authorizationRequired = false;
    await next.bundle.call('runDueTrigger');
    expect(b.summaryTabs().length).toBeGreaterThan(before.length);
  });
});
