/** What a menu run tells the user in its closing alert, in the workbook's language. */

import { say } from '../core/messages';
import type { Lang } from '../core/sheets';

/**
 * The alert for a failed run: the error's own words under a title in the workbook's language; both
 * titles when the language cannot be known (the spreadsheet itself could not be read).
 */
export function failureMessage(error: unknown, lang: Lang | null = null): string {
  // Duck-typed: an error thrown by an Apps Script service may come from another realm.
  const message =
    typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  if (lang !== null) return say(lang, 'menu.failed', { message });
  const title = (l: Lang) => say(l, 'menu.failed', { message: '' }).trim();
  return `${title('zh').replace(/：$/, '')} / ${title('en')}\n${message}`;
}

/** Why a typed period cannot be read (shared with the CLI's --week / --month). */
export { periodMessage } from '../core/time';
