import type { Cell, ColumnFormat, SheetFormat, WorkbookPort } from '../../ports';
import { defaultTaxonomyRows } from '../classify/taxonomy-rules';
import { say } from '../messages/catalogue';
import {
  defaultSettingsValue,
  readSettings,
  SETTING_DEFS,
  settingLabels,
  settingText,
} from '../settings/settings';
import { mapHeader } from '../sheets/header';
import type { CategoryKind } from '../sheets/records';
import { readTaxonomy } from '../sheets/tables';
import {
  type ColumnSpec,
  enumLabel,
  enumLabels,
  findSheet,
  type Lang,
  normalizeLabel,
  SHEET_KEYS,
  type SheetKey,
  sheetName,
  TEMPLATES,
} from '../sheets/template';

export interface InstallReport {
  language: Lang;
  /** Sheets created, by name. */
  created: string[];
  /** Columns added at the end of existing sheets. */
  columnsAdded: { sheet: string; columns: string[] }[];
  /** Rows seeded (taxonomy on a new sheet, settings the sheet lacked). */
  rowsAdded: { sheet: string; rows: number }[];
  messages: string[];
}

const HEADER_STYLE = { background: '#1f4e79', fontColor: '#ffffff', bold: true };
const COMPUTED_BACKGROUND = '#eeeeee';
/** Description of the protection on a computed column, so set-up recognises its own. */
export const COMPUTED_PROTECTION = 'Spiral: computed column — written by Spiral, edits are overwritten';

/**
 * Creates missing sheets and adds missing columns at the end of existing ones, then applies
 * dropdowns, frozen header, widths and formats. Never reorders, renames or deletes anything the
 * user has; running it twice changes nothing.
 */
export function installTemplates(
  wb: WorkbookPort,
  options: {
    language?: Lang;
    /** The language Settings hold, as the run read them (read here when the caller is no run). */
    existing?: Lang;
  } = {},
): InstallReport {
  const existing = options.existing ?? readSettings(wb).settings.language;
  const language = options.language ?? existing;
  const report: InstallReport = { language, created: [], columnsAdded: [], rowsAdded: [], messages: [] };
  if (options.language && findSheet(wb, 'settings') !== null && options.language !== existing) {
    report.messages.push(
      say(options.language, 'rows.installOtherLanguage', { existing, language: options.language }),
    );
  }
  const headers = new Map(SHEET_KEYS.map((key) => [key, ensureSheet(wb, key, language, report)] as const));
  seedTaxonomy(wb, language, report);
  seedSettings(wb, language, report);
  const categories = categoriesByKind(wb);
  for (const [key, header] of headers) formatSheet(wb, key, header, language, categories);
  return report;
}

/** Makes sure the sheet and every contract column exist; returns where the columns are. */
function ensureSheet(wb: WorkbookPort, key: SheetKey, lang: Lang, report: InstallReport): SheetHeader {
  const template = TEMPLATES[key];
  let sheet = findSheet(wb, key);
  if (sheet === null) {
    sheet = sheetName(key, lang);
    const labels = template.columns.map((c) => c[lang]);
    wb.addSheet(sheet);
    wb.write(sheet, 1, 1, [labels]);
    report.created.push(sheet);
    return { sheet, ...mapHeader(labels, template) };
  }
  const grid = wb.read(sheet);
  const header = mapHeader(grid[0] ?? [], template);
  const missing = template.columns.filter((c) => !(c.key in header.columns));
  if (missing.length === 0) return { sheet, ...header };
  // New columns go after everything the sheet holds, so no user cell is overwritten.
  const width = grid[0]?.length ?? 0;
  const labels = missing.map((c) => c[lang]);
  wb.write(sheet, 1, width + 1, [labels]);
  report.columnsAdded.push({ sheet, columns: labels });
  const headerRow = [...(grid[0] ?? []), ...labels];
  return { sheet, ...mapHeader(headerRow, template) };
}

type SheetHeader = ReturnType<typeof mapHeader> & { sheet: string };

