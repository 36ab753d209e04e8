import type { Cell, WorkbookPort } from '../ports';
import { mapHeader } from './header';
import type {
  CategoryKind,
  Competitor,
  Inquiry,
  Problem,
  Review,
  ScorecardRow,
  TaxonomyEntry,
} from './records';
import { OURS } from './records';
import {
  type ColumnSpec,
  columnLabel,
  findSheet,
  type Lang,
  normalizeLabel,
  type SheetKey,
  TEMPLATES,
} from './template';
import {
  cellText,
  isBlank,
  parseBoolean,
  parseDate,
  parseEnum,
  parseMonth,
  parseNumber,
  splitList,
} from './values';

/** A sheet read in one call and turned into typed records, with what could not be used. */
export interface LoadedTable<T> {
  /** The actual sheet name; null when the sheet is missing. */
  sheet: string | null;
  /** Valid rows; rows with an error are left out and counted in `excluded`. */
  records: T[];
  problems: Problem[];
  excluded: number;
  /** 1-based column index of each contract key present. */
  columns: Record<string, number>;
  /** Data rows below the header (blank rows included). */
  rowCount: number;
  /** Required contract keys with no column: then `records` is empty. */
  missingRequired: string[];
  /** The cells as read (row 1 is the header), kept so a write-back can span rows it does not change. */
  grid: Cell[][];
}

export type RowValues = Record<string, unknown>;

/** Categories known per kind, normalised, so a value outside the taxonomy is a warning, not an error. */
export type KnownCategories = Map<CategoryKind, Set<string>>;

interface ReadOptions {
  lang?: Lang;
  knownCategories?: KnownCategories;
}

/** Reads a templated sheet: one `read` call, header by label or key, each row parsed by its column type. */
export function readRows(wb: WorkbookPort, key: SheetKey, options: ReadOptions = {}): LoadedTable<RowValues> {
  const template = TEMPLATES[key];
  const lang = options.lang ?? 'zh';
  const sheet = findSheet(wb, key);
  const empty = { records: [], excluded: 0, columns: {}, rowCount: 0, grid: [] };
  if (sheet === null) {
    const missingRequired = template.columns.filter((c) => c.required).map((c) => c.key);
    return { ...empty, sheet, missingRequired, problems: [] };
  }
  const grid = wb.read(sheet);
  const header = mapHeader(grid[0] ?? [], template);
  const problems: Problem[] = header.duplicates.map((dup) => ({
    sheet,
    row: 1,
    column: header.labels[dup] ?? dup,
    value: '',
    reason: `column "${columnLabel(key, dup, lang)}" appears more than once; the first is used`,
    severity: 'warning',
  }));
  const missingRequired = template.columns
    .filter((c) => c.required && !(c.key in header.columns))
    .map((c) => c.key);
  if (missingRequired.length > 0) {
    const names = missingRequired.map((k) => `${columnLabel(key, k, lang)} (${k})`).join(', ');
    problems.push({
      sheet,
      row: 1,
      column: '',
      value: '',
      reason: `required column missing: ${names}; nothing in this sheet was used`,
      severity: 'error',
    });
    return {
      ...empty,
      sheet,
      columns: header.columns,
      rowCount: Math.max(0, grid.length - 1),
      missingRequired,
      problems,
      grid,
    };
  }
  const present = template.columns.filter((c) => c.key in header.columns);
  const records: RowValues[] = [];
  let excluded = 0;
  const context: RowContext = {
    key,
    sheet,
    lang,
    columns: header.columns,
    labels: header.labels,
    present,
    timeZone: wb.timeZone,
    knownCategories: options.knownCategories,
  };
  for (let r = 1; r < grid.length; r++) {
    const parsed = parseRow(context, grid[r] ?? [], r + 1);
    if (parsed === null) continue;
    problems.push(...parsed.problems);
    if (parsed.hasError) excluded++;
    else records.push(parsed.values);
  }
  return {
    sheet,
    records,
    problems,
    excluded,
    columns: header.columns,
    rowCount: grid.length - 1,
    missingRequired,
    grid,
  };
}

/** What a row is read against: the sheet's header and the columns of the contract it holds. */
export interface RowContext {
  key: SheetKey;
  sheet: string;
  lang: Lang;
  columns: Record<string, number>;
  labels: Record<string, string>;
  present: ColumnSpec[];
  timeZone: string;
  knownCategories?: KnownCategories | undefined;
}

