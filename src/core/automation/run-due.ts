import type { PropertiesPort, WorkbookPort } from '../../ports';
import { classifyNewRows } from '../classify/classify-new-rows';
import { readQueueOrders } from '../effects/order-purchases';
import { rebuildDeskTabs } from '../effects/rebuild-desk';
import { matchOrders } from '../matching/match-orders';
import { say } from '../messages/catalogue';
import { suggestReasons } from '../reasons/suggest-reasons';
import { writeProductRoles } from '../roles/write-roles';
import { computeScorecard, scoreMonth } from '../scorecard/compute-scorecard';
import type { RunSettings, Settings } from '../settings/settings';
import { NEEDS, requireInputs } from '../sheets/needs';
import type { Problem } from '../sheets/records';
import type { Lang } from '../sheets/template';
import { loadSummaryData, type SummaryData, writeSummary } from '../summary/generate-summary';
import type { ScorecardResultLike } from '../summary/summary-model';
import { parseSummaryTabName } from '../summary/tab-name';
import { wallClock } from '../time/date-time';
import { closedPeriodsSince, lastClosedMonth, type Period } from '../time/periods';
import { ReadOnceWorkbook } from './read-once';
import { type RunContext, type RunPorts, runLogged } from './run';
import { localDateTime, type RunOutcome, type RunTrigger } from './run-log';
import { AUTOMATION_KEYS, readRunMarker, recordAutomaticRun } from './state';
import { recordSummaryTab, removeOldSummaryTabs } from './tab-retention';

export interface RunDuePorts extends RunPorts {
  /** Where the run records what it did; the CLI's file is written only after the workbook is saved. */
  properties: PropertiesPort;
  /**
   * Makes the workbook writes made so far go through before the run records them as done
   * (Sheets: SpreadsheetApp.flush). Without it, the caller records the state after saving.
   */
  persist?: () => void;
}

export interface RunDueReport {
  outcome: RunOutcome;
  /** The run's language, as it read Settings (the shell says the outcome in it). */
  language: Lang;
  actions: string[];
  /** Summary tabs written, oldest period first. */
  made: string[];
  /** Periods due but left for the next run (time budget). */
  pending: string[];
  /** Cells filled by classification. */
  classified: number;
  /** The month whose scorecard was computed, if any. */
  scorecardMonth: string | null;
  /** Tabs rebuilt on every run (Effects, the desk's queues) that changed and were written. */
  rebuilt: string[];
}

/** The writing use cases runDue strings together; injected so tests can make one fail. */
export interface RunDueSteps {
  /** Fills blank outcomes of pre-sale inquiries from the Orders sheet; `now` is the zone's wall clock. */
  match(
    wb: WorkbookPort,
    now: string,
    settings: Settings,
  ): Promise<{ filled: number; contradictions: number; problems: Problem[] }>;
  classify(wb: WorkbookPort, settings: Settings): Promise<{ filled: number; problems: Problem[] }>;
  /** After classification: lost chats' suggested reasons and the catalogue's suggested roles. */
  suggest(wb: WorkbookPort, settings: Settings): Promise<{ problems: Problem[] }>;
  /** Writes the month's Scorecard rows and returns its results, which the month's tab then shows. */
  scorecard(
    wb: WorkbookPort,
    month: string,
    settings: RunSettings,
  ): Promise<{ results: ScorecardResultLike[]; unpaid: number; problems: Problem[] }>;
}

/** Classification fills blank question categories; the scorecard writes the month's Scorecard rows. */
export const DUE_STEPS: RunDueSteps = {
  match: async (wb, now, settings) => {
    const report = matchOrders(wb, { now, settings });
    const filled = Object.values(report.filled).reduce((sum, n) => sum + n, 0);
    return { filled, contradictions: report.contradictions, problems: report.problems };
  },
  classify: async (wb, settings) => {
    const report = classifyNewRows(wb, settings);
    return { filled: report.inquiries.filled, problems: report.problems };
  },
  suggest: async (wb, settings) => {
    // Lost chats left without a reason get the one their words name (issue 20, item 4).
    const reasons = suggestReasons(wb, settings);
    // Each catalogue item's suggested role (建议角色) follows the orders (issue 23, item 2).
    const roles = writeProductRoles(wb, settings);
    return { problems: [...reasons.problems, ...roles.problems] };
  },
  scorecard: async (wb, month, settings) => {
    const report = await computeScorecard(wb, month, settings);
    return { results: report.agents, unpaid: report.unpaid.length, problems: report.problems };
  },
};

