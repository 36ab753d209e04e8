/**
 * Apps Script entry: the handlers the menu and triggers call. Each builds the ports, calls a
 * core use case and reports; the build exposes them as top-level functions (see menu.ts).
 */
import { installTemplates } from '../core/install';
import { lastClosedMonth, lastClosedWeek, PeriodError, parsePeriod } from '../core/periods';
import { runLogged } from '../core/run';
import { generateSummary } from '../core/summary/generate-summary';
import { findSheet, type Lang } from '../core/template';
import type { Clock, PropertiesPort } from '../ports';
import type { GasServices, SpreadsheetApi, UiApi } from './gas-api';
import { GasLock } from './gas-lock';
import { GasProperties } from './gas-properties';
import { GasWorkbook } from './gas-workbook';
import { type HandlerName, MENU, MENU_LABELS, SEPARATOR } from './menu';
import { failureMessage, installMessage, periodMessage, summaryMessage } from './reports';

/** Document property naming the spreadsheet, for runs that have no active one (time-driven triggers). */
export const SPREADSHEET_ID_KEY = 'spiral.spreadsheetId';

/** The Apps Script globals, looked up when a handler runs, never at load time. */
function services(): GasServices {
  return { SpreadsheetApp, ScriptApp, PropertiesService, LockService, Session, Utilities, Logger };
}

export interface GasPorts {
  wb: GasWorkbook;
  lock: GasLock;
  properties: PropertiesPort;
  clock: Clock;
  timeZone: string;
}

export function gasPorts(gas: GasServices = services()): GasPorts {
  const documentProperties = gas.PropertiesService.getDocumentProperties();
  const spreadsheet = openSpreadsheet(gas, documentProperties);
  const wb = new GasWorkbook(spreadsheet, gas.SpreadsheetApp);
  return {
    wb,
    lock: new GasLock(gas.LockService),
    properties: new GasProperties(documentProperties ?? gas.PropertiesService.getUserProperties()),
    clock: { now: () => new Date() },
    timeZone: wb.timeZone,
  };
}

function openSpreadsheet(
  gas: GasServices,
  documentProperties: ReturnType<typeof gas.PropertiesService.getDocumentProperties>,
): SpreadsheetApi {
  const active = gas.SpreadsheetApp.getActiveSpreadsheet();
  if (active) {
    const id = active.getId();
    if (documentProperties && documentProperties.getProperty(SPREADSHEET_ID_KEY) !== id) {
      documentProperties.setProperty(SPREADSHEET_ID_KEY, id);
    }
    return active;
  }
  const id = documentProperties?.getProperty(SPREADSHEET_ID_KEY);
  if (!id) {
    throw new Error(
      '找不到表格：请打开表格并从菜单运行一次 Spiral。 / Spiral cannot find its spreadsheet: open it and run Spiral from the menu once.',
    );
  }
  return gas.SpreadsheetApp.openById(id);
}

/** A menu run: the closing alert says what was done; an error is shown, logged and rethrown. */
async function fromMenu(work: (ports: GasPorts) => Promise<string>): Promise<void> {
  const ui = services().SpreadsheetApp.getUi();
  try {
    const message = await work(gasPorts());
    ui.alert('Spiral', message, ui.ButtonSet.OK);
  } catch (error) {
    console.error(error);
    ui.alert('Spiral', failureMessage(error), ui.ButtonSet.OK);
    throw error;
  }
}

function addMenu(ui: UiApi): void {
  const menu = ui.createAddonMenu();
  for (const entry of MENU as readonly string[]) {
    if (entry === SEPARATOR) menu.addSeparator();
    else menu.addItem(MENU_LABELS[entry as keyof typeof MENU_LABELS], entry);
  }
  menu.addToUi();
}

/** Creates or completes the templated sheets under the run lock and lists what changed. */
async function setUp(ports: GasPorts): Promise<string> {
  const language = installLanguage(ports);
  const run = await runLogged(ports, 'menu', (context) => {
    const report = installTemplates(context.wb, language ? { language } : {});
    context.did(`set up sheets (created ${report.created.length})`);
    return report;
  });
  return run.result ? installMessage(run.result) : run.actions.join('\n');
}

/** Writes one period's summary tab under the run lock and says what it holds. */
async function summarise(ports: GasPorts, periodId: string): Promise<string> {
  const run = await runLogged(ports, 'menu', (context) => {
    const summary = generateSummary(context.wb, periodId, { settings: context.settings });
    context.reportProblems(summary.problems);
    context.did(`wrote ${summary.tabName}`);
    return summary;
  });
  return run.result ? summaryMessage(run.result) : run.actions.join('\n');
}

/** Asks for a period id; null when the user cancels or types something that is not a period (already told). */
function askPeriod(ui: UiApi): string | null {
  const answer = ui.prompt(
    'Spiral',
    '生成哪个周期的汇总？填写 2026-W47（周）或 2026-11（月）。 / Summary for which period? 2026-W47 (week) or 2026-11 (month).',
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  try {
    return parsePeriod(answer.getResponseText()).id;
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
    ui.alert('Spiral', periodMessage(error), ui.ButtonSet.OK);
    return null;
  }
}

/** A new workbook takes the user's language; an existing one keeps what its Settings say. */
function installLanguage(ports: GasPorts): Lang | undefined {
  if (findSheet(ports.wb, 'settings') !== null) return undefined;
  return services().Session.getActiveUserLocale().toLowerCase().startsWith('en') ? 'en' : 'zh';
}

export type OpenEvent = { authMode?: unknown } | undefined;

export const handlers: Record<HandlerName, (e?: OpenEvent) => void | Promise<void>> = {
  // In AuthMode.NONE (an add-on not yet used in this document) only the menu may be touched,
  // so onOpen does nothing else in any mode.
  onOpen: () => addMenu(services().SpreadsheetApp.getUi()),
  onInstall: (e) => handlers.onOpen(e),
  setUpSheets: () => fromMenu(setUp),
  lastWeekSummary: () =>
    fromMenu((ports) => summarise(ports, lastClosedWeek(ports.clock.now(), ports.timeZone).id)),
  lastMonthSummary: () =>
    fromMenu((ports) => summarise(ports, lastClosedMonth(ports.clock.now(), ports.timeZone).id)),
  summaryFor: async () => {
    // Ask before taking the lock: a run must not hold the sheet while the user types.
    const periodId = askPeriod(services().SpreadsheetApp.getUi());
    if (periodId !== null) await fromMenu((ports) => summarise(ports, periodId));
  },
};
