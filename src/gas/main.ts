/**
 * Apps Script entry: the handlers the menu and triggers call. Each builds the ports, calls a
 * core use case and reports; the build exposes them as top-level functions (see menu.ts).
 */

import { recordSummaryTab, runLogged } from '../core/automation';
import { say } from '../core/messages';
import { readSettings } from '../core/settings';
import { installTemplates } from '../core/setup';
import { findSheet, type Lang } from '../core/sheets';
import { generateSummary } from '../core/summary';
import { lastClosedMonth, lastClosedWeek, PeriodError, parsePeriod } from '../core/time';
import {
  dueRun,
  openWarning,
  type TriggerEvent,
  turnOff,
  turnOn,
  warningDetails,
} from './automation-handlers';
import type { GasServices, UiApi } from './gas-api';
import { type GasPorts, gasPorts, services } from './gas-ports';
import { GasWorkbook } from './gas-workbook';
import { type HandlerName, WARNING_ITEM } from './menu';
import { effects } from './menu-effects';
import { askMonth, classify, match, scorecard } from './menu-jobs';
import { queues } from './menu-queues';
import { addMenu, fromMenu } from './menu-run';
import { installMessage, periodMessage, summaryMessage } from './reports';
import { type SidebarJobs, sidebarServer } from './sidebar/server';
import { showSidebar } from './sidebar/show';

export { type GasPorts, gasPorts, SPREADSHEET_ID_KEY } from './gas-ports';

/** Creates or completes the templated sheets under the run lock and lists what changed. */
async function setUp(ports: GasPorts): Promise<string> {
  const run = await runLogged(ports, 'menu', (context) => {
    // Decided under the lock: another editor's set-up may have made the Settings sheet meanwhile.
    const language = installLanguage(ports);
    const report = installTemplates(context.wb, language ? { language } : {});
    if (language) context.languageChosen(language);
    context.did(say(context.settings.language, 'automation.log.setUp', { created: report.created.length }));
    return report;
  });
  return run.result ? installMessage(run.result) : run.actions.join('\n');
}

/** Writes one period's summary tab under the run lock and says what it holds. */
async function summarise(ports: GasPorts, periodId: string): Promise<string> {
  const run = await runLogged(ports, 'menu', (context) => {
    const summary = generateSummary(context.wb, periodId, { settings: context.settings });
    recordSummaryTab(ports.properties, summary.tabName, summary.values);
    context.reportProblems(summary.problems);
    context.did(say(context.settings.language, 'automation.log.wroteTab', { tab: summary.tabName }));
    return summary;
  });
  return run.result ? summaryMessage(run.result) : run.actions.join('\n');
}

