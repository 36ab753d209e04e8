/**
 * Every job Spiral runs, described once: how it runs inside a logged run, its Run log line, its
 * closing message, the problems it lists, and where it is started — the CLI command, the menu
 * entries and the panel's Jobs tab. The menu, the panel and the CLI's command list are built
 * from this table (test/core/jobs/job-table.test.ts holds them to it).
 */
import type { PropertiesPort, WorkbookPort } from '../../ports';
import type { RunContext } from '../automation/run';
import { runDue } from '../automation/run-due';
import { recordSummaryTab } from '../automation/tab-retention';
import { classifyNewRows } from '../classify/classify-new-rows';
import { effectsMessage, generateEffects } from '../effects/generate-effects';
import { queuesMessage, writeQueues } from '../effects/generate-queues';
import { readQueueOrders } from '../effects/order-purchases';
import { importChats } from '../ingest/import-chats';
import { counts, type ImportOptions, type ImportResult, importRecords } from '../ingest/import-records';
import { IMPORTABLE } from '../ingest/import-rows';
import type { InputTable } from '../ingest/input-table';
import { matchOrders } from '../matching/match-orders';
import { matchLogLine, matchSummary } from '../matching/match-report';
import { say } from '../messages/catalogue';
import { reasonsLine, suggestReasons } from '../reasons/suggest-reasons';
import { rolesLine, writeProductRoles } from '../roles/write-roles';
import { computeScorecard, type ScoreOptions, scorecardRunLine } from '../scorecard/compute-scorecard';
import type { Settings } from '../settings/settings';
import { installTemplates } from '../setup/install';
import type { Problem } from '../sheets/records';
import { readInquiries } from '../sheets/tables';
import type { Lang, SheetKey } from '../sheets/template';
import { type GeneratedSummary, loadSummaryData, writeSummary } from '../summary/generate-summary';
import { wallClock } from '../time/date-time';
import { parsePeriod } from '../time/periods';
import { classifyMessage, installMessage, scorecardMessage, summaryMessage } from './job-messages';
import { monthScorecard } from './month-scorecard';

/** What a shell hands a job besides the run's context. */
export interface JobInput {
  /** The zone the job's dates are read in: the spreadsheet's in Sheets, Settings' in the CLI. */
  timeZone: string;
  /** The week or month a job works on (summary, scorecard), as its id (2026-W47, 2026-11). */
  period?: string;
  /** Set-up: the language a new workbook takes, decided by the shell under the lock. */
  chooseLanguage?: () => Lang | undefined;
  /** Summary: where a written tab is remembered (Sheets), so the daily run knows it as Spiral's own. */
  properties?: PropertiesPort;
  /** Scorecard: compute even where the pay settings are refused. */
  score?: ScoreOptions;
  /** Import: the rows a shell read from a file (the CLI) or the panel sent, and where they go. */
  import?: ImportInput;
}

/** What the import job is handed; the shell has read the file, the job reads Settings with the run. */
export interface ImportInput {
  /** One of IMPORT_TARGETS. */
  sheet: string;
  table: InputTable;
  /** `lang`: the messages' language where a shell shows them in its own (the panel's); the workbook's by default. */
  options?: Omit<ImportOptions, 'settings'>;
}

/** Where rows can be imported: the importable sheets, and 'chats' (a chat log becomes Inquiries rows, one per buyer per day). */
export const IMPORT_TARGETS: readonly string[] = [...IMPORTABLE, 'chats'];

/** Imports a table into its sheet with the run's settings: the one place a shell's import lands. */
export function importTable(wb: WorkbookPort, input: ImportInput, settings: Settings): ImportResult {
  const options = { lang: settings.language, ...input.options, settings };
  return input.sheet === 'chats'
    ? importChats(wb, input.table, options)
    : importRecords(wb, input.sheet as SheetKey, input.table, options);
}

/** How a menu entry (and its panel button) picks the period the job works on. */
export type PeriodChoice = 'lastWeek' | 'lastMonth' | 'askMonth' | 'askPeriod' | null;

