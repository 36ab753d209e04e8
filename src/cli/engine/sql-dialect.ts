/**
 * The few places DuckDB's and BigQuery's SQL differ for the summary queries: string literals,
 * an enum cell's normalisation, date and number parsing, lists and counting. Text is never
 * classified in SQL (the core's reading runs in JS: read-texts.ts).
 * Everything else in the queries is written once (summary-sql.ts).
 */

import { type DateOps, dateSql } from './date-sql';
import { type NumberOps, numberSql } from './number-sql';

export type DialectName = 'duckdb' | 'bigquery';

export interface Dialect {
  name: DialectName;
  /** A string literal. */
  literal(text: string): string;
  /** An enum cell as normalizeLabel compares it (NFKC where the engine has it, then lower case). */
  normalize(expr: string): string;
  /** Leading and trailing white space removed, as String.prototype.trim does (the few TRIMMED characters). */
  trim(expr: string): string;
  /** A DATE from text by the core's date grammar (date-sql.ts), NULL when the core would refuse it. */
  parseDate(expr: string): string;
  /** A DATE as 'YYYY-MM-DD' text. */
  dateText(date: string): string;
  /** A number from text by the core's number grammar (number-sql.ts), NULL when the core would refuse it. */
  parseNumber(expr: string): string;
  /** A category list cell split as splitList does (commas, 、, semicolons, new lines), blanks left out. */
  splitList(expr: string): string;
  /** The non-NULL items of a list of expressions, in order. */
  nonNullList(items: readonly string[]): string;
  listLength(expr: string): string;
  /** A list joined by the unit separator (U+001F), for grouping. */
  joinList(expr: string): string;
  /** How many rows satisfy the condition. */
  countIf(condition: string): string;
  /** A table name (DuckDB: a view over the folder's file; BigQuery: dataset.table). */
  table(name: string): string;
}

/** White space the engines trim: spaces, tabs, line breaks, no-break and ideographic spaces. */
const TRIMMED = ' \t\n\r\u00a0\u3000';

const duckLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;

export const DUCKDB: Dialect = {
  name: 'duckdb',
  literal: duckLiteral,
  normalize: (e) => `lower(${e})`,
  trim: DUCKDB_TRIM,
  parseDate: (e) => dateSql(DUCKDB_DATE, e),
  dateText: (d) => `strftime(${d}, '%Y-%m-%d')`,
  parseNumber: (e) => numberSql(DUCKDB_NUMBER, e),
  splitList: (e) =>
    `list_filter(list_transform(string_split_regex(coalesce(${e}, ''), '[,，、;；\\n]+'), lambda s: ${DUCKDB_TRIM('s')}), lambda s: s <> '')`,
  nonNullList: (items) =>
    items.length === 0 ? '[]::VARCHAR[]' : `list_filter([${items.join(', ')}], lambda x: x IS NOT NULL)`,
  listLength: (e) => `len(${e})`,
  joinList: (e) => `array_to_string(${e}, chr(31))`,
  countIf: (c) => `count(*) FILTER (WHERE ${c})`,
  table: (name) => name,
};

/**
 * trim() with a set of characters costs more than the rest of a cell's typing (about 0.1 µs a
 * cell); a cell starting and ending with none of them is its own trimmed text, and two LIKE
 * prefix/suffix tests per character (DuckDB turns them into byte comparisons) find the few that do not.
 */
function DUCKDB_TRIM(e: string): string {
  const edges = [...TRIMMED].flatMap((c) => [
    `${e} LIKE ${duckLiteral(`${c}%`)}`,
    `${e} LIKE ${duckLiteral(`%${c}`)}`,
  ]);
  return `CASE WHEN ${edges.join(' OR ')} THEN trim(${e}, ${duckLiteral(TRIMMED)}) ELSE ${e} END`;
}

/** Characters a BigQuery literal writes as \\uXXXX, so the printed SQL shows them: controls, and every space but the plain one. */
const invisible = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0xa0) || (c !== ' ' && c.trim() === '');
};

