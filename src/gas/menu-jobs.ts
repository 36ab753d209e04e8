/** A job from the job table run from the menu or the panel: under the run lock, logged, its message returned. */

import { runLogged } from '../core/automation';
import { JOBS, type Job, type JobId, type PeriodChoice, runJob } from '../core/jobs';
import { say } from '../core/messages';
import { readSettings } from '../core/settings';
import { findSheet, type Lang } from '../core/sheets';
import { lastClosedMonth, lastClosedWeek, PeriodError, parseTypedPeriod } from '../core/time';
import type { UiApi } from './gas-api';
import { type GasPorts, services } from './gas-ports';
import { periodMessage } from './reports';

/** Runs one job of the table; the closing message, or the Run log's words when the run did not finish. */
export async function gasJob(ports: GasPorts, id: JobId, period?: string): Promise<string> {
  const spec = JOBS[id] as unknown as Job;
  const run = await runLogged(ports, 'menu', (context) =>
    runJob(spec, context, {
      timeZone: ports.timeZone,
      properties: ports.properties,
      ...(period === undefined ? {} : { period }),
      // Decided under the lock: another editor's set-up may have made the Settings sheet meanwhile.
      chooseLanguage: () => installLanguage(ports),
    }),
  );
  return run.result?.message ?? run.actions.join('\n');
}

/** A new workbook takes the user's language; an existing one keeps what its Settings say. */
function installLanguage(ports: GasPorts): Lang | undefined {
  if (findSheet(ports.wb, 'settings') !== null) return undefined;
  return services().Session.getActiveUserLocale().toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** The period a choice that needs no typing stands for; undefined for a job without one. */
export function fixedPeriod(ports: GasPorts, choice: PeriodChoice): string | undefined {
  if (choice === 'lastWeek') return lastClosedWeek(ports.clock.now(), ports.timeZone).id;
  if (choice === 'lastMonth' || choice === 'askMonth')
    return lastClosedMonth(ports.clock.now(), ports.timeZone).id;
  return undefined;
}

/** A period typed in the panel (blank: the default); a bad one fails the job with the menu prompt's words. */
export function typedPeriod(ports: GasPorts, choice: PeriodChoice, text: string): string | undefined {
  if (choice !== 'askMonth' && choice !== 'askPeriod') return fixedPeriod(ports, choice);
  if (text === '' && choice === 'askMonth') return fixedPeriod(ports, choice);
  // Read only to say what is wrong, before the run (which reads Settings itself) is started.
  const lang = () => readSettings(ports.wb).settings.language;
  try {
    const period = parseTypedPeriod(text);
    if (choice === 'askPeriod' || period.kind === 'month') return period.id;
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
    throw new Error(periodMessage(error, lang()));
  }
  throw new Error(say(lang(), 'sidebar.jobs.monthOnly', { value: text }));
}

/**
 * Asks for the month to score; a blank answer takes the default (the last closed month). Null when
 * the user cancels or types something that is not a month (already told why).
 */
export function askMonth(ui: UiApi, defaultMonth: string, lang: Lang): string | null {
  const answer = ui.prompt(
    'Spiral',
    say(lang, 'menu.ask.month', { month: defaultMonth }),
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  const text = answer.getResponseText().trim();
  if (text === '') return defaultMonth;
  try {
    const period = parseTypedPeriod(text);
    if (period.kind === 'month') return period.id;
    ui.alert(
      'Spiral',
      `"${text}"${lang === 'zh' ? '：' : ': '}${say(lang, 'menu.monthOnly')}`,
      ui.ButtonSet.OK,
    );
    return null;
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
    // The reason from the period parser, then a month-only hint instead of its week-or-month one.
    const reason = periodMessage(error, lang).split('\n')[0];
    ui.alert('Spiral', `${reason}\n${say(lang, 'menu.monthOnly')}`, ui.ButtonSet.OK);
    return null;
  }
}

/** Asks for a period id; null when the user cancels or types something that is not a period (already told). */
export function askPeriod(ui: UiApi, lang: Lang): string | null {
  const answer = ui.prompt('Spiral', say(lang, 'menu.ask.period'), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  try {
    return parseTypedPeriod(answer.getResponseText()).id;
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
    ui.alert('Spiral', periodMessage(error, lang), ui.ButtonSet.OK);
    return null;
  }
}