/** The default taxonomy goes into an empty Taxonomy sheet only: a team's own list is theirs. */
function seedTaxonomy(wb: WorkbookPort, lang: Lang, report: InstallReport): void {
  const sheet = findSheet(wb, 'taxonomy')!;
  const grid = wb.read(sheet);
  if (grid.slice(1).some((row) => row.some((cell) => cell !== ''))) return;
  const header = mapHeader(grid[0] ?? [], TEMPLATES.taxonomy);
  const rows = defaultTaxonomyRows(lang).map((entry) =>
    placeByHeader(header.columns, header.width, {
      kind: enumLabel('categoryKind', entry.kind, lang),
      category: entry.category,
      dimension: entry.dimension,
      keywords: entry.keywords.join(lang === 'zh' ? '、' : ', '),
      negativeKeywords: (entry.negativeKeywords ?? []).join(lang === 'zh' ? '、' : ', '),
      positiveKeywords: (entry.positiveKeywords ?? []).join(lang === 'zh' ? '、' : ', '),
    }),
  );
  if (rows.length === 0) return;
  wb.write(sheet, 2, 1, rows);
  report.rowsAdded.push({ sheet, rows: rows.length });
}

/** Adds the settings the sheet lacks, with their defaults; values already there are never touched. */
function seedSettings(wb: WorkbookPort, lang: Lang, report: InstallReport): void {
  const sheet = findSheet(wb, 'settings')!;
  const grid = wb.read(sheet);
  const header = mapHeader(grid[0] ?? [], TEMPLATES.settings);
  const keyCol = header.columns.key! - 1;
  const present = new Set(grid.slice(1).map((row) => normalizeLabel(String(row[keyCol] ?? ''))));
  const defaults = defaultSettingsValue(lang);
  const missing = SETTING_DEFS.filter(
    (d) => !settingLabels(d).some((label) => present.has(normalizeLabel(label))),
  );
  if (missing.length === 0) return;
  const rows = missing.map((d) =>
    placeByHeader(header.columns, header.width, {
      key: d.key,
      value: settingText(defaults, d.key, lang),
      description: d[lang],
    }),
  );
  wb.write(sheet, grid.length + 1, 1, rows);
  report.rowsAdded.push({ sheet, rows: rows.length });
}

/** A row laid out under a header the user may have reordered: each value in its key's column. */
function placeByHeader(columns: Record<string, number>, width: number, values: Record<string, Cell>): Cell[] {
  const row: Cell[] = new Array(Math.max(width, ...Object.values(columns))).fill('');
  for (const [key, value] of Object.entries(values)) {
    const col = columns[key];
    if (col !== undefined) row[col - 1] = value;
  }
  return row;
}

function categoriesByKind(wb: WorkbookPort): Map<CategoryKind, string[]> {
  const byKind = new Map<CategoryKind, string[]>();
  for (const entry of readTaxonomy(wb).records) {
    const list = byKind.get(entry.kind) ?? [];
    if (!list.includes(entry.category)) list.push(entry.category);
    byKind.set(entry.kind, list);
  }
  return byKind;
}

function formatSheet(
  wb: WorkbookPort,
  key: SheetKey,
  header: SheetHeader,
  lang: Lang,
  categories: Map<CategoryKind, string[]>,
): void {
  const columns: ColumnFormat[] = TEMPLATES[key].columns
    .filter((c) => c.key in header.columns)
    .map((c) => ({
      index: header.columns[c.key]!,
      ...(c.width === undefined ? {} : { width: c.width }),
      ...(c.numberFormat === undefined ? {} : { numberFormat: c.numberFormat }),
      ...(c.wrap ? { wrap: true } : {}),
      ...computed(c, lang),
      ...dropdown(c, lang, categories),
    }));
  const format: SheetFormat = {
    headerRow: 1,
    columnCount: header.width,
    frozenRows: 1,
    header: HEADER_STYLE,
    protectHeader: true,
    columns,
  };
  wb.format(header.sheet, format);
}

/** Columns Spiral writes: grey, a header note saying so, and (in Sheets) a warning before anyone edits them. */
function computed(column: ColumnSpec, lang: Lang): Partial<ColumnFormat> {
  if (column.auto !== 'always') return {};
  return {
    background: COMPUTED_BACKGROUND,
    note: say(lang, 'scorecard.computedColumnNote'),
    protectWarning: COMPUTED_PROTECTION,
  };
}

/** Dropdowns warn rather than reject: values in the other language and new categories stay valid input. */
function dropdown(
  column: ColumnSpec,
  lang: Lang,
  categories: Map<CategoryKind, string[]>,
): Partial<ColumnFormat> {
  if (column.auto === 'always') return {};
  if (column.type === 'enum' && column.enum) return { list: enumLabels(column.enum, lang), strict: false };
  if (column.type === 'boolean') return { list: enumLabels('yesNo', lang), strict: false };
  if (column.type === 'category') {
    const list = (column.categoryKinds ?? []).flatMap((kind) => categories.get(kind) ?? []);
    return list.length > 0 ? { list: [...new Set(list)], strict: false } : {};
  }
  return {};
}
