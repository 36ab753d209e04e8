/**
 * Automation from Apps Script: turning the daily trigger on and off from the menu, the trigger's
 * own handler, and the stalled-automation warning shown when the menu opens.
 */
import {
  automationWarning,
  clearReauthorizationNeeded,
  isAutomationEnabled,
  recordReauthorizationNeeded,
  setAutomationEnabled,
} from '../core/automation';
import { say } from '../core/messages/catalogue';
import { runLogged } from '../core/run';
import { type RunDueReport, runDue } from '../core/run-due';
import { readSettings } from '../core/settings';
import { automationHealthyMessage, automationOffMessage, automationOnMessage } from './automation-reports';
import type { GasServices } from './gas-api';
import { type GasPorts, gasPorts } from './gas-ports';
import { GasProperties } from './gas-properties';
import { GasWorkbook } from './gas-workbook';
import { installDailyTrigger, removeDailyTriggers } from './triggers';

/** Installs the one daily trigger at the Settings hour, in the spreadsheet's zone, and marks automation on. */
export async function turnOn(ports: GasPorts, gas: GasServices): Promise<string> {
  const run = await runLogged(ports, 'menu', (context) => {
    const schedule = { hour: context.settings.triggerHour, timeZone: ports.timeZone };
    const install = installDailyTrigger(gas.ScriptApp, ports.spreadsheet, ports.properties, schedule);
    setAutomationEnabled(ports.properties, context.now());
    const lang = context.settings.language;
    context.did(
      say(lang, 'automation.log.on', {
        hour: schedule.hour,
        zone: schedule.timeZone,
        change: say(lang, `automation.change.${install.change}`),
      }),
    );
    return automationOnMessage(install, context.settings.language);
  });
  return run.result ?? run.actions.join('\n');
}

/** Deletes this user's daily trigger on this document and marks automation off. */
export async function turnOff(ports: GasPorts, gas: GasServices): Promise<string> {
  const run = await runLogged(ports, 'menu', (context) => {
    const removed = removeDailyTriggers(gas.ScriptApp, ports.spreadsheet, ports.properties);
    setAutomationEnabled(ports.properties, null);
    context.did(say(context.settings.language, 'automation.log.off', { removed }));
    return automationOffMessage(removed, context.settings.language);
  });
  return run.result ?? run.actions.join('\n');
}

/**
 * The time-driven trigger: no UI exists, so everything goes to the Run log, and an error is
 * rethrown for Apps Script's execution log. A trigger left behind after automation was turned off
 * (another editor's, which the one who turned it off could not delete) removes itself instead.
 */
export async function dueRun(gas: GasServices): Promise<RunDueReport | null> {
  const ports = gasPorts(gas);
  if (!isAutomationEnabled(ports.properties)) {
    const removed = removeDailyTriggers(gas.ScriptApp, ports.spreadsheet, ports.properties);
    console.log(
      `Spiral: automation is off for this spreadsheet; removed ${removed} trigger(s) of this user.`,
    );
    return null;
  }
  // A new version may need scopes the user has not granted; the trigger cannot ask, so it says so
  // where the team will see it (the menu's warning, the Run log) instead of failing every day.
  const info = gas.ScriptApp.getAuthorizationInfo(gas.ScriptApp.AuthMode.FULL);
  if (info.getAuthorizationStatus() === gas.ScriptApp.AuthorizationStatus.REQUIRED) {
    recordReauthorizationNeeded(ports.properties, ports.clock.now());
    await runLogged(ports, 'trigger', (context) => {
      context.did(
        say(context.settings.language, 'automation.reauthorizeLog', {
          url: info.getAuthorizationUrl() ?? '',
        }),
      );
    });
    console.log('Spiral: re-authorisation needed; the trigger did nothing.');
    return null;
  }
  clearReauthorizationNeeded(ports.properties);
  const report = await runDue(ports, 'trigger');
  console.log(`Spiral runDue ${report.outcome}: ${report.actions.join('; ')}`);
  return report;
}

/**
 * The stalled-automation warning for onOpen, or null. Reads only document properties and, when
 * there is a warning, the Settings sheet for its language: both allowed in AuthMode.LIMITED.
 */
export function openWarning(gas: GasServices, now: Date): string | null {
  const store = gas.PropertiesService.getDocumentProperties();
  if (!store) return null;
  const properties = new GasProperties(store);
  if (automationWarning(properties, now, 'zh') === null) return null;
  const active = gas.SpreadsheetApp.getActiveSpreadsheet();
  const lang = active ? readSettings(new GasWorkbook(active, gas.SpreadsheetApp)).settings.language : 'zh';
  return automationWarning(properties, now, lang);
}

/** The warning menu item: the warning in full, or that all is well again. */
export function warningDetails(ports: GasPorts): string {
  const lang = readSettings(ports.wb).settings.language;
  return automationWarning(ports.properties, ports.clock.now(), lang) ?? automationHealthyMessage(lang);
}
