/** How a menu click runs: the add-on menu itself, and a run that ends in an alert. */
import { clearReauthorizationNeeded } from '../core/automation';
import { readSettings } from '../core/settings';
import type { Lang } from '../core/sheets';
import type { UiApi } from './gas-api';
import { type GasPorts, gasPorts, services } from './gas-ports';
import { MENU, menuLabel, SEPARATOR, WARNING_ITEM } from './menu';
import { failureMessage } from './reports';

/** A menu run: the closing alert says what was done; an error is shown, logged and rethrown. */
export async function fromMenu(work: (ports: GasPorts) => Promise<string>, ports?: GasPorts): Promise<void> {
  const ui = services().SpreadsheetApp.getUi();
  let built: GasPorts | undefined = ports;
  try {
    built = built ?? gasPorts();
    const message = await work(built);
    // A menu run has the user's full authorisation: a trigger that asked for it can run again.
    clearReauthorizationNeeded(built.properties);
    ui.alert('Spiral', message, ui.ButtonSet.OK);
  } catch (error) {
    console.error(error);
    ui.alert('Spiral', failureMessage(error, workbookLanguage(built)), ui.ButtonSet.OK);
    throw error;
  }
}

/**
 * The workbook's language for a failure's alert (the run that failed may never have read Settings);
 * null when even the spreadsheet cannot be read.
 */
export function workbookLanguage(ports: GasPorts | undefined): Lang | null {
  if (ports === undefined) return null;
  try {
    return readSettings(ports.wb).settings.language;
  } catch {
    return null;
  }
}

/** The add-on menu; with a warning, its first item says automation has stalled and opens the details. */
export function addMenu(ui: UiApi, warning: boolean, lang: Lang | null = null): void {
  const menu = ui.createAddonMenu();
  if (warning) menu.addItem(menuLabel(WARNING_ITEM, lang), WARNING_ITEM).addSeparator();
  for (const entry of MENU) {
    if (entry === SEPARATOR) menu.addSeparator();
    else menu.addItem(menuLabel(entry, lang), entry);
  }
  menu.addToUi();
}
