/** What a menu run tells the user in its closing alert, in the workbook's language. */

import { say } from '../core/messages';
import type { InstallReport } from '../core/setup';
import type { Lang } from '../core/sheets';
import type { GeneratedSummary } from '../core/summary';

export function installMessage(report: InstallReport): string {
  const lang = report.language;
  const list = lang === 'zh' ? '、' : ', ';
  const lines = [
    ...(report.created.length > 0
      ? [say(lang, 'menu.install.created', { sheets: report.created.join(list) })]
      : []),
    ...report.columnsAdded.map(({ sheet, columns }) =>
      say(lang, 'menu.install.columns', { sheet, columns: columns.join(list) }),
    ),
    ...report.rowsAdded.map(({ sheet, rows }) => say(lang, 'menu.install.seeded', { sheet, rows })),
    ...report.messages,
  ];
  if (lines.length === 0) lines.push(say(lang, 'menu.install.nothing'));
  return lines.join('\n');
}

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

export function summaryMessage(summary: GeneratedSummary): string {
  const { model, tabName, problems } = summary;
  const lang = model.language;
  const lines = [
    say(lang, 'menu.summary.wrote', {
      tab: tabName,
      inquiries: model.inquiries.total,
      start: model.period.start,
      end: model.period.end,
    }),
  ];
  if (model.excludedRows > 0 || problems.length > 0) {
    lines.push(say(lang, 'menu.summary.excluded', { rows: model.excludedRows, problems: problems.length }));
  }
  return lines.join('\n');
}

/** Why a typed period cannot be read (shared with the CLI's --week / --month). */
export { periodMessage } from '../core/time';