type Job = { kind: 'scorecard'; month: string } | { kind: 'summary'; period: Period };

/**
 * Catches up, idempotently: classifies new rows, computes the last closed month's scorecard once,
 * then writes every closed week and month (as switched on in Settings, within the look-back)
 * whose tab is missing, oldest first. Stops starting new work when the time budget is spent; what
 * is left stays due and the next run finishes it. A second run at the same time writes nothing.
 */
export async function runDue(
  ports: RunDuePorts,
  trigger: RunTrigger,
  steps: RunDueSteps = DUE_STEPS,
): Promise<RunDueReport> {
  const report: RunDueReport = {
    outcome: 'ok',
    language: 'zh',
    actions: [],
    made: [],
    pending: [],
    classified: 0,
    scorecardMonth: null,
    rebuilt: [],
  };
  // One run, one read of each sheet: every step gets the tables the first read fetched.
  let run: Awaited<ReturnType<typeof runLogged<void>>>;
  try {
    run = await runLogged({ ...ports, wb: new ReadOnceWorkbook(ports.wb) }, trigger, (context) =>
      catchUp(ports, context, steps, report),
    );
  } catch (error) {
    // An error is logged in full by runLogged: only a run killed mid-step leaves its marker behind.
    ports.properties.remove(AUTOMATION_KEYS.running);
    throw error;
  }
  if (run.outcome !== 'busy') ports.properties.remove(AUTOMATION_KEYS.running);
  if (trigger === 'trigger' && run.outcome !== 'busy') {
    ports.persist?.();
    recordAutomaticRun(ports.properties, ports.clock.now());
  }
  return { ...report, outcome: run.outcome, actions: run.actions, language: run.language };
}

