/**
 * The demo's engine step: the workbook's logs exported as a folder (the layout `summary --from`
 * reads), summarised by DuckDB, and compared field by field with the workbook logs' own summary.
 */
import { join } from 'node:path';
import { say } from '../../core/messages';
import { cellText, findSheet } from '../../core/sheets';
import { type SummaryData, summaryTab, summaryTabName } from '../../core/summary';
import type { Period } from '../../core/time';
import type { WorkbookPort } from '../../ports';
import { writeExportFolder } from '../engine/export-folder';
import { folderSummaries } from '../engine/folder-summary';

/** The first path at which two JSON values differ, or null; `count` counts the leaves compared. */
function firstDifference(a: unknown, b: unknown, path: string, count: { leaves: number }): string | null {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    count.leaves++;
    return Object.is(a, b) ? null : path;
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
      count,
    );
    if (found) return found;
  }
  return null;
}

/**
 * A date in each of the forms shops' exports write it, in turn: the folder's rows show that DuckDB
 * reads every form of the date grammar (src/core/time/date-grammar.ts) as the workbook does.
 */
export const DEMO_DATE_FORMS: readonly ((date: string) => string)[] = [
  (date) => date,
  (date) => date.replaceAll('-', '.').replace(/\.0/g, '.'),
  (date) => `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8))}日 9时58分`,
  (date) => `${date.replaceAll('-', '/')} 9:58:02`,
  (date) => String((Date.parse(`${date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000),
  (date) => `${date}T09:58:02+08:00`,
  (date) => date.replace(/[0-9-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
];

export async function engineDemo(
  wb: WorkbookPort,
  logs: SummaryData,
  periods: Period[],
  dir: string,
): Promise<string[]> {
  const lang = logs.settings.language;
  const folder = join(dir, 'spiral-demo-engine');
  const settingsSheet = findSheet(wb, 'settings');
  const lexiconSheet = findSheet(wb, 'lexicon');
  const sheetText = (sheet: string) => wb.read(sheet).map((row) => row.map((c) => cellText(c, wb.timeZone)));
  writeExportFolder(folder, {
    inquiries: logs.inquiries,
    reviews: logs.reviews,
    taxonomy: logs.taxonomy,
    settings: settingsSheet ? sheetText(settingsSheet) : undefined,
    lexicon: lexiconSheet ? sheetText(lexiconSheet) : undefined,
    lang,
    dateText: (date, row) => DEMO_DATE_FORMS[row % DEMO_DATE_FORMS.length]!(date),
  });
  const forms = DEMO_DATE_FORMS.map((form) => form('2026-11-03')).join(' · ');
  const lines = [
    say(lang, 'engine.demo.exported', { folder }),
    say(lang, 'engine.demo.dateForms', { forms }),
  ];
  const engine = await folderSummaries(folder, periods, lang);
  // The folder holds the logs only: the reference leaves out what it cannot carry (orders, the
  // catalogue and its lines, probes, scorecard, actions, ad reports, shop ratings).
  const reference = {
    ...logs,
    orders: [],
    orderLines: [],
    products: [],
    probes: [],
    excludedRowDates: [],
    actions: undefined,
    ads: undefined,
    dsr: undefined,
  };
  periods.forEach((period, i) => {
    const expected = JSON.parse(JSON.stringify(summaryTab(period, reference).model));
    const actual = JSON.parse(JSON.stringify(engine.models[i]));
    const count = { leaves: 0 };
    const path = firstDifference(expected, actual, 'model', count);
    const tab = summaryTabName(period, lang);
    lines.push(
      path === null
        ? say(lang, 'engine.demo.equal', { tab, fields: count.leaves })
        : say(lang, 'engine.demo.differs', { tab, path }),
    );
  });
  return [...lines, ...engine.notes];
}
