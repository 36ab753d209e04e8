import type { PropertiesPort } from '../../ports';
import { say } from '../messages/catalogue';
import type { Lang } from '../sheets/template';

/** Document property keys (the Apps Script adapter prefixes them with `spiral.`). */
export const AUTOMATION_KEYS = {
  enabled: 'automation.enabled',
  lastAutomaticRun: 'automation.lastRun',
  pending: 'runDue.pending',
  scorecardMonth: 'runDue.scorecardMonth',
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
