/**
 * The DuckDB adapter: an embedded, in-memory DuckDB reads the folder's logs once (typed and
 * typed), then each period's GROUP BY counts come back as SummaryCounts for the core's
 * summaryFromCounts. Only counts and one row per distinct text to read (a blank category's
 * question, a review) cross into JS, never the raw rows; the core reads those texts (read-texts.ts).
 */
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { PolarityRules, QuestionReader } from '../../core/classify';
import type { Stage } from '../../core/sheets';
import { type Lang, mapHeader, TEMPLATES } from '../../core/sheets';
import { countedPeriods, type RankField, type SummaryCounts } from '../../core/summary';
import type { Period } from '../../core/time';
import { columnName, type LogSource, logSource } from './log-source';
import { inquiryTallies, reviewTallies } from './read-texts';
import { DUCKDB } from './sql-dialect';
import {
  countQueries,
  INQUIRY_KEYS,
  type InquiryKey,
  inquiriesSelect,
  REQUIRED,
  REVIEW_KEYS,
  type ReviewKey,
  reviewsSelect,
} from './summary-sql';

/** A required column the file does not have (named by its key; the message names the file). */
export class MissingColumnError extends Error {
  override name = 'MissingColumnError';
  constructor(
    readonly file: string,
    readonly column: string,
  ) {
    super(`${file}: ${column}`);
  }
}

type Row = Record<string, unknown>;

const num = (v: unknown): number =>
  typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number(v);
const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/**
 * The file's columns matched to template keys by the core's mapHeader (as the workbook reads a
 * header: key, label or alias, loosely; the first of two alike), each named by its position in the
 * source relation, so the header's text never reaches SQL.
 */
function columnsOf<K extends string>(
  sheet: 'inquiries' | 'reviews',
  keys: readonly K[],
  header: readonly string[],
): Partial<Record<K, string>> {
  const { columns } = mapHeader(header, TEMPLATES[sheet]);
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const at = columns[key];
    if (at !== undefined) out[key] = columnName(at - 1);
  }
  return out;
}

export interface EngineFiles {
  inquiries: string;
  reviews: string;
}

/** One period's counts, and the rows left out because a reader would refuse them. */
export interface PeriodCounts {
  counts: SummaryCounts;
  /** Refused rows dated in the period, and refused rows whose date could not be read. */
  excludedRows: number;
  undatedExcludedRows: number;
}

export interface EngineLogs {
  /** Rows read from each file. */
  rows: { inquiries: number; reviews: number };
  counts(period: Period, rules: PolarityRules): Promise<PeriodCounts>;
  close(): void;
}

