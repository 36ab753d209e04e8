/**
 * Issue 5's acceptance: ten simulated weeks of daily trigger runs from the built bundle, with the
 * team logging each day's inquiries and reviews, one day without a run and one run failing mid-way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/cli/demo/generate-demo';
import { say } from '../../src/core/messages/catalogue';
import { computeScorecardResults } from '../../src/core/scorecard/results';
import { readSettings } from '../../src/core/settings/settings';
import { readInquiries, readScorecard } from '../../src/core/sheets/tables';
import { generateSummary } from '../../src/core/summary/generate-summary';
import { summaryTabName } from '../../src/core/summary/tab-name';
import { addDays, closedPeriodsSince } from '../../src/core/time/periods';
import { build } from '../../src/tools/build';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { type Book, LOG, setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const ZONE = 'Asia/Shanghai';
const START = '2026-09-21';
const DAYS = 70;
/** A Monday: last week's tab is due that morning and is caught up the next day. */
const SKIPPED = '2026-10-12';
/** October's first due day: the run scores October's agents, then fails writing October's tab. */
const FAILING = '2026-11-01';
const INJECTED = 'Service Spreadsheets timed out while accessing document with id spreadsheet-1 (injected)';

/** A third of the seeded demo shop's rows keeps seventy runs quick; the signals do not matter here. */
const DEMO = generateDemo({ seed: 20261122, start: START, weeks: 10 });
const inquiries = DEMO.inquiries.filter((_, i) => i % 3 === 0);
const reviews = DEMO.reviews.filter((_, i) => i % 3 === 0);

/** 06:00 in Shanghai (the default trigger hour) on a date is 22:00 UTC the day before. */
const runTime = (date: string) => `${addDays(date, -1)}T22:00:00Z`;
/** The team's day ends at 23:00 in Shanghai. */
const endOfDay = (date: string) => `${date}T15:00:00Z`;

interface Story {
  book: Book;
  runDays: string[];
  failure: unknown;
}

async function tenWeeks(): Promise<Story> {
  const book = await setUpBook({}, `${START}T01:00:00Z`);
  book.append('competitors', DEMO.competitors);
  book.append('scorecard', DEMO.scorecard);
  await book.run('turnOnAutomation', 'active');
  const runDays: string[] = [];
  let failure: unknown = null;
  for (let day = 0; day < DAYS; day++) {
    const date = addDays(START, day);
    book.first.clock.time = Date.parse(endOfDay(date));
    book.append(
      'inquiries',
      inquiries.filter((row) => row.date === date),
    );
    book.append(
      'reviews',
      reviews.filter((row) => row.date === date),
    );
    const next = addDays(date, 1);
    if (next === SKIPPED) continue;
    runDays.push(next);
    const run = book.execution('trigger', runTime(next));
    if (next === FAILING) {
      const ContextError = run.bundle.evaluate('Error') as ErrorConstructor;
      run.fakes.env.fault = (method, sheet) => {
        if (method !== 'setValues' || !sheet?.includes('月报 2026-10')) return;
        run.fakes.env.fault = null;
        throw new ContextError(INJECTED);
      };
      failure = await (run.bundle.call('runDueTrigger') as Promise<void>).catch((error: unknown) => error);
      run.fakes.env.fault = null;
    } else {
      await run.bundle.call('runDueTrigger');
    }
  }
  return { book, runDays, failure };
}

/**
 * Every closed week and month within the look-back (8 weeks, 3 months by default) of any run,
 * except those that ended before the first logged row: computed from the calendar alone.
 */
function expectedTabs(runDays: readonly string[]): string[] {
  const firstLogged = [...inquiries, ...reviews].map((row) => row.date).sort()[0] ?? START;
  const ids = new Map<string, string>();
  for (const day of runDays) {
    const now = new Date(runTime(day));
    const periods = [
      ...closedPeriodsSince('week', now, ZONE, 8),
      ...closedPeriodsSince('month', now, ZONE, 3),
    ];
    for (const period of periods)
      if (period.end >= firstLogged) ids.set(period.id, summaryTabName(period, 'zh'));
  }
  return [...ids.values()].sort();
}

/** The tab as a fresh generateSummary writes it from the final logs, in a memory workbook. */
async function freshTab(book: Book, tab: string, periodId: string): Promise<unknown[][]> {
  const names = book.wb.sheetNames().filter((name) => !/^(周报|月报) /.test(name));
  const memory = MemoryWorkbook.from(Object.fromEntries(names.map((name) => [name, book.wb.read(name)])));
  const { settings } = readSettings(memory);
  const scorecard = periodId.includes('W')
    ? undefined
    : await computeScorecardResults(
        readScorecard(memory).records.filter((row) => row.month === periodId),
        readInquiries(memory).records,
        settings,
      );
  generateSummary(memory, periodId, scorecard ? { scorecard } : {});
  return memory.read(tab);
}

