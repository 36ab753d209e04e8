import type { PropertiesPort } from '../../ports';
import { say } from '../messages/catalogue';
import type { Lang } from '../sheets/template';
import { zonedTime } from '../time/periods';

/** Document property keys (the Apps Script adapter prefixes them with `spiral.`). */
export const AUTOMATION_KEYS = {
  enabled: 'automation.enabled',
  lastAutomaticRun: 'automation.lastRun',
  pending: 'runDue.pending',
  scorecardMonth: 'runDue.scorecardMonth',
  /** A daily run in progress: when it started and the step it is in; left behind by a run that was killed. */
  running: 'runDue.running',
  /** Set by a trigger that found it needs re-authorisation (the time it found it); cleared by one that ran. */
  reauthorize: 'automation.reauthorize',
} as const;

/** A trigger could not run: the user must open the spreadsheet and run Spiral from the menu once. */
export function recordReauthorizationNeeded(properties: PropertiesPort, at: Date): void {
  properties.set(AUTOMATION_KEYS.reauthorize, at.toISOString());
}

export function clearReauthorizationNeeded(properties: PropertiesPort): void {
  if (properties.get(AUTOMATION_KEYS.reauthorize) !== null) properties.remove(AUTOMATION_KEYS.reauthorize);
}

/** Automatic runs older than this make the menu warn: a daily trigger has missed at least two days. */
export const STALE_AFTER_MS = 2 * 24 * 3600 * 1000;

/** Automation on is recorded with the time it was turned on; off removes it. */
export function setAutomationEnabled(properties: PropertiesPort, enabledAt: Date | null): void {
  if (enabledAt) properties.set(AUTOMATION_KEYS.enabled, enabledAt.toISOString());
  else properties.remove(AUTOMATION_KEYS.enabled);
}

export function isAutomationEnabled(properties: PropertiesPort): boolean {
  return properties.get(AUTOMATION_KEYS.enabled) !== null;
}

export function recordAutomaticRun(properties: PropertiesPort, at: Date): void {
  properties.set(AUTOMATION_KEYS.lastAutomaticRun, at.toISOString());
}

/**
 * The warning to show when automation is on but the last automatic run is more than two days
 * old (or none has run in the two days since it was turned on); null when all is well.
 */
export function automationWarning(properties: PropertiesPort, now: Date, lang: Lang): string | null {
  const enabled = properties.get(AUTOMATION_KEYS.enabled);
  if (enabled === null) return null;
  const reauthorize = properties.get(AUTOMATION_KEYS.reauthorize);
  if (reauthorize !== null) return say(lang, 'automation.reauthorize', { since: reauthorize.slice(0, 10) });
  const last = properties.get(AUTOMATION_KEYS.lastAutomaticRun);
  const lastTime = Date.parse(last ?? enabled);
  if (Number.isNaN(lastTime) || now.getTime() - lastTime <= STALE_AFTER_MS) return null;
  if (last === null) {
    return say(lang, 'automation.neverRan');
  }
  const days = Math.floor((now.getTime() - lastTime) / (24 * 3600 * 1000));
  return say(lang, 'automation.stalled', { days });
}

/** The marker a daily run keeps while it works: its start (ISO) and the step it is in. */
export interface RunMarker {
  at: string;
  step: string;
}

export function readRunMarker(properties: PropertiesPort): RunMarker | null {
  const text = properties.get(AUTOMATION_KEYS.running);
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<RunMarker>;
    return typeof value.at === 'string' && typeof value.step === 'string'
      ? { at: value.at, step: value.step }
      : null;
  } catch {
    return { at: '', step: '' };
  }
}

/** An execution lives at most six minutes: a marker older than this belongs to a run that was killed. */
export const KILLED_AFTER_MS = 390_000;

/**
 * Whether the hourly trigger has work: work left by the last run (a time-budget stop or a run that
 * was killed), or the Settings hour has come and no automatic run has run since it today (in the
 * spreadsheet's zone). Settings is read at every run, so a changed hour counts from the next hour on.
 */
export function dailyRunDue(properties: PropertiesPort, hour: number, now: Date, timeZone: string): boolean {
  if (properties.get(AUTOMATION_KEYS.pending) !== null || readRunMarker(properties) !== null) return true;
  const local = zonedTime(now, timeZone);
  if (local.hour < hour) return false;
  const last = properties.get(AUTOMATION_KEYS.lastAutomaticRun);
  const lastTime = last === null ? Number.NaN : Date.parse(last);
  if (Number.isNaN(lastTime)) return true;
  const ran = zonedTime(new Date(lastTime), timeZone);
  const today = ran.year === local.year && ran.month === local.month && ran.day === local.day;
  return !(today && ran.hour >= hour);
}
