/**
 * The folder `spiral summary --from <folder> --engine duckdb` reads: inquiries.csv (or .parquet)
 * and reviews.csv (or .parquet), headed by the templates' Chinese or English headers or the
 * column keys; settings.csv and taxonomy.csv beside them when the team keeps their own.
 * writeExportFolder writes the logs in that layout (the demo, the tests and the bench use it).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { TaxonomyRow } from '../../core/classify';
import { columnLabel, enumLabel, type Inquiry, type Lang, OURS, type Review } from '../../core/sheets';
import { INQUIRY_KEYS, REVIEW_KEYS } from './summary-sql';

export const FOLDER_FILES = {
  inquiries: 'inquiries',
  reviews: 'reviews',
  settings: 'settings.csv',
  taxonomy: 'taxonomy.csv',
  lexicon: 'lexicon.csv',
} as const;

/** The log file of a folder: `<name>.parquet` if there is one, else `<name>.csv`; null when neither. */
export function logFile(folder: string, name: 'inquiries' | 'reviews'): string | null {
  for (const ext of ['parquet', 'csv']) {
    const path = join(folder, `${name}.${ext}`);
    if (existsSync(path)) return path;
  }
  return null;
}

const LIST_SEPARATOR: Record<Lang, string> = { zh: '、', en: ', ' };

function inquiryCell(r: Inquiry, key: (typeof INQUIRY_KEYS)[number], lang: Lang): string {
  switch (key) {
    case 'customerType':
    case 'channel':
    case 'stage': {
      const value = r[key];
      return value === null ? '' : enumLabel(key, value, lang);
    }
    case 'converted':
      return r.converted === null ? '' : enumLabel('yesNo', r.converted ? 'yes' : 'no', lang);
    case 'amount':
    case 'firstResponseSeconds': {
      const value = r[key];
      return value === null ? '' : String(value);
    }
    case 'suggestedReason':
      return r.suggestedReason ?? '';
    default:
      return r[key];
  }
}

function reviewCell(r: Review, key: (typeof REVIEW_KEYS)[number], lang: Lang): string {
  switch (key) {
    case 'shop':
      return r.shop === OURS ? enumLabel('shop', OURS, lang) : r.shop;
    case 'rating':
      return r.rating === null ? '' : String(r.rating);
    case 'categories':
    case 'categoryOverride':
      return r[key].join(LIST_SEPARATOR[lang]);
    default:
      return r[key];
  }
}

export interface ExportFolderInput {
  inquiries: readonly Inquiry[];
  reviews: readonly Review[];
  /** Written as taxonomy.csv when given (else the folder uses the shipped taxonomy). */
  taxonomy?: readonly TaxonomyRow[];
  /** Written as lexicon.csv when given: the 词库 / Lexicon sheet's rows, header first. */
  lexicon?: readonly (readonly string[])[];
  /** Written as settings.csv when given: the Settings sheet's rows, header first. */
  settings?: readonly (readonly string[])[];
  /** Headers and enum labels in this language. */
  lang: Lang;
  /** How each row's date is written (the demo varies the form); 'YYYY-MM-DD' when not given. */
  dateText?: (date: string, row: number) => string;
}

/** Writes the logs as the folder's CSV files (UTF-8, headers in `lang`). */
export function writeExportFolder(folder: string, input: ExportFolderInput): void {
  mkdirSync(folder, { recursive: true });
  const { lang } = input;
  const dated = (cells: string[], keys: readonly string[], row: number) =>
    input.dateText ? cells.map((c, i) => (keys[i] === 'date' ? input.dateText!(c, row) : c)) : cells;
  const write = (file: string, rows: string[][]) => writeFileSync(join(folder, file), stringify(rows));
  write('inquiries.csv', [
    INQUIRY_KEYS.map((k) => columnLabel('inquiries', k, lang)),
    ...input.inquiries.map((r, i) =>
      dated(
        INQUIRY_KEYS.map((k) => inquiryCell(r, k, lang)),
        INQUIRY_KEYS,
        i,
      ),
    ),
  ]);
  write('reviews.csv', [
    REVIEW_KEYS.map((k) => columnLabel('reviews', k, lang)),
    ...input.reviews.map((r, i) =>
      dated(
        REVIEW_KEYS.map((k) => reviewCell(r, k, lang)),
        REVIEW_KEYS,
        i,
      ),
    ),
  ]);
  if (input.taxonomy) {
    const keys = [
      'kind',
      'category',
      'dimension',
      'keywords',
      'negativeKeywords',
      'positiveKeywords',
    ] as const;
    write(FOLDER_FILES.taxonomy, [
      keys.map((k) => columnLabel('taxonomy', k, lang)),
      ...input.taxonomy.map((t) => [
        enumLabel('categoryKind', t.kind, lang),
        t.category,
        t.dimension,
        t.keywords.join(LIST_SEPARATOR[lang]),
        (t.negativeKeywords ?? []).join(LIST_SEPARATOR[lang]),
        (t.positiveKeywords ?? []).join(LIST_SEPARATOR[lang]),
      ]),
    ]);
  }
  if (input.settings)
    write(
      FOLDER_FILES.settings,
      input.settings.map((row) => [...row]),
    );
  if (input.lexicon)
    write(
      FOLDER_FILES.lexicon,
      input.lexicon.map((row) => [...row]),
    );
}