/** Parses one row by its column types; null for a row blank in every contract column. */
export function parseRow(
  context: RowContext,
  cells: readonly Cell[],
  rowNumber: number,
): { values: RowValues; problems: Problem[]; hasError: boolean } | null {
  const { columns, labels, present, sheet } = context;
  if (present.every((c) => isBlank(cells[columns[c.key]! - 1]))) return null;
  const values: RowValues = { row: rowNumber };
  const problems: Problem[] = [];
  let hasError = false;
  for (const column of present) {
    const cell = cells[columns[column.key]! - 1] ?? '';
    const result = parseCell(column, cell, context.timeZone, context.knownCategories);
    values[column.key] = result.value;
    if (result.problem) {
      problems.push({
        sheet,
        row: rowNumber,
        column: labels[column.key] ?? column.key,
        value: cellText(cell, context.timeZone),
        reason: result.problem.reason,
        severity: result.problem.severity,
      });
      if (result.problem.severity === 'error') hasError = true;
    }
  }
  for (const column of present) {
    const rule = column.requiredWhen;
    if (!rule || values[rule.column] !== rule.equals || !isEmptyValue(values[column.key])) continue;
    hasError = true;
    // An invalid value was already reported; only a missing one is reported here.
    if (isBlank(cells[columns[column.key]! - 1])) {
      problems.push({
        sheet,
        row: rowNumber,
        column: labels[column.key] ?? column.key,
        value: '',
        reason: `required when ${columnLabel(context.key, rule.column, context.lang)} is ${rule.equals}`,
        severity: 'error',
      });
    }
  }
  return { values, problems, hasError };
}

const isEmptyValue = (v: unknown) => v === null || v === undefined || v === '';

interface CellResult {
  value: unknown;
  problem?: { reason: string; severity: 'error' | 'warning' };
}

function parseCell(column: ColumnSpec, cell: Cell, timeZone: string, known?: KnownCategories): CellResult {
  const required = column.required === true;
  const missing = (): CellResult =>
    required
      ? { value: null, problem: { reason: 'required value is empty', severity: 'error' } }
      : { value: null };
  switch (column.type) {
    case 'text': {
      if (isBlank(cell)) return required ? { value: '', problem: missing().problem! } : { value: '' };
      return { value: cellText(cell, timeZone) };
    }
    case 'shop': {
      if (isBlank(cell)) return missing();
      const shop = parseEnum(cell, 'shop');
      return { value: shop.ok ? OURS : String(cell).trim() };
    }
    case 'date':
    case 'month': {
      const parsed = column.type === 'date' ? parseDate(cell, timeZone) : parseMonth(cell, timeZone);
      if (parsed.ok) return { value: parsed.value };
      if (parsed.blank) return missing();
      return { value: null, problem: { reason: parsed.reason, severity: 'error' } };
    }
    case 'number': {
      const parsed = parseNumber(cell);
      if (!parsed.ok) {
        if (parsed.blank) return missing();
        return { value: null, problem: { reason: parsed.reason, severity: 'error' } };
      }
      const n = parsed.value;
      if (column.integer && !Number.isInteger(n))
        return { value: null, problem: { reason: 'must be a whole number', severity: 'error' } };
      if (column.min !== undefined && n < column.min)
        return { value: null, problem: { reason: `must be at least ${column.min}`, severity: 'error' } };
      if (column.max !== undefined && n > column.max)
        return { value: null, problem: { reason: `must be at most ${column.max}`, severity: 'error' } };
      return { value: n };
    }
    case 'boolean': {
      const parsed = parseBoolean(cell);
      if (parsed.ok) return { value: parsed.value };
      if (parsed.blank) return missing();
      return { value: null, problem: { reason: parsed.reason, severity: 'error' } };
    }
    case 'enum': {
      const parsed = parseEnum(cell, column.enum ?? '');
      if (parsed.ok) return { value: parsed.value.value };
      if (parsed.blank) return missing();
      // An optional dropdown with a stray value still lets the row count.
      return {
        value: null,
        problem: { reason: `${parsed.reason}; treated as blank`, severity: required ? 'error' : 'warning' },
      };
    }
    case 'category': {
      if (isBlank(cell)) return missing();
      const value = String(cell).trim();
      return { value, problem: unknownCategories([value], column, known) };
    }
    case 'categories': {
      const list = splitList(cell);
      return { value: list, problem: unknownCategories(list, column, known) };
    }
  }
}

function unknownCategories(
  values: string[],
  column: ColumnSpec,
  known?: KnownCategories,
): CellResult['problem'] {
  if (!known || values.length === 0) return undefined;
  const kinds = column.categoryKinds ?? [];
  const unknown = values.filter((v) => !kinds.some((k) => known.get(k)?.has(normalizeLabel(v))));
  if (unknown.length === 0) return undefined;
  return { reason: `not in the taxonomy: ${unknown.join(', ')} (kept as written)`, severity: 'warning' };
}