/** A menu entry that starts the job; the panel offers it too when `panel` is true. */
export interface JobEntry {
  /** The Apps Script handler the menu calls (its label is menu.label.<handler>, the panel's sidebar.job.<handler>). */
  handler: string;
  period: PeriodChoice;
  panel: boolean;
}

/** A job that runs whole inside a logged run, the same in every shell. */
export interface Job<R = unknown> {
  /** `spiral <command>` runs it from the command line. */
  command: string;
  entries: readonly JobEntry[];
  /** The panel function that starts it outside the Jobs tab (the Import tab sends rows batch by batch). */
  panelFunction?: string;
  run(context: RunContext, input: JobInput): R | Promise<R>;
  /** The lines it adds to the Run log. */
  logLines(result: R, lang: Lang): string[];
  /** What it tells the user when it ends: the menu's alert, the panel's result, the CLI's output. */
  message(result: R, lang: Lang): string;
  /** Problems found in the data, listed in the Problems sheet; a job without it leaves that sheet alone. */
  problems?(result: R): readonly Problem[];
}

/** A job whose driving belongs to a shell (the trigger's schedule, its properties): described here, run there. */
export interface ShellJob {
  command: string;
  /** The Apps Script function the time-driven trigger calls. */
  handler: string;
  /** The use case both shells call with their own ports (the CLI's state file, the trigger's properties). */
  run: (...args: never[]) => unknown;
}

const job = <R>(spec: Job<R>): Job<R> => spec;
const entry = (handler: string, period: PeriodChoice = null, panel = true): JobEntry => ({
  handler,
  period,
  panel,
});

function requirePeriod(input: JobInput): string {
  if (input.period === undefined) throw new Error('Spiral: this job needs a period.');
  return input.period;
}

