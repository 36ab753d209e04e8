import type { Clock, LockPort, WorkbookPort } from '../../ports';
import { say } from '../messages/catalogue';
import { readSettings, type Settings, type SettingsRead } from '../settings/settings';
import { writeProblems } from '../sheets/problems-sheet';
import type { Problem } from '../sheets/records';
import { findSheet, type Lang } from '../sheets/template';
import { appendRunLog, type RunOutcome, type RunTrigger } from './run-log';

/** Google Sheets holds at most ten million cells per spreadsheet. */
export const CELL_LIMIT = 10_000_000;
/**
 * The most a run may spend before it stops starting work: Apps Script kills an execution at 6
 * minutes, and what follows the last check (Problems, the Run log, flushing) needs the rest.
 */
export const MAX_BUDGET_SECONDS = 240;
/** A menu click waits this long for a run in progress before saying the sheet is busy. */
export const MENU_LOCK_WAIT_MS = 10_000;
/** A trigger run waits longer for a run in progress (nobody waits on it) before it logs 'busy'. */
export const TRIGGER_LOCK_WAIT_MS = 30_000;

export interface RunPorts {
  wb: WorkbookPort;
  clock: Clock;
  lock: LockPort;
  /** The zone for dates and times of runs: the spreadsheet's in Sheets, Settings' in the CLI. */
  timeZone?: string;
}

/** What a use case sees while it runs: settings, a deadline, and places to say what it did. */
export interface RunContext {
  wb: WorkbookPort;
  /** The run's one reading of the Settings sheet (under the lock): every use case of the run gets these. */
  settings: Settings;
  /** The Settings values typed but refused (the pay guard stops pay on a refused pay setting). */
  refused: SettingsRead['refused'];
  startedAt: Date;
  now(): Date;
  /** True once the time budget is spent: start no new work. */
  timeUp(): boolean;
  /** What the run did, in the words of the run log. */
  did(action: string): void;
  /** Problems found in the user's data; when any use case reports them, the Problems sheet is rebuilt. */
  reportProblems(problems: readonly Problem[]): void;
  /** Marks the run as stopped early (time budget): the rest is left for the next run. */
  stoppedEarly(): void;
  /** Set-up chose the workbook's language: the Run log and Problems speak it from here on. */
  languageChosen(lang: Lang): void;
}

export class BusyError extends Error {
  override name = 'BusyError';
  constructor(lang: Lang) {
    super(say(lang, 'automation.busy'));
  }
}

/**
 * Runs a use case under the document lock and logs it in the Run log sheet. A menu click waits
 * briefly for the lock and then throws BusyError; a trigger run that cannot get it logs 'busy' and
 * leaves the work for the next run. Errors are logged in full, then rethrown.
 */
export async function runLogged<T>(
  ports: RunPorts,
  trigger: RunTrigger,
  work: (context: RunContext) => Promise<T> | T,
): Promise<{ result?: T; outcome: RunOutcome; actions: string[]; language: Lang }> {
  const { wb, clock, lock } = ports;
  const startedAt = clock.now();
  // The lock first, then Settings: a run that waited for another must not work from what it read before.
  const held = lock.tryAcquire(trigger === 'trigger' ? TRIGGER_LOCK_WAIT_MS : MENU_LOCK_WAIT_MS);
  let read: ReturnType<typeof readSettings>;
  try {
    read = readSettings(wb);
  } catch (error) {
    if (held) lock.release();
    throw error;
  }
  const { settings: saved, problems: settingProblems, refused } = read;
  // Set-up may choose the language while it runs (languageChosen): a copy, not the caller's object.
  const settings: Settings = { ...saved };
  const timeZone = ports.timeZone ?? settings.timeZone;
  const actions: string[] = [];
  const log = (outcome: RunOutcome, error?: string) =>
    appendRunLog(
      wb,
      {
        startedAt,
        trigger,
        actions,
        seconds: (clock.now().getTime() - startedAt.getTime()) / 1000,
        outcome,
        ...(error === undefined ? {} : { error }),
      },
      settings.language,
      timeZone,
    );
  if (!held) {
    actions.push(say(settings.language, 'automation.log.busy'));
    // Without the lock no sheet is created: the run holding it may be creating the Run log right now.
    if (findSheet(wb, 'runLog') !== null) log('busy');
    if (trigger === 'trigger') return { outcome: 'busy', actions, language: settings.language };
    throw new BusyError(settings.language);
  }
  let problems: Problem[] | null = null;
  let partial = false;
  const deadline = startedAt.getTime() + Math.min(settings.timeBudgetSeconds, MAX_BUDGET_SECONDS) * 1000;
  const context: RunContext = {
    wb,
    settings,
    refused,
    startedAt,
    now: () => clock.now(),
    timeUp: () => clock.now().getTime() >= deadline,
    did: (action) => actions.push(action),
    reportProblems: (found) => {
      problems = [...(problems ?? settingProblems), ...found];
    },
    stoppedEarly: () => {
      partial = true;
    },
    languageChosen: (lang) => {
      settings.language = lang;
    },
  };
  try {
    const result = await work(context);
    if (problems !== null) writeProblems(wb, problems, settings.language);
    warnNearCellLimit(wb, actions, settings.language);
    const outcome: RunOutcome = partial ? 'partial' : 'ok';
    log(outcome);
    return { result, outcome, actions, language: settings.language };
  } catch (error) {
    log('error', error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error));
    throw error;
  } finally {
    lock.release();
  }
}

function warnNearCellLimit(wb: WorkbookPort, actions: string[], lang: Lang): void {
  const cells = wb.cellCount();
  if (cells > CELL_LIMIT * 0.8) {
    actions.push(say(lang, 'automation.log.nearCellLimit', { cells: cells.toLocaleString('en-US') }));
  }
}
