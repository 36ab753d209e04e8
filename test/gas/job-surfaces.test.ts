/**
 * One job table (issue 24, item 3): the menu, the panel's Jobs tab and the CLI's commands are all
 * built from src/core/jobs, so a job added there shows up everywhere, and nothing lists a job it lacks.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/spiral';
import {
  IMPORT_TARGETS,
  JOB_IDS,
  JOBS,
  jobCommands,
  jobEntries,
  SHELL_JOBS,
} from '../../src/core/jobs/job-table';
import { CATALOGUE, say } from '../../src/core/messages/catalogue';
import { MENU, MENU_GROUPS, MENU_LABELS, SEPARATOR } from '../../src/gas/menu';
import { SIDEBAR_FUNCTIONS } from '../../src/gas/sidebar/functions';
import { build } from '../../src/tools/build';
import { setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

/** Entries of the menu and the panel that are not jobs: the panel itself and automation on/off. */
const NOT_JOBS = ['showSidebar', 'turnOnAutomation', 'turnOffAutomation'];
/** Apps Script functions that start no job: the simple triggers, the panel, automation on/off and its warning. */
const NOT_JOB_HANDLERS = [
  'onOpen',
  'onInstall',
  'showSidebar',
  'turnOnAutomation',
  'turnOffAutomation',
  'showAutomationWarning',
];
/** The panel's calls that start no job: what it shows, the Jobs tab's own start and poll, settings, the rule tester. */
const NOT_JOB_PANEL = [
  'sidebarBoot',
  'sidebarHealth',
  'sidebarRunJob',
  'sidebarJobResult',
  'sidebarTestRule',
  'sidebarSettings',
  'sidebarSaveSettings',
  'sidebarOpenSheet',
];
/** CLI commands that are tools rather than jobs a workbook runs. */
const CLI_TOOLS = ['rules', 'report', 'sql', 'demo'];

describe('menu, panel and CLI come from one job table', () => {
  const handlers = jobEntries().map(({ entry }) => entry.handler);

  it('the menu lists every job entry of the table, in its order, and nothing else', () => {
    expect(MENU_GROUPS.flat().sort()).toEqual(JOB_IDS.filter((id) => JOBS[id].entries.length > 0).sort());
    const menuJobs = MENU.filter((e) => e !== SEPARATOR && !NOT_JOBS.includes(e));
    expect(menuJobs).toEqual(handlers);
    expect(handlers).toEqual(expect.arrayContaining(['updateEffects', 'updateQueues']));
  });

  it("the panel's Jobs tab offers the table's jobs, Effects and the review lists included", async () => {
    const book = await setUpBook();
    const boot = book.execution('active').bundle.call('sidebarBoot', 'en') as {
      jobs: { job: string; argument: string | null }[];
    };
    const panelJobs = boot.jobs.map((j) => j.job).filter((j) => !NOT_JOBS.includes(j));
    expect(panelJobs).toEqual(
      jobEntries()
        .filter(({ entry }) => entry.panel)
        .map(({ entry }) => entry.handler),
    );
    expect(panelJobs).toEqual(expect.arrayContaining(['updateEffects', 'updateQueues']));
    expect(boot.jobs.find((j) => j.job === 'computeScorecard')?.argument).toBe('month');
    expect(boot.jobs.find((j) => j.job === 'summaryFor')?.argument).toBe('period');
  });

  it('the panel runs Effects and the review lists as the menu does, each logged', async () => {
    const book = await setUpBook({}, '2026-11-10T01:00:00Z');
    for (const job of ['updateEffects', 'updateQueues']) {
      const run = book.execution('active', '2026-11-10T01:00:00Z');
      const { id } = run.bundle.call('sidebarRunJob', job, '') as { id: string };
      let outcome: unknown = { state: 'running' };
      for (let i = 0; i < 50 && (outcome as { state: string }).state === 'running'; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        outcome = book.execution('active', '2026-11-10T01:00:10Z').bundle.call('sidebarJobResult', id, 'zh');
      }
      expect(outcome).toMatchObject({ state: 'done', ok: true });
    }
    const logged = book
      .runLog()
      .map((row) => row.join(' '))
      .join('\n');
    expect(logged).toContain('项行动');
    expect(logged).toContain(say('zh', 'effects.queue.followUp.tab'));
  });

  it('every job has its CLI command, and the CLI has no job the table lacks', () => {
    const commands = Object.keys(COMMANDS);
    expect(commands).toEqual(expect.arrayContaining(jobCommands()));
    expect(commands.filter((c) => !jobCommands().includes(c)).sort()).toEqual([...CLI_TOOLS].sort());
  });

  it('every job entry has its label in the menu (both languages) and the panel (each language)', () => {
    for (const handler of handlers) {
      expect(MENU_LABELS).toHaveProperty(handler);
      expect(CATALOGUE).toHaveProperty(`menu.label.${handler}`);
      expect(CATALOGUE).toHaveProperty(`sidebar.job.${handler}`);
    }
  });

  it('every Apps Script function and panel call that starts a job belongs to a job of the table', () => {
    // The functions dist/Code.js exposes at top level: all Apps Script can call by name.
    const exposed = [...readFileSync('dist/Code.js', 'utf8').matchAll(/^function (\w+)\(/gm)].map(
      (m) => m[1]!,
    );
    const panel = new Set<string>(SIDEBAR_FUNCTIONS);
    const handlers = exposed.filter((name) => !panel.has(name) && !NOT_JOB_HANDLERS.includes(name));
    const tableHandlers = [
      ...jobEntries().map(({ entry }) => entry.handler),
      ...Object.values(SHELL_JOBS).map((job) => job.handler),
    ];
    expect(handlers.sort()).toEqual(tableHandlers.sort());
    const panelJobs = exposed.filter((name) => panel.has(name) && !NOT_JOB_PANEL.includes(name));
    expect(panelJobs.sort()).toEqual(JOB_IDS.flatMap((id) => JOBS[id].panelFunction ?? []).sort());
  });

  it("the panel's Import tab and `spiral import --sheet` offer the import job's targets", async () => {
    const book = await setUpBook();
    const boot = book.execution('active').bundle.call('sidebarBoot', 'en') as {
      importable: { key: string }[];
    };
    expect(boot.importable.map((i) => i.key)).toEqual([...IMPORT_TARGETS]);
  });
});
