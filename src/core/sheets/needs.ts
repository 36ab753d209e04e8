/**
 * What each use case needs from the workbook before it may write anything: a sheet that cannot be
 * found or a column that is gone would otherwise read as zero rows, and pay or a summary would be
 * computed from nothing. One check, one message naming everything missing and how to restore it.
 */
import type { WorkbookPort } from '../../ports';
import { say } from '../messages/catalogue';
import { SentenceError } from '../messages/sentence-error';
import { mapHeader } from './header';
import { SCORING_INPUTS } from './scorecard-columns';
import { findSheet, type Lang, normalizeLabel, type SheetKey, sheetName, TEMPLATES } from './template';

/** A sheet a use case reads, and the columns it needs beyond the template's required ones. */
export interface SheetNeed {
  sheet: SheetKey;
  columns: readonly string[];
}

/** The inputs each use case computes from; a column missing here would make its numbers wrong. */
export const NEEDS = {
  /** Without a question or stage column there is simply nothing to classify: not an error. */
  classify: [
    { sheet: 'inquiries', columns: [] },
    { sheet: 'reviews', columns: [] },
  ],
  summary: [
    { sheet: 'inquiries', columns: ['stage', 'converted', 'amount'] },
    { sheet: 'reviews', columns: ['shop'] },
  ],
  scorecard: [{ sheet: 'scorecard', columns: SCORING_INPUTS }],
  /** Pre-sale pay is computed from the month's inquiries. */
  preSaleScorecard: [
    { sheet: 'inquiries', columns: ['stage', 'converted', 'amount', 'firstResponseSeconds'] },
  ],
  /** After-sale orders and refunds from the Orders sheet go through the buyers each agent served. */
  afterSaleOrders: [{ sheet: 'inquiries', columns: ['stage', 'customerId'] }],
} as const satisfies Record<string, readonly SheetNeed[]>;

/** A required input is missing: the use case stopped before writing anything. */
export class MissingInputError extends SentenceError {
  override name = 'MissingInputError';
}

/** Throws MissingInputError naming every sheet and column of `needs` the workbook lacks. */
export function requireInputs(wb: WorkbookPort, needs: readonly SheetNeed[], lang: Lang): void {
  const lines: string[] = [];
  const merged = new Map<SheetKey, Set<string>>();
  for (const need of needs) {
    const columns = merged.get(need.sheet) ?? new Set<string>();
    for (const column of need.columns) columns.add(column);
    merged.set(need.sheet, columns);
  }
  for (const [key, extra] of merged) {
    const template = TEMPLATES[key];
    const sheet = findSheet(wb, key);
    if (sheet === null) {
      lines.push(missingSheet(wb, key, lang));
      continue;
    }
    const header = mapHeader(wb.readHeader(sheet), template);
    const missing = template.columns.filter(
      (c) => (c.required || extra.has(c.key)) && !(c.key in header.columns),
    );
    if (missing.length > 0) {
      const columns = missing.map((c) => `${c[lang]} (${c.key})`).join(lang === 'zh' ? '、' : ', ');
      lines.push(say(lang, 'sheets.missingColumns', { sheet, columns }));
    }
  }
  if (lines.length > 0)
    throw new MissingInputError([...lines, say(lang, 'sheets.nothingWritten')].join('\n'));
}

function missingSheet(wb: WorkbookPort, key: SheetKey, lang: Lang): string {
  const names = [TEMPLATES[key].name.zh, TEMPLATES[key].name.en].map(normalizeLabel);
  // A sheet whose name holds the template's (询单记录2026) is most likely it, renamed.
  const renamed = wb.sheetNames().filter((n) => names.some((name) => normalizeLabel(n).includes(name)));
  const expected = sheetName(key, lang);
  const other = sheetName(key, lang === 'zh' ? 'en' : 'zh');
  return renamed.length > 0
    ? say(lang, 'sheets.missingSheetRenamed', {
        expected,
        other,
        renamed: renamed.join(lang === 'zh' ? '、' : ', '),
      })
    : say(lang, 'sheets.missingSheet', { expected, other });
}
