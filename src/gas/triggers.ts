/**
 * The one daily time-driven trigger that runs `runDueTrigger`. An editor add-on may hold only one
 * time-driven trigger per user per document, so installing checks the user's triggers first.
 * Apps Script does not say at which hour an existing trigger fires, so the schedule it was made
 * with is kept in document properties beside its id and the account that owns it. The stored id is
 * the document's flag: of every editor's triggers, only that one runs (no account can see or
 * delete another account's triggers, so the others remove themselves when they fire).
 */
import type { PropertiesPort } from '../ports';
import type { ScriptAppApi, SpreadsheetApi, TriggerApi } from './gas-api';

export const DUE_HANDLER = 'runDueTrigger';

/** Document property (namespaced by GasProperties) holding the installed trigger's id, hour and zone. */
export const TRIGGER_KEY = 'automation.trigger';

export interface TriggerSchedule {
  hour: number;
  timeZone: string;
}

export interface StoredTrigger extends TriggerSchedule {
  id: string;
  /** The email of the account whose trigger it is; '' when Apps Script would not say. */
  owner: string;
  /** An hourly trigger (a record without it is an older version's daily trigger, replaced on turn-on). */
  hourly?: boolean;
}

export type TriggerChange = 'created' | 'replaced' | 'kept';

export interface TriggerInstall extends TriggerSchedule {
  change: TriggerChange;
  /** Extra runDueTrigger triggers of this user removed (left by an older version or a race). */
  removed: number;
}

/**
 * Ensures exactly one hourly runDueTrigger trigger of this user on this document and records the
 * hour and zone the daily work runs at. One already there is kept whatever the hour: the run reads
 * the hour from Settings each time, so a changed hour needs no new trigger.
 */
export function installDailyTrigger(
  script: ScriptAppApi,
  spreadsheet: SpreadsheetApi,
  properties: PropertiesPort,
  schedule: TriggerSchedule,
  owner: string,
): TriggerInstall {
  const stored = storedTrigger(properties);
  const mine = dueTriggers(script, spreadsheet, stored);
  // Hourly since the run decides itself whether work is due: a trigger of this kind is kept as it is.
  const keep = mine.find((t) => stored?.hourly === true && t.getUniqueId() === stored.id);
  const extra = mine.filter((t) => t !== keep);
  for (const trigger of extra) script.deleteTrigger(trigger);
  if (keep) {
    properties.set(TRIGGER_KEY, JSON.stringify({ ...stored, ...schedule, owner }));
    const same = stored?.hour === schedule.hour && stored.timeZone === schedule.timeZone;
    return { ...schedule, change: same ? 'kept' : 'replaced', removed: extra.length };
  }
  // Every hour: an add-on's time-driven triggers may run at most hourly, and each run exits at once
  // unless the Settings hour has come or the last run left work (see dailyRunDue).
  const created = script.newTrigger(DUE_HANDLER).timeBased().everyHours(1).create();
  const record: StoredTrigger = { id: created.getUniqueId(), ...schedule, owner, hourly: true };
  properties.set(TRIGGER_KEY, JSON.stringify(record));
  return {
    ...schedule,
    change: mine.length > 0 ? 'replaced' : 'created',
    removed: Math.max(0, extra.length - 1),
  };
}

/** Deletes every runDueTrigger trigger this user has on this document and clears the flag; returns how many. */
export function removeDailyTriggers(
  script: ScriptAppApi,
  spreadsheet: SpreadsheetApi,
  properties: PropertiesPort,
): number {
  const mine = dueTriggers(script, spreadsheet, storedTrigger(properties));
  for (const trigger of mine) script.deleteTrigger(trigger);
  properties.remove(TRIGGER_KEY);
  return mine.length;
}

/**
 * Deletes this user's runDueTrigger triggers on this document except the one the flag names (a
 * trigger that fired but is not the document's: another editor turned automation on since).
 */
export function removeStrayTriggers(
  script: ScriptAppApi,
  spreadsheet: SpreadsheetApi,
  properties: PropertiesPort,
): number {
  const stored = storedTrigger(properties);
  const stray = dueTriggers(script, spreadsheet, stored).filter((t) => t.getUniqueId() !== stored?.id);
  for (const trigger of stray) script.deleteTrigger(trigger);
  return stray.length;
}

/**
 * Whether the trigger that started this run is the document's: the event's triggerUid when Apps
 * Script gives one, else whether the flagged trigger is among this account's. True when no flag
 * is stored (a record lost or written by an older version: the run goes ahead as before).
 */
export function isDocumentTrigger(
  script: ScriptAppApi,
  spreadsheet: SpreadsheetApi,
  properties: PropertiesPort,
  triggerUid: string | undefined,
): boolean {
  const stored = storedTrigger(properties);
  if (stored === null) return true;
  if (triggerUid !== undefined) return triggerUid === stored.id;
  return dueTriggers(script, spreadsheet, stored).some((t) => t.getUniqueId() === stored.id);
}

/**
 * This user's runDueTrigger triggers on this document: those getUserTriggers lists for it, and the
 * stored one found by id among the project's (an add-on is one project across every document, so
 * the project's triggers are matched by id alone, never by handler).
 */
function dueTriggers(
  script: ScriptAppApi,
  spreadsheet: SpreadsheetApi,
  stored: StoredTrigger | null,
): TriggerApi[] {
  const found = script.getUserTriggers(spreadsheet).filter((t) => t.getHandlerFunction() === DUE_HANDLER);
  if (stored !== null && !found.some((t) => t.getUniqueId() === stored.id)) {
    const flagged = script.getProjectTriggers().find((t) => t.getUniqueId() === stored.id);
    if (flagged) found.push(flagged);
  }
  return found;
}

export function storedTrigger(properties: PropertiesPort): StoredTrigger | null {
  const text = properties.get(TRIGGER_KEY);
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<StoredTrigger>;
    return typeof value.id === 'string' &&
      typeof value.hour === 'number' &&
      typeof value.timeZone === 'string'
      ? {
          id: value.id,
          hour: value.hour,
          timeZone: value.timeZone,
          owner: typeof value.owner === 'string' ? value.owner : '',
          ...(value.hourly === true ? { hourly: true } : {}),
        }
      : null;
  } catch {
    // A value someone edited by hand: treat the trigger as unknown and replace it.
    return null;
  }
}
