/** The automation folder's public entry: what the shells (cli, gas, tools) import from it. */
export { rebuildRunDueState } from './rebuild-state';
export { BusyError, MENU_LOCK_WAIT_MS, type RunContext, runLogged } from './run';
export { type RunDueReport, runDue } from './run-due';
export { appendRunLog, localDateTime, OUTCOME_LABELS } from './run-log';
export {
  automationWarning,
  clearReauthorizationNeeded,
  dailyRunDue,
  isAutomationEnabled,
  recordReauthorizationNeeded,
  setAutomationEnabled,
} from './state';
export { recordSummaryTab } from './tab-retention';