/** BigQuery string literals take backslash escapes; the rest is written out as characters. */
const bqLiteral = (text: string) => {
  const escaped = [...text].map((c) => {
    if (c === '\\' || c === "'") return `\\${c}`;
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return invisible(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c;
  });
  return `'${escaped.join('')}'`;
};

const DUCKDB_NUMBER: NumberOps = {
  translate: (e, from, to) => `translate(${e}, ${duckLiteral(from)}, ${duckLiteral(to)})`,
  trimSpaces: (e) => `trim(${e}, ' ')`,
  fullMatch: (e, p) => `regexp_full_match(${e}, ${duckLiteral(p)})`,
  removeAll: (e, p) => `regexp_replace(${e}, ${duckLiteral(p)}, '', 'g')`,
  replace: (e, from, to) => `replace(${e}, ${duckLiteral(from)}, ${duckLiteral(to)})`,
  toDouble: (e) => `TRY_CAST(${e} AS DOUBLE)`,
  finite: (e) => `isfinite(${e})`,
  contains: (e, text) => `contains(${e}, ${duckLiteral(text)})`,
  // DuckDB's cast trims white space, reads inf and nan (beyond the limit, and NaN fails <=) and
  // takes 1_000 as 1000: the last is ruled out by the caller.
  looseCast: (e) => `TRY_CAST(${e} AS DOUBLE)`,
};

const BIGQUERY_NUMBER: NumberOps = {
  translate: (e, from, to) => `TRANSLATE(${e}, ${bqLiteral(from)}, ${bqLiteral(to)})`,
  trimSpaces: (e) => `TRIM(${e}, ' ')`,
  fullMatch: (e, p) => `REGEXP_CONTAINS(${e}, ${bqLiteral(`^(?:${p})$`)})`,
  removeAll: (e, p) => `REGEXP_REPLACE(${e}, ${bqLiteral(p)}, '')`,
  replace: (e, from, to) => `REPLACE(${e}, ${bqLiteral(from)}, ${bqLiteral(to)})`,
  toDouble: (e) => `SAFE_CAST(${e} AS FLOAT64)`,
  finite: (e) => `NOT IS_INF(${e}) AND NOT IS_NAN(${e})`,
  contains: (e, text) => `STRPOS(${e}, ${bqLiteral(text)}) > 0`,
};

const DUCKDB_DATE: DateOps = {
  translate: DUCKDB_NUMBER.translate,
  trimSpaces: DUCKDB_NUMBER.trimSpaces,
  fullMatch: DUCKDB_NUMBER.fullMatch,
  group: (e, p, k) => `regexp_extract(${e}, ${duckLiteral(`^(?:${p})$`)}, ${k})`,
  toInt: (e) => `TRY_CAST(${e} AS INTEGER)`,
  dateOf: (y, m, d) => `TRY_CAST(${y} || '-' || ${m} || '-' || ${d} AS DATE)`,
  daysAfter: (epoch, days) => `CAST(DATE '${epoch}' + CAST(${days} AS INTEGER) AS DATE)`,
  toDouble: (e) => `TRY_CAST(${e} AS DOUBLE)`,
  // Digits only where the form has them (DuckDB's date cast also takes '2026-12-9日'); a year out
  // of range is left to the grammar.
  plainDate: (e) =>
    `CASE WHEN ${e} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CAST(${e} AS DATE) END`,
};

const BIGQUERY_DATE: DateOps = {
  translate: BIGQUERY_NUMBER.translate,
  trimSpaces: BIGQUERY_NUMBER.trimSpaces,
  fullMatch: BIGQUERY_NUMBER.fullMatch,
  group: (e, p, k) => `REGEXP_REPLACE(${e}, ${bqLiteral(`^(?:${p})$`)}, ${bqLiteral(`\\${k}`)})`,
  toInt: (e) => `SAFE_CAST(${e} AS INT64)`,
  dateOf: (y, m, d) => `SAFE_CAST(CONCAT(${y}, '-', ${m}, '-', ${d}) AS DATE)`,
  daysAfter: (epoch, days) => `DATE_ADD(DATE '${epoch}', INTERVAL CAST(${days} AS INT64) DAY)`,
  toDouble: (e) => `SAFE_CAST(${e} AS FLOAT64)`,
};

export function bigQuery(dataset = 'spiral'): Dialect {
  return {
    name: 'bigquery',
    literal: bqLiteral,
    // NORMALIZE(…, NFKC) is exact NFKC, as normalizeText does before lower-casing.
    normalize: (e) => `LOWER(NORMALIZE(${e}, NFKC))`,
    trim: (e) => `TRIM(${e}, ${bqLiteral(TRIMMED)})`,
    parseDate: (e) => dateSql(BIGQUERY_DATE, e),
    dateText: (d) => `FORMAT_DATE('%Y-%m-%d', ${d})`,
    parseNumber: (e) => numberSql(BIGQUERY_NUMBER, e),
    splitList: (e) =>
      `ARRAY(SELECT TRIM(s, ${bqLiteral(TRIMMED)}) FROM UNNEST(REGEXP_EXTRACT_ALL(COALESCE(${e}, ''), r'[^,，、;；\\n]+')) AS s WHERE TRIM(s, ${bqLiteral(TRIMMED)}) <> '')`,
    nonNullList: (items) =>
      items.length === 0
        ? 'ARRAY<STRING>[]'
        : `ARRAY(SELECT x FROM UNNEST([${items.join(', ')}]) AS x WITH OFFSET AS i WHERE x IS NOT NULL ORDER BY i)`,
    listLength: (e) => `ARRAY_LENGTH(${e})`,
    joinList: (e) => `ARRAY_TO_STRING(${e}, CODE_POINTS_TO_STRING([31]))`,
    countIf: (c) => `COUNTIF(${c})`,
    table: (name) => `\`${dataset}.${name}\``,
  };
}

export function dialectOf(name: string): Dialect | null {
  if (name === 'duckdb') return DUCKDB;
  if (name === 'bigquery') return bigQuery();
  return null;
}
