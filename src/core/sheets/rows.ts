/** Reading a templated sheet generically: header by label or key, each cell parsed by its column type. */
import type { Cell, WorkbookPort } from '../../ports';
import { type Message, render, say } from '../messages/catalogue';
import { mapHeader } from './header';
import type { CategoryKind, Problem } from './records';
import { OURS } from './records';
import {
  type ColumnSpec,
  columnLabel,
  enumLabel,
  enumLabels,
  findSheet,
  type Lang,
  normalizeLabel,
  type SheetKey,
  TEMPLATES,
} from './template';
import {
  cellText,
  isBlank,
  isErrorValue,
  parseBoolean,
  parseDate,
  parseEnum,
  parseMonth,
  parseNumber,
  splitList,
} from './values';
import { parseWallClock } from './wall-clock-cell';

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

export interface ReadOptions {
  lang?: Lang;
  knownCategories?: KnownCategories;
  /** Columns the caller is about to fill: a blank one is not an error even where required (matching's `converted`). */
  toFill?: readonly string[];
  /** The sheet's cells already read (a second pass in another language): no new read. */
  grid?: Cell[][];
}

/** Reads a templated sheet: one `read` call, header by label or key, each row parsed by its column type. */
export function readRows(wb: WorkbookPort, key: SheetKey, options: ReadOptions = {}): LoadedTable<RowValues> {
  const template = TEMPLATES[key];
  const sheet = findSheet(wb, key);
  // Unasked, the reasons follow the sheet's own name: a log called "Inquiries" is an English workbook's.
  const english = sheet !== null && normalizeLabel(sheet) === normalizeLabel(template.name.en);
  const lang = options.lang ?? (english ? 'en' : 'zh');
  const empty = { records: [], excluded: 0, columns: {}, rowCount: 0, grid: [] };
  if (sheet === null) {
    const missingRequired = template.columns.filter((c) => c.required).map((c) => c.key);
    return { ...empty, sheet, missingRequired, problems: [] };
  }
  const grid = options.grid ?? wb.read(sheet);
  const header = mapHeader(grid[0] ?? [], template);
  const problems: Problem[] = header.duplicates.map((dup) => ({
    sheet,
    row: 1,
    column: header.labels[dup] ?? dup,
    value: '',
    reason: say(lang, 'rows.duplicateColumn', { column: columnLabel(key, dup, lang) }),
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
      reason: say(lang, 'rows.requiredColumnsMissing', { columns: names }),
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
    toFill: options.toFill,
    memo: new Map(),
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
  toFill?: readonly string[] | undefined;
  /** Date columns keep the time of day ('YYYY-MM-DD HH:MM:SS'): inquiries made from a chat log. */
  keepTime?: boolean | undefined;
  /** Cells this read has already parsed, per column (see parsedCell); absent, every cell is parsed. */
  memo?: CellMemo | undefined;
}

/**
 * What one read has parsed, by column key: plain cells by value, Date cells by their time. A log
 * repeats its dates, agents, stages and categories on row after row; a 100,000-row log read four
 * times a run parsed the same few hundred dates 400,000 times. Only the types whose value is
 * a string, number, boolean or null are kept (a list or a date-time object is not shared by rows).
 */
type CellMemo = Map<string, { plain: Map<Cell, CellResult>; dates: Map<number, CellResult> }>;

const MEMO_TYPES = new Set<ColumnSpec['type']>([
  'shop',
  'date',
  'month',
  'number',
  'boolean',
  'enum',
  'category',
]);

/** A cell of a column parsed as parseCell does, once per distinct cell in a read that keeps a memo. */
function parsedCell(context: RowContext, column: ColumnSpec, cell: Cell): CellResult {
  const type = context.keepTime && column.type === 'date' ? 'datetime' : column.type;
  const parse = () =>
    parseCell(
      type === column.type ? column : { ...column, type },
      cell,
      context.timeZone,
      context.lang,
      context.knownCategories,
    );
  const { memo } = context;
  if (memo === undefined || !MEMO_TYPES.has(type)) return parse();
  let seen = memo.get(column.key);
  if (seen === undefined) {
    seen = { plain: new Map(), dates: new Map() };
    memo.set(column.key, seen);
  }
  const byDate = typeof cell === 'object' && cell !== null;
  const key = byDate ? cell.getTime() : cell;
  const found = byDate ? seen.dates.get(key as number) : seen.plain.get(key);
  if (found !== undefined) return found;
  const result = parse();
  if (byDate) seen.dates.set(key as number, result);
  else seen.plain.set(key, result);
  return result;
}

/** Every row of a read has these keys in this order: `row`, then the columns present. */
const shapes = new WeakMap<readonly ColumnSpec[], RowValues>();

/** The read's row with every key and no values, made once as one object (fast properties, one layout). */
function rowShape(present: readonly ColumnSpec[]): RowValues {
  const known = shapes.get(present);
  if (known !== undefined) return known;
  const shape: RowValues = Object.fromEntries([
    ['row', undefined],
    ...present.map((c) => [c.key, undefined]),
  ]);
  shapes.set(present, shape);
  return shape;
}

/** Parses one row by its column types; null for a row blank in every contract column. */
export function parseRow(
  context: RowContext,
  cells: readonly Cell[],
  rowNumber: number,
): { values: RowValues; problems: Problem[]; hasError: boolean } | null {
  const { columns, labels, present, sheet } = context;
  if (present.every((c) => isBlank(cells[columns[c.key]! - 1]))) return null;
  // A copy of the read's row shape, filled in place: stores that add a log's 19 columns one by one to
  // a literal turn it into a hash table (V8 gives up on fast properties after a dozen), ≈ 780 bytes a
  // row, and a [key, value] pair per cell made 20 arrays a row for the collector.
  const values: RowValues = { ...rowShape(present) };
  values.row = rowNumber;
  const problems: Problem[] = [];
  let hasError = false;
  for (const column of present) {
    const cell = cells[columns[column.key]! - 1] ?? '';
    const result = parsedCell(context, column, cell);
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
    if (context.toFill?.includes(column.key) && isBlank(cells[columns[column.key]! - 1])) continue;
    hasError = true;
    // An invalid value was already reported; only a missing one is reported here.
    if (isBlank(cells[columns[column.key]! - 1])) {
      problems.push({
        sheet,
        row: rowNumber,
        column: labels[column.key] ?? column.key,
        value: '',
        reason: say(context.lang, 'rows.requiredWhen', {
          column: columnLabel(context.key, rule.column, context.lang),
          value: enumLabel(
            TEMPLATES[context.key].columns.find((c) => c.key === rule.column)?.enum ?? '',
            rule.equals,
            context.lang,
          ),
        }),
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

function parseCell(
  column: ColumnSpec,
  cell: Cell,
  timeZone: string,
  lang: Lang,
  known?: KnownCategories,
): CellResult {
  const required = column.required === true;
  const missing = (): CellResult =>
    required
      ? { value: null, problem: { reason: say(lang, 'rows.requiredEmpty'), severity: 'error' } }
      : { value: null };
  const error = (reason: Message): CellResult => ({
    value: null,
    problem: { reason: render(lang, reason), severity: 'error' },
  });
  // A formula's error value (#N/A, #REF!) is never an agent, a product or a category.
  if (isErrorValue(cell) && ['text', 'shop', 'category', 'categories'].includes(column.type)) {
    const text = String(cell).trim();
    if (required) return error({ key: 'sheets.errorValue', params: { text } });
    const reason = render(lang, { key: 'sheets.errorValueIgnored', params: { text } });
    return {
      value: column.type === 'categories' ? [] : column.type === 'text' ? '' : null,
      problem: { reason, severity: 'warning' },
    };
  }
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
      return error(parsed.reason);
    }
    case 'datetime': {
      const parsed = parseWallClock(cell, timeZone);
      if (parsed.ok) return { value: parsed.value };
      if (parsed.blank) return missing();
      return error(parsed.reason);
    }
    case 'number': {
      const parsed = parseNumber(cell);
      if (!parsed.ok) {
        if (parsed.blank) return missing();
        return error(parsed.reason);
      }
      const n = parsed.value;
      if (column.integer && !Number.isInteger(n))
        return { value: null, problem: { reason: say(lang, 'rows.wholeNumber'), severity: 'error' } };
      if (column.min !== undefined && n < column.min)
        return {
          value: null,
          problem: { reason: say(lang, 'rows.atLeast', { min: column.min }), severity: 'error' },
        };
      if (column.max !== undefined && n > column.max)
        return {
          value: null,
          problem: { reason: say(lang, 'rows.atMost', { max: column.max }), severity: 'error' },
        };
      return { value: n };
    }
    case 'boolean': {
      const parsed = parseBoolean(cell);
      if (parsed.ok) return { value: parsed.value };
      if (parsed.blank) return missing();
      return error(parsed.reason);
    }
    case 'enum': {
      const parsed = parseEnum(cell, column.enum ?? '');
      if (parsed.ok) return { value: parsed.value.value };
      if (parsed.blank) return missing();
      // An optional dropdown with a stray value still lets the row count.
      return {
        value: null,
        problem: {
          reason: say(lang, 'rows.treatedAsBlank', {
            reason: say(lang, 'rows.notAllowedOf', {
              text: String(cell).trim(),
              allowed: enumLabels(column.enum ?? '', lang).join(lang === 'zh' ? '、' : ', '),
            }),
          }),
          severity: required ? 'error' : 'warning',
        },
      };
    }
    case 'category': {
      if (isBlank(cell)) return missing();
      const value = String(cell).trim();
      return { value, problem: unknownCategories([value], column, lang, known) };
    }
    case 'categories': {
      const list = splitList(cell);
      return { value: list, problem: unknownCategories(list, column, lang, known) };
    }
  }
}

function unknownCategories(
  values: string[],
  column: ColumnSpec,
  lang: Lang,
  known?: KnownCategories,
): CellResult['problem'] {
  if (!known || values.length === 0) return undefined;
  const kinds = column.categoryKinds ?? [];
  const unknown = values.filter((v) => !kinds.some((k) => known.get(k)?.has(normalizeLabel(v))));
  if (unknown.length === 0) return undefined;
  const categories = unknown.join(lang === 'zh' ? '、' : ', ');
  return { reason: say(lang, 'rows.notInTaxonomy', { categories }), severity: 'warning' };
}