export function readTaxonomy(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<TaxonomyEntry> {
  const table = readRows(wb, 'taxonomy', options);
  const records = table.records.map((v) => ({
    row: v.row as number,
    kind: v.kind as CategoryKind,
    category: v.category as string,
    dimension: (v.dimension as string) ?? '',
    keywords: splitList((v.keywords as string) ?? ''),
  }));
  return { ...table, records };
}

/** The taxonomy's category labels per kind, normalised. */
export function knownCategoriesOf(entries: readonly TaxonomyEntry[]): KnownCategories {
  const known: KnownCategories = new Map();
  for (const entry of entries) {
    const set = known.get(entry.kind) ?? new Set<string>();
    set.add(normalizeLabel(entry.category));
    known.set(entry.kind, set);
  }
  return known;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : null);
const count = (v: unknown) => (typeof v === 'number' ? v : 0);
const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
const orNull = <T>(v: unknown) => (v === undefined || v === null || v === '' ? null : (v as T));

export function readInquiries(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<Inquiry> {
  const table = readRows(wb, 'inquiries', options);
  const records = table.records.map(
    (v): Inquiry => ({
      row: v.row as number,
      date: v.date as string,
      agent: text(v.agent),
      customerId: text(v.customerId),
      customerType: orNull(v.customerType),
      channel: orNull(v.channel),
      stage: orNull(v.stage),
      question: text(v.question),
      questionCategory: text(v.questionCategory),
      converted: typeof v.converted === 'boolean' ? v.converted : null,
      transactionType: orNull(v.transactionType),
      amount: num(v.amount),
      product: text(v.product),
      region: text(v.region),
      noDealReason: text(v.noDealReason),
      followUp: text(v.followUp),
      firstResponseSeconds: num(v.firstResponseSeconds),
      note: text(v.note),
    }),
  );
  return { ...table, records };
}

export function readReviews(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<Review> {
  const table = readRows(wb, 'reviews', options);
  const records = table.records.map(
    (v): Review => ({
      row: v.row as number,
      date: v.date as string,
      shop: text(v.shop),
      product: text(v.product),
      rating: num(v.rating),
      text: text(v.text),
      categories: list(v.categories),
      categoryOverride: list(v.categoryOverride),
      agentMentioned: text(v.agentMentioned),
    }),
  );
  return { ...table, records };
}

export function readScorecard(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<ScorecardRow> {
  const table = readRows(wb, 'scorecard', options);
  const records = table.records.map(
    (v): ScorecardRow => ({
      row: v.row as number,
      month: v.month as string,
      agent: text(v.agent),
      role: v.role as ScorecardRow['role'],
      level: v.level as ScorecardRow['level'],
      quality: orNull(v.quality),
      disputes: orNull(v.disputes),
      cooperation: orNull(v.cooperation),
      execution: orNull(v.execution),
      orders: count(v.orders),
      refunds: count(v.refunds),
      late: count(v.late),
      leave: count(v.leave),
      absence: count(v.absence),
      lowQualityReviews: count(v.lowQualityReviews),
      complaintPoints: count(v.complaintPoints),
      praises: count(v.praises),
      outstandingPoints: count(v.outstandingPoints),
    }),
  );
  return { ...table, records };
}

export function readCompetitors(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<Competitor> {
  const table = readRows(wb, 'competitors', options);
  const records = table.records.map(
    (v): Competitor => ({
      row: v.row as number,
      name: text(v.name),
      shop: text(v.shop),
      coreProduct: text(v.coreProduct),
    }),
  );
  return { ...table, records };
}

/**
 * Writes one column's values for the given sheet rows in one write call: a block spanning the
 * lowest to the highest row, the cells in between written back as they were read.
 */
export function writeColumn(
  wb: WorkbookPort,
  table: Pick<LoadedTable<unknown>, 'sheet' | 'columns' | 'grid'>,
  key: string,
  values: Map<number, Cell>,
): void {
  const col = table.columns[key];
  if (table.sheet === null || col === undefined || values.size === 0) return;
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const row of values.keys()) {
    first = Math.min(first, row);
    last = Math.max(last, row);
  }
  const block: Cell[][] = [];
  for (let row = first; row <= last; row++) {
    block.push([values.has(row) ? values.get(row)! : (table.grid[row - 1]?.[col - 1] ?? '')]);
  }
  wb.write(table.sheet, first, col, block);
}
