/**
 * Automation from Apps Script: turning the daily trigger on and off from the menu, the trigger's
 * own handler, and the stalled-automation warning shown when the menu opens.
 */

import {
  automationWarning,
  clearReauthorizationNeeded,
  dailyRunDue,
  isAutomationEnabled,
  type RunDueReport,
  recordReauthorizationNeeded,
  runLogged,
  setAutomationEnabled,
} from '../core/automation';
import { SHELL_JOBS } from '../core/jobs';
import { say } from '../core/messages';
import { readSettings } from '../core/settings';
import type { Lang } from '../core/sheets';
import { automationHealthyMessage, automationOffMessage, automationOnMessage } from './automation-reports';
import type { GasServices } from './gas-api';
import { type GasPorts, gasPorts } from './gas-ports';
import { GasProperties } from './gas-properties';
import {
  installDailyTrigger,
  isDocumentTrigger,
  removeDailyTriggers,
  removeStrayTriggers,
  storedTrigger,
} from './triggers';

/** The account this execution runs as, by email; '' where Apps Script will not say. */
export function currentAccount(gas: GasServices): string {
  try {
    return gas.Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

/** What a time-driven trigger passes its function: its own id among the event's fields. */
export interface TriggerEvent {
  triggerUid?: unknown;
}

/** Installs the one daily trigger at the Settings hour, in the spreadsheet's zone, and marks automation on. */
export async function turnOn(ports: GasPorts, gas: GasServices): Promise<string> {
  const run = await runLogged(ports, 'menu', (context) => {
    const schedule = { hour: context.settings.triggerHour, timeZone: ports.timeZone };
    const me = currentAccount(gas);
    const before = storedTrigger(ports.properties);
    const install = installDailyTrigger(gas.ScriptApp, ports.spreadsheet, ports.properties, schedule, me);
    setAutomationEnabled(ports.properties, context.now());
    const lang = context.settings.language;
    // Another editor's trigger was the document's: it stops itself when it next fires.
    if (before !== null && before.owner !== me && install.change !== 'kept')
      context.did(say(lang, 'automation.log.tookOver', { owner: ownerName(before.owner, lang) }));
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
export async function dueRun(gas: GasServices, event?: TriggerEvent): Promise<RunDueReport | null> {
  const ports = gasPorts(gas);
  const uid = typeof event?.triggerUid === 'string' ? event.triggerUid : undefined;
  if (
    isAutomationEnabled(ports.properties) &&
    !isDocumentTrigger(gas.ScriptApp, ports.spreadsheet, ports.properties, uid)
  ) {
    // Another editor turned automation on since: theirs is the one trigger that runs here.
    const removed = removeStrayTriggers(gas.ScriptApp, ports.spreadsheet, ports.properties);
    console.log(`Spiral: another account's trigger runs this spreadsheet; removed ${removed} of mine.`);
    return null;
  }
  if (!isAutomationEnabled(ports.properties)) {
    const removed = removeDailyTriggers(gas.ScriptApp, ports.spreadsheet, ports.properties);
    console.log(
      `Spiral: automation is off for this spreadsheet; removed ${removed} trigger(s) of this user.`,
    );
    return null;
  }
  // The trigger fires hourly: it does nothing unless the Settings hour has come or work was left.
  // Read before the lock, to take it only when work is due; the run reads Settings again under it.
  const { triggerHour } = readSettings(ports.wb).settings;
  if (!dailyRunDue(ports.properties, triggerHour, ports.clock.now(), ports.timeZone)) {
    console.log('Spiral: nothing due this hour.');
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
  const report = await SHELL_JOBS.runDue.run(ports, 'trigger');
  console.log(`Spiral runDue ${report.outcome}: ${report.actions.join('; ')}`);
  return report;
}

/**
 * The stalled-automation warning for onOpen, or null, in the language onOpen read for the menu (Chinese
 * before set-up, as Settings' default). Reads only document properties: allowed in AuthMode.LIMITED.
 */
export function openWarning(gas: GasServices, now: Date, lang: Lang): string | null {
  const store = gas.PropertiesService.getDocumentProperties();
  if (!store) return null;
  return automationWarning(new GasProperties(store), now, lang);
}

/** The warning menu item: the warning in full, or that all is well again. */
export function warningDetails(ports: GasPorts): string {
  // A menu click that starts no run: its one reading of Settings, for the language.
  const lang = readSettings(ports.wb).settings.language;
  return automationWarning(ports.properties, ports.clock.now(), lang) ?? automationHealthyMessage(lang);
}

/** An owner as the panel and the Run log name it: the email, or "another editor" when unknown. */
export function ownerName(owner: string, lang: Lang): string {
  return owner === '' ? say(lang, 'automation.unknownOwner') : owner;
}