async function catchUp(
  ports: RunDuePorts,
  context: RunContext,
  steps: RunDueSteps,
  report: RunDueReport,
): Promise<void> {
  const { wb, settings } = context;
  // The run's one reading of Settings, for every step (the pay guard included).
  const inForce = { settings, refused: context.refused };
  const lang = settings.language;
  const timeZone = ports.timeZone ?? settings.timeZone;
  const now = context.now();
  const problems: Problem[] = [];

  // A marker left behind is a run Apps Script killed: say so, then do its work again (each step is idempotent).
  const killed = readRunMarker(ports.properties);
  if (killed !== null) {
    const at = Number.isNaN(Date.parse(killed.at)) ? killed.at : localDateTime(new Date(killed.at), timeZone);
    context.did(say(lang, 'automation.log.killed', { at, step: stepLabel(killed.step, lang) }));
  }
  const due = dueJobs(wb, ports.properties, context, now, timeZone);
  /** Before each step: false once the budget is spent (all due work is left for the next run). */
  const begin = (step: RunStep): boolean => {
    if (context.timeUp()) {
      leaveForNextRun(ports, context, report, due);
      return false;
    }
    ports.properties.set(
      AUTOMATION_KEYS.running,
      JSON.stringify({ at: context.startedAt.toISOString(), step }),
    );
    return true;
  };
  if (!begin('check')) return;
  // Everything this run needs is checked before its first write: a missing sheet or column stops
  // the whole run with one message instead of pay or tabs computed from nothing.
  requireInputs(wb, [...NEEDS.classify, ...NEEDS.summary], settings.language);
  for (const job of due) if (job.kind === 'scorecard') await scoreMonth(wb, job.month, inForce);

  // Matching first: the orders settle which inquiries converted before anything is counted.
  if (!begin('match')) return;
  const matched = await steps.match(wb, wallClock(now, timeZone), settings);
  problems.push(...matched.problems);
  if (matched.filled + matched.contradictions > 0)
    context.did(
      say(settings.language, 'matching.log', {
        cells: matched.filled,
        contradictions: matched.contradictions,
      }),
    );
  if (!begin('classify')) return finish(context, problems);
  const classified = await steps.classify(wb, settings);
  problems.push(...classified.problems);
  report.classified = classified.filled;
  if (classified.filled > 0)
    context.did(say(settings.language, 'automation.log.classifiedCells', { cells: classified.filled }));
  // Its own step: it reads the chat transcripts and the catalogue, so the budget is checked before it.
  if (!begin('suggest')) return finish(context, problems);
  problems.push(...(await steps.suggest(wb, settings)).problems);

  // Read the logs once, after classification, for every tab of this run (the desk's tabs need them every run).
  if (!begin('read')) return finish(context, problems);
  // The read step reads a sheet after sheet (logs, orders, items, catalogue, ads, DSR, probes): each
  // sheet is a checkpoint, so a slow read of many sheets cannot carry the run past the budget.
  let data: SummaryData;
  try {
    data = loadSummaryData(readsWithin(wb, context.timeUp), settings);
  } catch (error) {
    if (!(error instanceof OutOfTime)) throw error;
    leaveForNextRun(ports, context, report, due);
    return finish(context, problems);
  }
  const first = earliestDate(data);
  // A period that ended before the first logged row has nothing to show: no empty tabs for it.
  const jobs = due.filter((job) => job.kind === 'scorecard' || (first !== null && job.period.end >= first));
  // The month the scorecard step just scored is not scored again for its tab.
  const scored = new Map<string, ScorecardResultLike[]>();
  for (const [i, job] of jobs.entries()) {
    if (context.timeUp()) {
      report.pending = jobs.slice(i).map(jobName);
      ports.persist?.();
      ports.properties.set(AUTOMATION_KEYS.pending, JSON.stringify(report.pending));
      const left = jobs.slice(i).map((j) => jobLabel(j, settings.language));
      context.did(say(settings.language, 'automation.log.timeUp', { pending: left.join(', ') }));
      context.stoppedEarly();
      break;
    }
    begin(job.kind === 'scorecard' ? 'scorecard' : 'summary');
    if (job.kind === 'scorecard') {
      const result = await steps.scorecard(wb, job.month, inForce);
      problems.push(...result.problems);
      // The month counts as scored only once its rows are written for good.
      ports.persist?.();
      ports.properties.set(AUTOMATION_KEYS.scorecardMonth, job.month);
      report.scorecardMonth = job.month;
      scored.set(job.month, result.results);
      context.did(
        say(settings.language, 'scorecard.runLine', {
          month: job.month,
          agents: result.results.length,
          unpaid: result.unpaid,
        }),
      );
      continue;
    }
    let scorecard = scored.get(job.period.id);
    if (job.period.kind === 'month' && scorecard === undefined) {
      scorecard = (
        await scoreMonth(wb, job.period.id, inForce, undefined, {
          inquiries: data.inquiries,
          reviews: data.reviews,
        })
      ).results;
    }
    const { tabName, values } = writeSummary(wb, job.period, data, scorecard);
    recordSummaryTab(ports.properties, tabName, values);
    report.made.push(tabName);
    context.did(say(settings.language, 'automation.log.wroteTab', { tab: tabName }));
  }
  if (report.pending.length === 0) {
    ports.persist?.();
    ports.properties.remove(AUTOMATION_KEYS.pending);
  }
  // Effects and the queues are rebuilt every run (written only when they changed), unless time is up.
  if (!context.timeUp()) {
    begin('desk');
    const desk = rebuildDeskTabs(wb, ports.properties, { ...data, ...readQueueOrders(wb) }, now, timeZone);
    problems.push(...desk.problems);
    report.rebuilt = desk.written;
    for (const name of desk.written)
      context.did(say(settings.language, 'automation.log.rebuilt', { tab: name }));
  }
  // Old summary tabs go (onOpen and the cell count stay bounded); an edited one stays and is named.
  if (!context.timeUp()) {
    begin('retention');
    const retention = removeOldSummaryTabs(wb, ports.properties, settings, now, timeZone);
    if (retention.removed.length > 0)
      context.did(say(lang, 'automation.log.tabsRemoved', { tabs: retention.removed.join(', ') }));
    if (retention.kept.length > 0)
      context.did(say(lang, 'automation.log.tabsKept', { tabs: retention.kept.join(', ') }));
  }
  if (jobs.length === 0 && report.rebuilt.length === 0)
    context.did(say(settings.language, 'automation.log.nothingDue'));
  // Classification read the logs with the taxonomy, so its problems are the fullest account of them.
  context.reportProblems(problems);
}

