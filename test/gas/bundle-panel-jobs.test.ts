/**
 * The panel never waits forever (issue 22, item 5): a job's record has a start time, a job killed at
 * Apps Script's limit reads as failed, old records are pruned, and the page stops asking.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../src/core/messages/catalogue';
import { JOB_PREFIX } from '../../src/gas/sidebar/jobs';
import { type JobDeps, PAGE_LIMIT_MS, runJob } from '../../src/gas/sidebar/page/run-job';
import { build } from '../../src/tools/build';
import { setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const T0 = Date.parse('2026-11-10T01:00:00Z');
const MINUTE = 60_000;

describe('panel jobs in the built bundle', () => {
  it('a job still running past the 6-minute limit reads as failed, once', async () => {
    const b = await setUpBook({}, '2026-11-10T01:00:00Z');
    const started = b.execution('active', '2026-11-10T01:00:00Z');
    const { id } = started.bundle.call('sidebarRunJob', 'lastWeekSummary', '') as { id: string };
    const store = b.first.properties.document.store;
    const record = JSON.parse(store.get(JOB_PREFIX + id) ?? '{}');
    expect(record.startedAt).toBe(T0);
    // The execution was killed before it wrote its outcome.
    store.set(JOB_PREFIX + id, JSON.stringify({ state: 'running', startedAt: T0 }));
    const early = b.execution('active', '2026-11-10T01:05:00Z');
    expect(early.bundle.call('sidebarJobResult', id, 'zh')).toEqual({ state: 'running' });
    const late = b.execution('active', '2026-11-10T01:07:00Z');
    expect(late.bundle.call('sidebarJobResult', id, 'zh')).toEqual({
      state: 'done',
      ok: false,
      message: say('zh', 'sidebar.jobs.killed'),
    });
    expect(store.has(JOB_PREFIX + id)).toBe(false);
    expect([...b.first.properties.user.store.keys()]).toEqual([]);
  });

  it('starting a job prunes records over an hour old, read or not', async () => {
    const b = await setUpBook({}, '2026-11-10T01:00:00Z');
    const store = b.first.properties.document.store;
    for (let i = 0; i < 40; i++)
      store.set(
        `${JOB_PREFIX}old-${i}`,
        JSON.stringify({ state: 'done', ok: true, message: 'x', startedAt: T0 - 61 * MINUTE }),
      );
    store.set(`${JOB_PREFIX}legacy`, JSON.stringify({ state: 'done', ok: true, message: 'x' }));
    store.set(
      `${JOB_PREFIX}recent`,
      JSON.stringify({ state: 'done', ok: true, message: 'x', startedAt: T0 - MINUTE }),
    );
    const run = b.execution('active', '2026-11-10T01:00:00Z');
    const { id } = run.bundle.call('sidebarRunJob', 'lastWeekSummary', '') as { id: string };
    await Promise.resolve();
    const jobs = [...store.keys()].filter((k) => k.startsWith(JOB_PREFIX)).sort();
    expect(jobs).toEqual([JOB_PREFIX + id, `${JOB_PREFIX}recent`].sort());
  });
});

it('the leftover importExportRows entry is gone: the panel imports through sidebarImport only', async () => {
  const b = await setUpBook();
  const { bundle } = b.execution('active');
  expect(bundle.evaluate('typeof importExportRows')).toBe('undefined');
  expect(bundle.evaluate('typeof sidebarImport')).toBe('function');
});

describe('the page waiting for a job', () => {
  it('reports failure and stops asking once the job has run 6.5 minutes', async () => {
    let now = T0;
    let asked = 0;
    const deps: JobDeps = {
      call: async <T>(name: string) => {
        if (name === 'sidebarRunJob') return { id: 'job-1' } as T;
        if (++asked > 10_000) throw new Error('still polling');
        return { state: 'running' } as T;
      },
      wait: async (ms) => {
        now += ms;
      },
      now: () => now,
      killed: () => 'killed',
    };
    const outcome = await runJob('lastWeekSummary', '', 'zh', deps);
    expect(outcome).toEqual({ state: 'done', ok: false, message: 'killed' });
    expect(now - T0).toBeGreaterThan(PAGE_LIMIT_MS);
    expect(now - T0).toBeLessThan(PAGE_LIMIT_MS + 2_000);
  });
});