export const JOBS = {
  setUp: job({
    command: 'init',
    entries: [entry('setUpSheets')],
    run: (context, input) => {
      const language = input.chooseLanguage?.();
      const existing = context.settings.language;
      const report = installTemplates(context.wb, { existing, ...(language ? { language } : {}) });
      if (language) context.languageChosen(language);
      return report;
    },
    logLines: (report, lang) => [say(lang, 'automation.log.setUp', { created: report.created.length })],
    message: (report) => installMessage(report),
    problems: () => [],
  }),
  import: job({
    command: 'import',
    // Started from the panel's Import tab (batch by batch, see importTable) and the CLI; no menu entry.
    entries: [],
    panelFunction: 'sidebarImport',
    run: (context, input) => {
      if (input.import === undefined) throw new Error('Spiral: the import job needs rows.');
      return importTable(context.wb, input.import, context.settings);
    },
    logLines: (result, lang) => [say(lang, 'menu.log.import', { ...counts(result), sheet: result.sheet })],
    message: (result, lang) => say(lang, 'menu.log.import', { ...counts(result), sheet: result.sheet }),
  }),
  match: job({
    command: 'match',
    entries: [entry('matchOrders')],
    run: (context, input) =>
      matchOrders(context.wb, { now: wallClock(context.now(), input.timeZone), settings: context.settings }),
    logLines: (report, lang) => [matchLogLine(report, lang)],
    message: (report, lang) => matchSummary(report, lang),
    problems: (report) => [...report.inquiryProblems, ...report.problems],
  }),
  classify: job({
    command: 'classify',
    entries: [entry('classifyNewRows')],
    // Classifying also suggests the no-deal reason of lost chats (建议原因) and each item's role (建议角色).
    run: (context) => ({
      ...classifyNewRows(context.wb, context.settings),
      reasons: suggestReasons(context.wb, context.settings),
      roles: writeProductRoles(context.wb, context.settings),
    }),
    logLines: (report, lang) => [
      say(lang, 'automation.log.classified', {
        questions: report.inquiries.filled,
        reviews: report.reviews.categorized,
      }),
      ...(report.reasons.blank > 0 ? [reasonsLine(report.reasons, lang)] : []),
      ...(report.roles.items > 0 ? [rolesLine(report.roles, lang)] : []),
    ],
    message: (report, lang) => classifyMessage(report, lang),
    problems: (report) => [...report.problems, ...report.reasons.problems, ...report.roles.problems],
  }),
  scorecard: job({
    command: 'kpi',
    entries: [entry('computeScorecard', 'askMonth')],
    run: (context, input) =>
      computeScorecard(context.wb, requirePeriod(input), context, undefined, input.score ?? {}),
    logLines: (report, lang) => [scorecardRunLine(report, lang)],
    message: (report, lang) => scorecardMessage(report, lang),
    problems: (report) => report.problems,
  }),
  summary: job({
    command: 'summary',
    entries: [
      entry('lastWeekSummary', 'lastWeek'),
      entry('lastMonthSummary', 'lastMonth'),
      entry('summaryFor', 'askPeriod'),
    ],
    // A month's tab shows its scorecard; a tab written is remembered so the daily run's retention
    // knows it as Spiral's own (and an edit to it as the user's).
    run: async (context, input): Promise<GeneratedSummary> => {
      const period = parsePeriod(requirePeriod(input));
      const data = loadSummaryData(context.wb, context.settings);
      const written = writeSummary(context.wb, period, data, await monthScorecard(context.wb, period, data));
      if (input.properties) recordSummaryTab(input.properties, written.tabName, written.values);
      return { ...written, problems: data.problems };
    },
    logLines: (summary, lang) => [say(lang, 'automation.log.wroteTab', { tab: summary.tabName })],
    message: (summary) => summaryMessage(summary),
    problems: (summary) => summary.problems,
  }),
  effects: job({
    command: 'effects',
    entries: [entry('updateEffects')],
    run: (context, input) => generateEffects(context.wb, context.now(), input.timeZone, context.settings),
    logLines: (report, lang) => [
      say(lang, 'menu.log.effects', { tab: report.tabName, count: report.rows.length }),
    ],
    message: (report, lang) => effectsMessage(report, lang),
    problems: (report) => report.problems,
  }),
  queues: job({
    command: 'queues',
    entries: [entry('updateQueues')],
    run: (context, input) =>
      writeQueues(
        context.wb,
        {
          settings: context.settings,
          inquiries: readInquiries(context.wb).records,
          ...readQueueOrders(context.wb),
        },
        context.now(),
        input.timeZone,
      ),
    logLines: (tabs, lang) => [
      say(lang, 'menu.log.queues', { review: tabs.review.tabName, followUp: tabs.followUp.tabName }),
    ],
    message: (tabs, lang) => queuesMessage(tabs, lang),
    // No problems: the queues list no findings of their own, so another job's stay on the Problems sheet.
  }),
} as const;

export type JobId = keyof typeof JOBS;

/** The jobs a shell runs itself: run-due is what the daily trigger does. */
export const SHELL_JOBS = {
  runDue: { command: 'run-due', handler: 'runDueTrigger', run: runDue },
} satisfies Record<string, ShellJob>;

export const JOB_IDS = Object.keys(JOBS) as JobId[];

/** Runs a job inside a logged run: its work, its problems to the Problems sheet, its Run log line. */
export async function runJob<R>(
  spec: Job<R>,
  context: RunContext,
  input: JobInput,
): Promise<{ result: R; lang: Lang; message: string }> {
  const result = await spec.run(context, input);
  if (spec.problems) context.reportProblems(spec.problems(result));
  const lang = context.settings.language;
  for (const line of spec.logLines(result, lang)) context.did(line);
  return { result, lang, message: spec.message(result, lang) };
}

/** The problems a job found in the data ([] for a job that lists none). */
export function jobProblems<R>(spec: Job<R>, result: R): readonly Problem[] {
  return spec.problems?.(result) ?? [];
}

/** Every menu entry that starts a job, in table order, with the job it starts. */
export function jobEntries(): { id: JobId; entry: JobEntry }[] {
  return JOB_IDS.flatMap((id) => JOBS[id].entries.map((e) => ({ id, entry: e })));
}

/** The CLI commands the table names, in its order: the jobs, then those the shells run. */
export function jobCommands(): string[] {
  return [...JOB_IDS.map((id) => JOBS[id].command), ...Object.values(SHELL_JOBS).map((s) => s.command)];
}