/** The steps a daily run names in its marker and, when it was killed, in the next run's log line. */
export type RunStep =
  | 'check'
  | 'match'
  | 'classify'
  | 'suggest'
  | 'read'
  | 'scorecard'
  | 'summary'
  | 'desk'
  | 'retention';

const stepLabel = (step: string, lang: Lang) =>
  ['check', 'match', 'classify', 'suggest', 'read', 'scorecard', 'summary', 'desk', 'retention'].includes(
    step,
  )
    ? say(lang, `automation.step.${step as RunStep}`)
    : step;

/** The budget ran out before a step: every due job stays due, recorded for the next run. */
function leaveForNextRun(ports: RunDuePorts, context: RunContext, report: RunDueReport, due: Job[]): void {
  const lang = context.settings.language;
  report.pending = due.map(jobName);
  ports.persist?.();
  ports.properties.set(AUTOMATION_KEYS.pending, JSON.stringify(report.pending));
  const left = due.map((j) => jobLabel(j, lang));
  context.did(
    say(lang, 'automation.log.timeUp', { pending: left.join(', ') || say(lang, 'automation.step.rest') }),
  );
  context.stoppedEarly();
}

/** Thrown by a read made after the budget is spent, in a step that only reads (nothing half-written). */
class OutOfTime extends Error {
  override name = 'OutOfTime';
}

/** The workbook for a step that only reads: before each sheet is read, the budget is checked. */
function readsWithin(wb: WorkbookPort, timeUp: () => boolean): WorkbookPort {
  const guarded = (read: (name: string) => unknown) => (name: string) => {
    if (timeUp()) throw new OutOfTime();
    return read(name);
  };
  return new Proxy(wb, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      return prop === 'read' || prop === 'readHeader' ? guarded(bound) : bound;
    },
  });
}

/** What a run stopped early still reports: the problems found so far. */
function finish(context: RunContext, problems: Problem[]): void {
  context.reportProblems(problems);
}

function earliestDate(data: SummaryData): string | null {
  let first: string | null = null;
  for (const row of [...data.inquiries, ...data.reviews])
    if (first === null || row.date < first) first = row.date;
  return first;
}

/** What is due now: the last closed month's scorecard if not yet computed, then every missing tab, oldest first. */
function dueJobs(
  wb: WorkbookPort,
  properties: PropertiesPort,
  context: RunContext,
  now: Date,
  timeZone: string,
): Job[] {
  const { settings } = context;
  const existing = new Set(
    wb
      .sheetNames()
      .map(parseSummaryTabName)
      .filter((p): p is Period => p !== null)
      .map((p) => p.id),
  );
  const periods: Period[] = [
    ...(settings.autoWeekly ? closedPeriodsSince('week', now, timeZone, settings.lookBackWeeks) : []),
    ...(settings.autoMonthly ? closedPeriodsSince('month', now, timeZone, settings.lookBackMonths) : []),
  ]
    .filter((p) => !existing.has(p.id))
    .sort((a, b) => a.end.localeCompare(b.end) || (a.kind === 'week' ? -1 : 1));
  const jobs: Job[] = periods.map((period) => ({ kind: 'summary', period }));
  const month = lastClosedMonth(now, timeZone).id;
  if (properties.get(AUTOMATION_KEYS.scorecardMonth) !== month) jobs.unshift({ kind: 'scorecard', month });
  return jobs;
}

const jobName = (job: Job) => (job.kind === 'scorecard' ? `scorecard ${job.month}` : job.period.id);

/** A job as the Run log names it to a person (jobName stays the state's identifier). */
const jobLabel = (job: Job, lang: Lang) =>
  job.kind === 'scorecard' ? say(lang, 'automation.log.scorecardJob', { month: job.month }) : job.period.id;
