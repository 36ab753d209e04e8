import { say } from '../../core/messages';
import { readSettings } from '../../core/settings';
import { gasPorts, services } from '../gas-ports';

/** The HTML file the build writes into dist/ (pushed as the project file "Sidebar"). */
export const SIDEBAR_FILE = 'Sidebar';

/** Menu "Spiral 面板 / Spiral panel": opens the panel, titled in the workbook's language. */
export function showSidebar(): void {
  const gas = services();
  // Opening the panel is no run: its one reading of Settings, for the title's language.
  const lang = readSettings(gasPorts(gas).wb).settings.language;
  const page = gas.HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(say(lang, 'sidebar.title'));
  gas.SpreadsheetApp.getUi().showSidebar(page);
}