/** Opens the logs in an in-memory DuckDB: typed tables, built once for every period; questions read by `questionOf`. */
export async function openLogs(
  files: EngineFiles,
  questionOf: QuestionReader,
  lang: Lang = 'zh',
): Promise<EngineLogs> {
  // Every figure is a count or a sum over groups, never a row's position, so the typed tables may
  // keep rows in whatever order the threads reading the file produce them (no ordered batch insert).
  const instance = await DuckDBInstance.create(':memory:', { preserve_insertion_order: 'false' });
  const db = await instance.connect();
  const all = async (sql: string): Promise<Row[]> => (await db.runAndReadAll(sql)).getRowObjectsJS();
  const describe = async (sql: string) => (await all(`DESCRIBE ${sql}`)).map((r) => text(r.column_name));
  const sources: LogSource[] = [];
  const close = () => {
    db.closeSync();
    instance.closeSync();
    for (const source of sources) source.close();
  };
  try {
    const inquiries = await logSource(files.inquiries, lang, describe);
    sources.push(inquiries);
    const reviews = await logSource(files.reviews, lang, describe);
    sources.push(reviews);
    const inquiryColumns = columnsOf<InquiryKey>('inquiries', INQUIRY_KEYS, inquiries.header);
    const reviewColumns = columnsOf<ReviewKey>('reviews', REVIEW_KEYS, reviews.header);
    for (const key of REQUIRED.inquiries)
      if (!(key in inquiryColumns)) throw new MissingColumnError(files.inquiries, key);
    for (const key of REQUIRED.reviews)
      if (!(key in reviewColumns)) throw new MissingColumnError(files.reviews, key);
    const source = {
      dialect: DUCKDB,
      inquiryColumns,
      reviewColumns,
      tables: { inquiries: 'raw_inquiries', reviews: 'raw_reviews' },
    };
    const load = async (padded: boolean) => {
      await db.run(`CREATE OR REPLACE VIEW raw_inquiries AS SELECT * FROM ${inquiries.sql(padded)}`);
      await db.run(`CREATE OR REPLACE VIEW raw_reviews AS SELECT * FROM ${reviews.sql(padded)}`);
      await db.run(`CREATE OR REPLACE TABLE inquiries AS ${inquiriesSelect(source)}`);
      await db.run(`CREATE OR REPLACE TABLE reviews AS ${reviewsSelect(source)}`);
    };
    // Read in parallel first; a file with a short row is read again, padded, on one thread.
    await load(false).catch(() => load(true));
    const [sizes] = await all(`SELECT
      (SELECT count(*) FROM inquiries) AS inquiries, (SELECT count(*) FROM reviews) AS reviews`);
    return {
      rows: { inquiries: num(sizes!.inquiries), reviews: num(sizes!.reviews) },
      counts: (period, rules) => periodCounts(db, period, rules, questionOf),
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}

async function periodCounts(
  db: DuckDBConnection,
  period: Period,
  rules: PolarityRules,
  questionOf: QuestionReader,
): Promise<PeriodCounts> {
  const result: Record<string, Row[]> = {};
  for (const q of countQueries(DUCKDB, period, { inquiries: 'inquiries', reviews: 'reviews' })) {
    result[q.name] = (await db.runAndReadAll(q.sql)).getRowObjectsJS();
  }
  const stage = (v: unknown) => (v === null || v === undefined ? null : (String(v) as Stage));
  const side = (v: unknown) => (v === 'current' ? 'current' : 'previous') as 'current' | 'previous';
  const buyers = { current: { buyers: 0, paidBuyers: 0 }, previous: { buyers: 0, paidBuyers: 0 } };
  for (const r of result.buyers!)
    buyers[side(r.side)] = { buyers: num(r.buyers), paidBuyers: num(r.paid_buyers) };
  const [range] = result.dataRange!;
  const first = range?.first;
  const last = range?.last;
  const [excluded] = result.excluded!;
  const counts: SummaryCounts = {
    periods: countedPeriods(period).map((p) => p.id),
    dataRange: first && last ? { first: text(first), last: text(last) } : null,
    inquiries: inquiryTallies(result.inquiries!, questionOf),
    agents: result.agents!.map((r) => ({
      side: side(r.side),
      agent: text(r.agent),
      stage: stage(r.stage),
      converted: r.converted === true,
      n: num(r.n),
      sales: num(r.sales),
    })),
    responses: result.responses!.map((r) => ({
      agent: text(r.agent),
      stage: stage(r.stage),
      converted: r.converted === true,
      seconds: num(r.seconds),
      n: num(r.n),
    })),
    agentBuyers: result.agentBuyers!.map((r) => ({
      agent: text(r.agent),
      buyers: num(r.buyers),
      paidBuyers: num(r.paid_buyers),
    })),
    buyers,
    rankings: result.rankings!.map((r) => ({
      side: side(r.side),
      field: String(r.field) as RankField,
      key: r.rank_key === null || r.rank_key === undefined ? null : String(r.rank_key),
      n: num(r.n),
      converted: num(r.converted),
      sales: num(r.sales),
    })),
    reviews: reviewTallies(result.reviews!, rules),
    amounts: result.amounts!.map((r) => ({
      side: side(r.side),
      source: 'inquiries' as const,
      amount: num(r.amount),
      n: num(r.n),
    })),
    // Orders are not read from the folder (attribution needs each buyer's timeline): see docs/engine.md.
    orders: null,
  };
  return {
    counts,
    excludedRows: num(excluded?.in_period ?? 0),
    undatedExcludedRows: num(excluded?.undated ?? 0),
  };
}