describe('ten weeks of daily trigger runs', () => {
  let story: Story;

  beforeAll(async () => {
    story = await tenWeeks();
  }, 240_000);

  it('ends with exactly the expected summary tabs, each once, and no draft left behind', () => {
    const tabs = story.book.summaryTabs();
    expect([...tabs].sort()).toEqual(expectedTabs(story.runDays));
    expect(new Set(tabs).size).toBe(tabs.length);
    expect(story.book.first.spreadsheet.names().filter((name) => name.startsWith('~'))).toEqual([]);
    const actions = story.book.runLog().map((row) => String(row[LOG.actions]));
    for (const tab of tabs) {
      expect(
        actions.filter((line) => line.split('; ').includes(say('zh', 'automation.log.wroteTab', { tab }))),
        tab,
      ).toHaveLength(1);
    }
  });

  it('writes each tab as a fresh summary of the same logs would, including the ones caught up', async () => {
    for (const period of ['2026-W41', '2026-W44', '2026-W47', '2026-10']) {
      const tab = period.includes('W') ? `周报 ${period}` : `月报 ${period}`;
      const written = story.book.wb.read(tab);
      expect(written.find((row) => row[0] === '售前询单')?.[1], tab).toBeGreaterThan(0);
      expect(written, tab).toEqual(await freshTab(story.book, tab, period));
    }
  });

  it('tells the story in the Run log: a row per run, the failure in full, the skipped day absent, catch-up after', () => {
    const { book, runDays, failure } = story;
    const triggered = book.runLog().filter((row) => row[LOG.trigger] === '定时');
    expect(triggered.map((row) => String(row[LOG.when]).slice(0, 10))).toEqual(runDays);
    expect(runDays).toHaveLength(DAYS - 1);
    expect(runDays).not.toContain(SKIPPED);
    const on = (date: string) => triggered.find((row) => String(row[LOG.when]).startsWith(date));
    expect(on(addDays(SKIPPED, 1))?.[LOG.actions]).toContain(
      say('zh', 'automation.log.wroteTab', { tab: '周报 2026-W41' }),
    );

    // The error reached Apps Script (the handler rejected with it), after the Run log recorded it.
    expect((failure as Error | null)?.message).toBe(INJECTED);
    const failed = on(FAILING);
    expect(failed?.[LOG.outcome]).toBe('出错');
    expect(failed?.[LOG.error]).toContain(INJECTED);
    expect(failed?.[LOG.error]).toMatch(/\n\s+at /);
    const [classified, scored] = String(failed?.[LOG.actions]).split('; ');
    const cells = Number(/\d+/.exec(classified ?? '')?.[0]);
    expect(classified).toBe(say('zh', 'automation.log.classifiedCells', { cells }));
    const agents = Number(/(\d+)/.exec((scored ?? '').replace('2026-10', ''))?.[0]);
    expect(scored).toBe(say('zh', 'scorecard.runLine', { month: '2026-10', agents, unpaid: 0 }));
    expect(cells * agents).toBeGreaterThan(0);
    // The next morning finishes October and writes the week that closed overnight; the scorecard is not redone.
    const after = String(on(addDays(FAILING, 1))?.[LOG.actions]).split('; ');
    const wrote = say('zh', 'automation.log.wroteTab', { tab: '' });
    expect(after.filter((action) => action.startsWith(wrote))).toEqual([
      say('zh', 'automation.log.wroteTab', { tab: '月报 2026-10' }),
      say('zh', 'automation.log.wroteTab', { tab: '周报 2026-W44' }),
    ]);
    const scorecardLine = say('zh', 'scorecard.runLine', { month: '2026-10' }).split('{agents}')[0]!;
    expect(after.some((action) => action.startsWith(scorecardLine))).toBe(false);
    expect(triggered.filter((row) => row[LOG.outcome] !== '完成')).toEqual([failed]);
  });

  it('records the last automatic run, so the menu shows no warning', () => {
    const { book, runDays } = story;
    expect(book.first.properties.document.store.get('spiral.automation.lastRun')).toBe(
      new Date(runTime(runDays.at(-1) ?? '')).toISOString(),
    );
  });
});
