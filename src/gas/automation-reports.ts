/** What the automation handlers tell the user, in the workbook's language. */
import { say } from '../core/messages';
import type { Lang } from '../core/sheets';
import type { TriggerInstall } from './triggers';

const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

export function automationOnMessage(install: TriggerInstall, lang: Lang): string {
  const when = `${hourText(install.hour)} (${install.timeZone})`;
  const what = say(lang, `menu.automation.${install.change}`);
  return say(lang, 'menu.automation.on', { what, when });
}

export function automationOffMessage(removed: number, lang: Lang): string {
  return say(lang, removed > 0 ? 'menu.automation.off' : 'menu.automation.offNone');
}

/** When the warning item is clicked but the last automatic run is recent again. */
export function automationHealthyMessage(lang: Lang): string {
  return say(lang, 'menu.automation.healthy');
}