/** Asks for a period id; null when the user cancels or types something that is not a period (already told). */
function askPeriod(ui: UiApi, lang: Lang): string | null {
  const answer = ui.prompt('Spiral', say(lang, 'menu.ask.period'), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  try {
    return parsePeriod(answer.getResponseText()).id;
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
    ui.alert('Spiral', periodMessage(error, lang), ui.ButtonSet.OK);
    return null;
  }
}

/** A new workbook takes the user's language; an existing one keeps what its Settings say. */
function installLanguage(ports: GasPorts): Lang | undefined {
  if (findSheet(ports.wb, 'settings') !== null) return undefined;
  return services().Session.getActiveUserLocale().toLowerCase().startsWith('en') ? 'en' : 'zh';
}

export type OpenEvent = { authMode?: unknown } | undefined;

/** The workbook's language for the menu, or null (both languages) before its Settings sheet exists. */
function menuLanguage(gas: GasServices): Lang | null {
  const active = gas.SpreadsheetApp.getActiveSpreadsheet();
  if (!active) return null;
  const wb = new GasWorkbook(active, gas.SpreadsheetApp);
  return findSheet(wb, 'settings') === null ? null : readSettings(wb).settings.language;
}

/**
 * The menu, then the stalled-automation warning. In AuthMode.NONE (an add-on not yet used in this
 * document) only the menu may be touched; otherwise a failure to read the warning must never cost
 * the user the menu.
 */
function onOpen(e: OpenEvent): void {
  const gas = services();
  let warning: string | null = null;
  let lang: Lang | null = null;
  if (e?.authMode !== gas.ScriptApp.AuthMode.NONE) {
    try {
      lang = menuLanguage(gas);
      warning = openWarning(gas, new Date());
    } catch (error) {
      console.warn(error);
    }
  }
  addMenu(gas.SpreadsheetApp.getUi(), warning !== null, lang);
  if (warning !== null) gas.SpreadsheetApp.getActiveSpreadsheet()?.toast(warning, 'Spiral', 10);
}

/** What a handler is called with: the open event, or the time-driven trigger's event. */
type HandlerArg = OpenEvent | TriggerEvent;

export const handlers: Record<HandlerName, (e?: HandlerArg) => unknown> = {
  onOpen: (e) => onOpen(e as OpenEvent),
  onInstall: (e) => handlers.onOpen(e),
  showSidebar,
  setUpSheets: () => fromMenu(setUp),
  matchOrders: () => fromMenu(match),
  classifyNewRows: () => fromMenu(classify),
  computeScorecard: async () => {
    // Ask before taking the lock: a run must not hold the sheet while the user types.
    const ports = gasPorts();
    const month = askMonth(
      services().SpreadsheetApp.getUi(),
      lastClosedMonth(ports.clock.now(), ports.timeZone).id,
      readSettings(ports.wb).settings.language,
    );
    if (month !== null) await fromMenu((p) => scorecard(p, month), ports);
  },
  lastWeekSummary: () =>
    fromMenu((ports) => summarise(ports, lastClosedWeek(ports.clock.now(), ports.timeZone).id)),
  lastMonthSummary: () =>
    fromMenu((ports) => summarise(ports, lastClosedMonth(ports.clock.now(), ports.timeZone).id)),
  summaryFor: async () => {
    const ports = gasPorts();
    const periodId = askPeriod(services().SpreadsheetApp.getUi(), readSettings(ports.wb).settings.language);
    if (periodId !== null) await fromMenu((p) => summarise(p, periodId), ports);
  },
  updateEffects: () => fromMenu(effects),
  updateQueues: () => fromMenu(queues),
  turnOnAutomation: () => fromMenu((ports) => turnOn(ports, services())),
  turnOffAutomation: () => fromMenu((ports) => turnOff(ports, services())),
  [WARNING_ITEM]: () => fromMenu(async (ports) => warningDetails(ports)),
  runDueTrigger: async (e) => {
    await dueRun(services(), e as TriggerEvent);
  },
};

/** A period typed in the panel; a bad one fails the job with the same words as the menu's prompt. */
function typedPeriod(ports: GasPorts, text: string, kind?: 'month'): string {
  try {
    const period = parsePeriod(text);
    if (kind === undefined || period.kind === kind) return period.id;
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
    throw new Error(periodMessage(error, readSettings(ports.wb).settings.language));
  }
  throw new Error(say(readSettings(ports.wb).settings.language, 'sidebar.jobs.monthOnly', { value: text }));
}

/** The menu's jobs as the panel runs them: the same work, the result returned instead of alerted. */
const SIDEBAR_JOBS: SidebarJobs = {
  setUpSheets: (ports) => setUp(ports),
  classifyNewRows: (ports) => classify(ports),
  matchOrders: (ports) => match(ports),
  computeScorecard: (ports, month) =>
    scorecard(
      ports,
      month === ''
        ? lastClosedMonth(ports.clock.now(), ports.timeZone).id
        : typedPeriod(ports, month, 'month'),
    ),
  lastWeekSummary: (ports) => summarise(ports, lastClosedWeek(ports.clock.now(), ports.timeZone).id),
  lastMonthSummary: (ports) => summarise(ports, lastClosedMonth(ports.clock.now(), ports.timeZone).id),
  summaryFor: (ports, period) => summarise(ports, typedPeriod(ports, period)),
  turnOnAutomation: (ports) => turnOn(ports, services()),
  turnOffAutomation: (ports) => turnOff(ports, services()),
};

/** The panel's google.script.run functions; the build exposes each as a top-level function. */
export const sidebar = sidebarServer(SIDEBAR_JOBS, services);
