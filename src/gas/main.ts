/**
 * Apps Script entry: the handlers the menu and triggers call. Each builds the ports, calls a
 * core use case and reports; the build exposes them as top-level functions (see menu.ts).
 */

import { type JobId, jobEntries, type PeriodChoice, SHELL_JOBS } from '../core/jobs';
import { readSettings } from '../core/settings';
import { findSheet, type Lang } from '../core/sheets';
import {
  dueRun,
  openWarning,
  type TriggerEvent,
  turnOff,
  turnOn,
  warningDetails,
} from './automation-handlers';
import type { GasServices } from './gas-api';
import { type GasPorts, gasPorts, services } from './gas-ports';
import { GasWorkbook } from './gas-workbook';
import { type HandlerName, WARNING_ITEM } from './menu';
import { askMonth, askPeriod, fixedPeriod, gasJob, typedPeriod } from './menu-jobs';
import { addMenu, fromMenu } from './menu-run';
import { type SidebarJobs, sidebarServer } from './sidebar/server';
import { showSidebar } from './sidebar/show';

export { type GasPorts, gasPorts, SPREADSHEET_ID_KEY } from './gas-ports';

export type OpenEvent = { authMode?: unknown } | undefined;

/**
 * The workbook's language for the menu, or null (both languages) before its Settings sheet exists:
 * onOpen's one reading of Settings (the warning speaks it too).
 */
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
      warning = openWarning(gas, new Date(), lang ?? 'zh');
    } catch (error) {
      console.warn(error);
    }
  }
  addMenu(gas.SpreadsheetApp.getUi(), warning !== null, lang);
  if (warning !== null) gas.SpreadsheetApp.getActiveSpreadsheet()?.toast(warning, 'Spiral', 10);
}

/** What a handler is called with: the open event, or the time-driven trigger's event. */
type HandlerArg = OpenEvent | TriggerEvent;

/** A menu entry of the job table: asks for its period first, if it takes one, then runs the job. */
async function menuJob(id: JobId, choice: PeriodChoice): Promise<void> {
  if (choice !== 'askMonth' && choice !== 'askPeriod') {
    await fromMenu((ports) => gasJob(ports, id, fixedPeriod(ports, choice)));
    return;
  }
  // Ask before taking the lock: a run must not hold the sheet while the user types.
  const ports = gasPorts();
  const ui = services().SpreadsheetApp.getUi();
  // The prompt's language: read before the lock (the run reads Settings again under it, as it must).
  const lang = readSettings(ports.wb).settings.language;
  const period =
    choice === 'askMonth' ? askMonth(ui, fixedPeriod(ports, choice)!, lang) : askPeriod(ui, lang);
  if (period !== null) await fromMenu((p) => gasJob(p, id, period), ports);
}

const jobHandlers = Object.fromEntries(
  jobEntries().map(({ id, entry }) => [entry.handler, () => menuJob(id, entry.period)]),
);

export const handlers: Record<HandlerName, (e?: HandlerArg) => unknown> = {
  ...jobHandlers,
  onOpen: (e) => onOpen(e as OpenEvent),
  onInstall: (e) => onOpen(e as OpenEvent),
  showSidebar,
  turnOnAutomation: () => fromMenu((ports) => turnOn(ports, services())),
  turnOffAutomation: () => fromMenu((ports) => turnOff(ports, services())),
  [WARNING_ITEM]: () => fromMenu(async (ports) => warningDetails(ports)),
  [SHELL_JOBS.runDue.handler]: async (e) => {
    await dueRun(services(), e as TriggerEvent);
  },
};

const argumentOf = (choice: PeriodChoice): 'month' | 'period' | null =>
  choice === 'askMonth' ? 'month' : choice === 'askPeriod' ? 'period' : null;

/** The panel's Jobs tab: every job entry the table offers there, then automation on and off. */
const SIDEBAR_JOBS: SidebarJobs = [
  ...jobEntries()
    .filter(({ entry }) => entry.panel)
    .map(({ id, entry }) => ({
      job: entry.handler,
      argument: argumentOf(entry.period),
      run: (ports: GasPorts, typed: string) => gasJob(ports, id, typedPeriod(ports, entry.period, typed)),
    })),
  { job: 'turnOnAutomation', argument: null, run: (ports) => turnOn(ports, services()) },
  { job: 'turnOffAutomation', argument: null, run: (ports) => turnOff(ports, services()) },
];

/** The panel's google.script.run functions; the build exposes each as a top-level function. */
export const sidebar = sidebarServer(SIDEBAR_JOBS, services);
