import { say } from '../messages/catalogue';
import type { Lang } from '../messages/lang';
import type { PeriodError } from './periods';

const PERIOD_REASON = {
  year: 'menu.period.year',
  week: 'menu.period.week',
  month: 'menu.period.month',
} as const;

/** Why a typed period cannot be read, and how to write one (the menu's prompt and the CLI's --week / --month). */
export function periodMessage(error: PeriodError, lang: Lang): string {
  const key = PERIOD_REASON[error.code as keyof typeof PERIOD_REASON] ?? 'menu.period.other';
  return `${say(lang, key, { value: error.value })}\n${say(lang, 'menu.period.help')}`;
}
