/** The Apps Script services and the ports every handler builds from them. */
import type { Clock, PropertiesPort } from '../ports';
import type { GasServices, PropertiesApi, SpreadsheetApi } from './gas-api';
import { GasLock } from './gas-lock';
import { GasProperties } from './gas-properties';
import { GasWorkbook } from './gas-workbook';

/** Document property naming the spreadsheet, for runs that have no active one (time-driven triggers). */
export const SPREADSHEET_ID_KEY = 'spiral.spreadsheetId';

/** The Apps Script globals, looked up when a handler runs, never at load time. */
export function services(): GasServices {
  return {
    SpreadsheetApp,
    ScriptApp,
    PropertiesService,
    LockService,
    Session,
    Utilities,
    Logger,
    HtmlService,
  };
}

export interface GasPorts {
  spreadsheet: SpreadsheetApi;
  wb: GasWorkbook;
  lock: GasLock;
  properties: PropertiesPort;
  clock: Clock;
  /** Pushes pending writes to the sheet (SpreadsheetApp.flush), so state is recorded only after them. */
  persist: () => void;
  /** The spreadsheet's own zone: weeks, months, the run log and the trigger's hour are read in it. */
  timeZone: string;
}

export function gasPorts(gas: GasServices = services()): GasPorts {
  // Document state lives in the document's properties only: user properties follow the user into
  // every other document, and script properties are shared by every user of the add-on.
  const documentProperties = gas.PropertiesService.getDocumentProperties();
  const spreadsheet = openSpreadsheet(gas, documentProperties);
  if (documentProperties === null) throw new Error(NO_SPREADSHEET);
  // Ports are built per handler call, and an Apps Script execution is one run: lookups may be kept.
  const wb = new GasWorkbook(spreadsheet, gas.SpreadsheetApp, { perRun: true });
  return {
    spreadsheet,
    wb,
    lock: new GasLock({
      locks: gas.LockService,
      properties: documentProperties,
      flush: () => gas.SpreadsheetApp.flush(),
      acquired: () => wb.forgetLookups(),
      sleep: (ms) => gas.Utilities.sleep(ms),
      now: () => Date.now(),
    }),
    properties: new GasProperties(documentProperties),
    clock: { now: () => new Date() },
    persist: () => gas.SpreadsheetApp.flush(),
    timeZone: wb.timeZone,
  };
}

const NO_SPREADSHEET =
  '找不到表格：请打开表格并从菜单运行一次 Spiral。 / Spiral cannot find its spreadsheet: open it and run Spiral from the menu once.';

function openSpreadsheet(gas: GasServices, documentProperties: PropertiesApi | null): SpreadsheetApi {
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
    throw new Error(NO_SPREADSHEET);
  }
  return gas.SpreadsheetApp.openById(id);
}
