/** The typed readers of each templated sheet, and the column write-back that keeps what people put there. */
import type { Cell, ColumnUpdate, WorkbookPort } from '../../ports';
import type { CategoryKind, Inquiry, Review, ScorecardRow, TaxonomyEntry } from './records';
import { type KnownCategories, type LoadedTable, type ReadOptions, readRows } from './rows';
import { SCORING_INPUTS } from './scorecard-columns';
import { normalizeLabel, TEMPLATES } from './template';
import { splitList } from './values';

export type { KnownCategories, LoadedTable, RowValues } from './rows';

export function readTaxonomy(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<TaxonomyEntry> {
  const table = readRows(wb, 'taxonomy', options);
  const records = table.records.map((v) => ({
    row: v.row as number,
    kind: v.kind as CategoryKind,
    category: v.category as string,
    dimension: (v.dimension as string) ?? '',
    keywords: splitList((v.keywords as string) ?? ''),
    negativeKeywords: splitList((v.negativeKeywords as string) ?? ''),
    positiveKeywords: splitList((v.positiveKeywords as string) ?? ''),
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
      suggestedReason: text(v.suggestedReason),
      followUp: text(v.followUp),
      firstResponseSeconds: num(v.firstResponseSeconds),
      note: text(v.note),
      // Its slot from the start: withDateTimes fills it in place without changing the record's layout
      // (a property added later gets a hidden class per copy in V8, or goes outside the object).
      dateTime: undefined,
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

/** How the reader takes each scoring input, by its template type: a count, or a listed value (a blank grade is no grade). */
const SCORING_READERS = TEMPLATES.scorecard.columns
  .filter((c) => (SCORING_INPUTS as readonly string[]).includes(c.key))
  .map((c) => ({
    key: c.key,
    read: c.type === 'number' ? count : c.required ? (v: unknown) => v : orNull,
  }));

export function readScorecard(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<ScorecardRow> {
  const table = readRows(wb, 'scorecard', options);
  const records = table.records.map((v): ScorecardRow => {
    const row: Record<string, unknown> = { row: v.row, month: v.month, agent: text(v.agent) };
    for (const { key, read } of SCORING_READERS) row[key] = read(v[key]);
    return row as unknown as ScorecardRow;
  });
  return { ...table, records };
}

/**
 * Writes one column's values for the given sheet rows: each cell only where it still holds what
 * this run read there (blank, or Spiral's earlier output) as a plain value, in runs of changed
 * rows. Returns the rows written and the rows left as they are (a formula, link, rich text, error
 * or an edit made since the read).
 */
export function writeColumn(
  wb: WorkbookPort,
  table: Pick<LoadedTable<unknown>, 'sheet' | 'columns' | 'grid'>,
  key: string,
  values: Map<number, Cell>,
): ColumnUpdate {
  const col = table.columns[key];
  if (table.sheet === null || col === undefined || values.size === 0) return { written: [], kept: [] };
  const updates = [...values].map(([row, value]) => ({
    row,
    value,
    expected: table.grid[row - 1]?.[col - 1] ?? '',
  }));
  return wb.updateColumn(table.sheet, col, updates);
}
