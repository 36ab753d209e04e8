/**
 * The one daily time-driven trigger that runs `runDueTrigger`. An editor add-on may hold only one
 * time-driven trigger per user per document, so installing checks the user's triggers first.
 * Apps Script does not say at which hour an existing trigger fires, so the schedule it was made
 * with is kept in document properties beside its id.
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

interface StoredTrigger extends TriggerSchedule {
  id: string;
}

export type TriggerChange = 'created' | 'replaced' | 'kept';

export interface TriggerInstall extends TriggerSchedule {
  change: TriggerChange;
  /** Extra runDueTrigger triggers of this user removed (left by an older version or a race). */
  removed: number;
}

/**
 * Ensures exactly one daily runDueTrigger trigger of this user on this document, at the hour and zone
 * given. One already there at that schedule is kept; one at another hour is replaced (Settings is the
 * single source of the hour, and a trigger's hour cannot be changed in place).
 */
export function installDailyTrigger(
  script: ScriptAppApi,
  spreadsheet: SpreadsheetApi,
  properties: PropertiesPort,
  schedule: TriggerSchedule,
): TriggerInstall {
  const mine = dueTriggers(script, spreadsheet);
  const stored = storedTrigger(properties);
  const keep = mine.find(
    (t) =>
      stored !== null &&
      t.getUniqueId() === stored.id &&
      stored.hour === schedule.hour &&
      stored.timeZone === schedule.timeZone,
  );
  const extra = mine.filter((t) => t !== keep);
  for (const trigger of extra) script.deleteTrigger(trigger);
  if (keep) return { ...schedule, change: 'kept', removed: extra.length };
  const created = script
    .newTrigger(DUE_HANDLER)
    .timeBased()
    .atHour(schedule.hour)
    .everyDays(1)
    .inTimezone(schedule.timeZone)
    .create();
  const record: StoredTrigger = { id: created.getUniqueId(), ...schedule };
  properties.set(TRIGGER_KEY, JSON.stringify(record));
  return {
    ...schedule,
    change: mine.length > 0 ? 'replaced' : 'created',
    removed: Math.max(0, extra.length - 1),
  };
}

/** Deletes every runDueTrigger trigger this user has on this document; returns how many. */
export function removeDailyTriggers(
  script: ScriptAppApi,
  spreadsheet: SpreadsheetApi,
  properties: PropertiesPort,
): number {
  const mine = dueTriggers(script, spreadsheet);
  for (const trigger of mine) script.deleteTrigger(trigger);
  properties.remove(TRIGGER_KEY);
  return mine.length;
}

function dueTriggers(script: ScriptAppApi, spreadsheet: SpreadsheetApi): TriggerApi[] {
  return script.getUserTriggers(spreadsheet).filter((t) => t.getHandlerFunction() === DUE_HANDLER);
}

function storedTrigger(properties: PropertiesPort): StoredTrigger | null {
  const text = properties.get(TRIGGER_KEY);
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<StoredTrigger>;
    return typeof value.id === 'string' &&
      typeof value.hour === 'number' &&
      typeof value.timeZone === 'string'
      ? { id: value.id, hour: value.hour, timeZone: value.timeZone }
      : null;
  } catch {
    // A value someone edited by hand: treat the trigger as unknown and replace it.
    return null;
  }
}
