import type { Cell, WorkbookPort } from '../ports';
import { mapHeader } from './header';
import type { Problem } from './records';
import { parseRow, type RowValues } from './rows';
import { readSettings } from './settings';
import { knownCategoriesOf, readTaxonomy } from './tables';
import {
  type ColumnSpec,
  enumLabel,
  findSheet,
  type Lang,
  normalizeLabel,
  type SheetKey,
  TEMPLATES,
} from './template';
import { dateCell } from './values';

export const IMPORTABLE: readonly SheetKey[] = ['inquiries', 'reviews', 'scorecard', 'competitors'];

export interface ImportResult {
  sheet: string;
  appended: number;
  /** Input rows not appended (1-based data line, header excluded), each with every reason. */
  rejected: { index: number; reasons: string[] }[];
  /** Accepted rows with something worth saying (a category outside the taxonomy, say). */
  warnings: Problem[];
  /** Input columns that match no column of the sheet; their values are not imported. */
  ignoredColumns: string[];
}

export class ImportError extends Error {
  override name = 'ImportError';
}

/**
 * Appends rows given as text (from CSV) to a templated sheet. Headers may be keys, zh or en
 * labels; values may be in either language. Valid rows are appended in one write, placed under
 * the sheet's own (possibly reordered) header; invalid rows are returned with their reasons.
 */
export function importRows(
  wb: WorkbookPort,
  key: SheetKey,
  header: string[],
  rows: string[][],
): ImportResult {
  const template = TEMPLATES[key];
  const sheet = findSheet(wb, key);
  if (sheet === null)
    throw new ImportError(
      `the workbook has no ${template.name.zh} / ${template.name.en} sheet; run "spiral init" first`,
    );
  const lang = readSettings(wb).settings.language;
  const input = mapHeader(header, template);
  const missing = template.columns.filter((c) => c.required && !(c.key in input.columns));
  if (missing.length > 0) {
    throw new ImportError(
      `the CSV lacks required column(s): ${missing.map((c) => `${c[lang]} (${c.key})`).join(', ')}`,
    );
  }
  const grid = wb.read(sheet);
  const target = mapHeader(grid[0] ?? [], template);
  const absent = Object.keys(input.columns).filter((k) => !(k in target.columns));
  if (absent.length > 0) {
    throw new ImportError(
      `sheet ${sheet} lacks column(s) ${absent.join(', ')}; run "spiral init" to add them`,
    );
  }
  const ignoredColumns = header.filter(
    (h) => !(normalizeLabel(h) === '' || isContractLabel(h, input.labels)),
  );
  const taxonomy = readTaxonomy(wb);
  const context = {
    key,
    sheet,
    lang,
    columns: input.columns,
    labels: input.labels,
    present: template.columns.filter((c) => c.key in input.columns),
    timeZone: 'UTC',
    knownCategories: taxonomy.sheet === null ? undefined : knownCategoriesOf(taxonomy.records),
  };
  // Import owns the contract's columns only: a team's own columns and rows below the log stay as they are.
  const owned = template.columns.filter((c) => c.key in target.columns);
  const accepted: Cell[][] = [];
  const result: ImportResult = { sheet, appended: 0, rejected: [], warnings: [], ignoredColumns };
  rows.forEach((cells, i) => {
    const parsed = parseRow(context, cells, i + 1);
    if (parsed === null) return;
    if (parsed.hasError) {
      const reasons = parsed.problems
        .filter((p) => p.severity === 'error')
        .map((p) => `${p.column}: ${p.reason}`);
      result.rejected.push({ index: i + 1, reasons });
      return;
    }
    result.warnings.push(...parsed.problems);
    accepted.push(toSheetRow(owned, parsed.values, lang, wb.timeZone));
  });
  const ownedColumns = owned.map((c) => target.columns[c.key]!);
  if (accepted.length > 0) wb.appendRows(sheet, ownedColumns, accepted);
  result.appended = accepted.length;
  return result;
}

function isContractLabel(header: string, labels: Record<string, string>): boolean {
  return Object.values(labels).some((label) => normalizeLabel(label) === normalizeLabel(header));
}

/** A parsed row as cells of the owned columns: enums in the workbook's language, dates as dates, text as written. */
function toSheetRow(owned: ColumnSpec[], values: RowValues, lang: Lang, timeZone: string): Cell[] {
  return owned.map((column) => toCell(column, values[column.key], lang, timeZone));
}

function toCell(column: ColumnSpec, value: unknown, lang: Lang, timeZone: string): Cell {
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'date':
      return dateCell(value as string, timeZone);
    case 'enum':
      return enumLabel(column.enum ?? '', value as string, lang);
    case 'boolean':
      return enumLabel('yesNo', value ? 'yes' : 'no', lang);
    case 'shop':
      return value === 'ours' ? enumLabel('shop', 'ours', lang) : (value as string);
    case 'categories':
      return (value as string[]).join(lang === 'zh' ? '、' : ', ');
    default:
      return value as Cell;
  }
}
