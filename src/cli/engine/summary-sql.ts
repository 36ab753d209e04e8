/**
 * The summary's queries, written once for every dialect: the logs typed, then the GROUP BY counts
 * SummaryCounts is made of, with each distinct text whose category cells are blank returned for the
 * core's reading to classify (read-texts.ts; the reading is not SQL). `spiral sql` prints them; the
 * DuckDB adapter runs them.
 */
import { ENUMS, normalizeLabel } from '../../core/sheets';
import { countedPeriods } from '../../core/summary';
import type { Period } from '../../core/time';
import type { Dialect } from './sql-dialect';

export const INQUIRY_KEYS = [
  'date',
  'agent',
  'customerId',
  'customerType',
  'channel',
  'stage',
  'question',
  'questionCategory',
  'converted',
  'amount',
  'product',
  'region',
  'noDealReason',
  'suggestedReason',
  'firstResponseSeconds',
] as const;
export const REVIEW_KEYS = ['date', 'shop', 'rating', 'text', 'categories', 'categoryOverride'] as const;
export type InquiryKey = (typeof INQUIRY_KEYS)[number];
export type ReviewKey = (typeof REVIEW_KEYS)[number];

/** Columns without which no summary can be counted. */
export const REQUIRED: { inquiries: InquiryKey[]; reviews: ReviewKey[] } = {
  inquiries: ['date', 'agent', 'customerId', 'stage', 'converted'],
  reviews: ['date', 'shop', 'text'],
};

export interface SqlSource {
  dialect: Dialect;
  /** The source column (as named in the file or table) of each key present; absent keys read as blank. */
  inquiryColumns: Partial<Record<InquiryKey, string>>;
  reviewColumns: Partial<Record<ReviewKey, string>>;
  /** Source tables (dialect.table names). */
  tables: { inquiries: string; reviews: string };
}

export interface NamedQuery {
  name: string;
  sql: string;
}

const ident = (dialect: Dialect, name: string) =>
  dialect.name === 'duckdb' ? `"${name.replaceAll('"', '""')}"` : `\`${name.replaceAll('`', '\\`')}\``;

/** An enum cell as its stable key (any label, key or alias, loosely matched), NULL when blank or unknown. */
export function enumSql(dialect: Dialect, raw: string, name: string): string {
  const whens = new Map<string, string>();
  for (const o of ENUMS[name] ?? []) {
    for (const label of [o.value, o.zh, o.en, ...(o.aliases ?? [])])
      whens.set(normalizeLabel(label), o.value);
  }
  const cases = [...whens]
    .map(([label, key]) => `WHEN ${dialect.literal(label)} THEN ${dialect.literal(key)}`)
    .join(' ');
  // A blank cell, or one holding a label exactly as normalised (售前, pre-sale), is its own normalised
  // form, so it is looked up as it is; only the others are lower-cased and trimmed first (per cell,
  // the costly part).
  return `CASE ${raw} WHEN '' THEN NULL ${cases} ELSE CASE ${dialect.trim(dialect.normalize(raw))} ${cases} END END`;
}

/** The typed, classified inquiries: one row per source row, `ok` false where a reader would refuse it. */
export function inquiriesSelect(source: SqlSource): string {
  const d = source.dialect;
  const col = (key: InquiryKey) => {
    const name = source.inquiryColumns[key];
    return name === undefined ? "''" : `COALESCE(${ident(d, name)}, '')`;
  };
  const t = (key: InquiryKey) => d.trim(col(key));
  const inner = `SELECT
    ${d.parseDate(col('date'))} AS day,
    ${col('agent')} AS agent,
    ${t('customerId')} AS buyer,
    ${col('customerType')} AS raw_customer_type,
    ${enumSql(d, col('customerType'), 'customerType')} AS customer_type,
    ${col('channel')} AS raw_channel,
    ${enumSql(d, col('channel'), 'channel')} AS channel,
    ${col('stage')} AS raw_stage,
    ${enumSql(d, col('stage'), 'stage')} AS stage,
    ${col('question')} AS question,
    ${t('questionCategory')} AS written_category,
    ${col('converted')} AS raw_converted,
    ${enumSql(d, col('converted'), 'yesNo')} AS yes_no,
    ${col('amount')} AS raw_amount,
    ${d.parseNumber(col('amount'))} AS amount,
    ${t('product')} AS product,
    ${t('region')} AS region,
    ${t('noDealReason')} AS no_deal_reason,
    ${t('suggestedReason')} AS suggested_reason,
    ${col('firstResponseSeconds')} AS raw_seconds,
    ${d.parseNumber(col('firstResponseSeconds'))} AS seconds
  FROM ${source.tables.inquiries}`;
  // A row is refused at its first failing test; a cell's trimmed text is needed only where its value
  // could not be read (blank or not), so most rows never trim those cells.
  const refused = (value: string, raw: string) => `WHEN ${value} IS NULL AND ${d.trim(raw)} <> '' THEN FALSE`;
  const ok = `CASE
    WHEN day IS NULL OR buyer = '' THEN FALSE
    -- 是否成交 is required on a pre-sale row.
    WHEN stage = 'pre-sale' AND yes_no IS NULL THEN FALSE
    WHEN amount < 0 OR seconds < 0 THEN FALSE
    ${refused('customer_type', 'raw_customer_type')}
    ${refused('channel', 'raw_channel')}
    ${refused('stage', 'raw_stage')}
    ${refused('yes_no', 'raw_converted')}
    ${refused('amount', 'raw_amount')}
    ${refused('seconds', 'raw_seconds')}
    ELSE ${d.trim('agent')} <> '' END`;
  // A lost pre-sale row with no reason typed counts its suggested one (noDealReasonOf in the core).
  const lost =
    "COALESCE(yes_no = 'yes', FALSE) = FALSE AND COALESCE(stage = 'pre-sale', FALSE) AND no_deal_reason = ''";
  // Classification is left to the count queries, once per distinct question (see countQueries).
  return `SELECT day, agent, buyer, customer_type, channel, stage,
    COALESCE(yes_no = 'yes', FALSE) AS converted,
    amount, product, region,
    CASE WHEN ${lost} THEN suggested_reason ELSE no_deal_reason END AS no_deal_reason,
    (${lost} AND suggested_reason <> '') AS suggested,
    seconds, written_category, question,
    ${ok} AS ok
  FROM (${inner}) AS typed`;
}

/**
 * A review's written categories over rows holding override_list and written_list: the manual
 * override, else the categories written; an empty list when both are blank (the text is read then).
 */
function writtenCategoriesSql(d: Dialect): string {
  return `CASE
      WHEN ${d.listLength('override_list')} > 0 THEN override_list
      WHEN ${d.listLength('written_list')} > 0 THEN written_list
      ELSE ${d.nonNullList([])} END`;
}

/** The typed, classified reviews: the manual override, else the categories written, else the text's. */
export function reviewsSelect(source: SqlSource): string {
  const d = source.dialect;
  const col = (key: ReviewKey) => {
    const name = source.reviewColumns[key];
    return name === undefined ? "''" : `COALESCE(${ident(d, name)}, '')`;
  };
  const t = (key: ReviewKey) => d.trim(col(key));
  const ours = (ENUMS.shop ?? []).flatMap((o) => [o.value, o.zh, o.en, ...(o.aliases ?? [])]);
  const inner = `SELECT
    ${d.parseDate(col('date'))} AS day,
    ${t('shop')} AS raw_shop,
    ${d.trim(d.normalize(col('shop')))} AS shop_label,
    ${t('rating')} AS raw_rating,
    ${d.parseNumber(col('rating'))} AS rating,
    ${col('text')} AS text,
    ${col('categoryOverride')} AS written_override,
    ${col('categories')} AS written_categories
  FROM ${source.tables.reviews}`;
  const oursList = [...new Set(ours.map(normalizeLabel))].map((l) => d.literal(l)).join(', ');
  // Categories are left to the count queries, once per distinct text (see countQueries).
  return `SELECT day,
    CASE WHEN shop_label IN (${oursList}) THEN 'ours' ELSE raw_shop END AS shop,
    rating, text, written_override, written_categories,
    day IS NOT NULL AND raw_shop <> '' AND ${d.trim('text')} <> ''
      AND (raw_rating = '' OR (rating IS NOT NULL AND rating = FLOOR(rating) AND rating BETWEEN 1 AND 5)) AS ok
  FROM (${inner}) AS typed`;
}

/** A date between the first and last day of the period (the dialects write DATE literals alike). */
const inPeriodSql = (p: Period, day = 'day') => `${day} BETWEEN DATE '${p.start}' AND DATE '${p.end}'`;

/**
 * The slot (index into the counted periods) of each row's date, NULL outside them: date
 * comparisons, where formatting each row's week or month id cost more than the counting.
 */
export function slotSql(period: Period): string {
  const whens = countedPeriods(period).map((p, i) => `WHEN ${inPeriodSql(p)} THEN ${i}`);
  return `CASE ${whens.join(' ')} END`;
}

/**
 * The GROUP BY counts of one period's summary over the typed views `inquiries` and `reviews`
 * (names of views or tables holding inquiriesSelect and reviewsSelect).
 */
export function countQueries(
  d: Dialect,
  period: Period,
  views: { inquiries: string; reviews: string },
): NamedQuery[] {
  const counted = countedPeriods(period);
  const cur = counted.length - 1;
  const prev = counted.length - 2;
  // The valid rows dated from slot `first` to the period's end, each with its slot: the date range
  // first, as a plain comparison that skips the rows of other periods before the slot's CASE is
  // worked out (and lets an engine skip blocks or partitions by date).
  const rowsFrom = (table: string, first: number) => {
    const range = inPeriodSql({ ...period, start: counted[first]!.start, end: period.end });
    return `(SELECT *, ${slotSql(period)} AS slot FROM ${table} WHERE ok AND ${range})`;
  };
  const all = `${rowsFrom(views.inquiries, 0)} AS i`;
  const pair = `${rowsFrom(views.inquiries, prev)} AS i`;
  const current = `${rowsFrom(views.inquiries, cur)} AS i`;
  const sales = 'SUM(CASE WHEN converted THEN COALESCE(amount, 0) ELSE 0 END)';
  const buyers = `COUNT(DISTINCT CASE WHEN buyer <> '' THEN buyer END) + ${d.countIf("buyer = ''")}`;
  const paid = `COUNT(DISTINCT CASE WHEN converted AND buyer <> '' THEN buyer END) + ${d.countIf("converted AND buyer = ''")}`;
  const side = `CASE WHEN slot = ${cur} THEN 'current' ELSE 'previous' END`;
  // The rankings' four fields in one pass over the rows: a grouping set each, told apart by GROUPING().
  const fields = [
    ['channel', 'channel'],
    ['customerType', 'customer_type'],
    ['region', 'region'],
    ['product', 'product'],
  ] as const;
  const grouped = (pick: (field: string, column: string) => string) =>
    `CASE ${fields.map(([f, c]) => `WHEN GROUPING(${c}) = 0 THEN ${pick(f, c)}`).join(' ')} END`;
  const rankings = `SELECT side, ${grouped((f) => `'${f}'`)} AS field, ${grouped((_, c) => c)} AS rank_key,
    COUNT(*) AS n, ${d.countIf('converted')} AS converted, ${sales} AS sales
  FROM (SELECT ${side} AS side, channel, customer_type, region, product, converted, amount
    FROM ${pair} WHERE stage = 'pre-sale') AS r
  GROUP BY GROUPING SETS (${fields.map(([, c]) => `(side, ${c})`).join(', ')})`;
  return [
    {
      name: 'inquiries',
      // A blank category is read from the question in JS (readTexts), once per distinct question.
      sql: `SELECT slot, stage, converted, written_category,
    CASE WHEN written_category = '' AND stage IS NOT NULL THEN question ELSE '' END AS question,
    no_deal_reason, suggested, COUNT(*) AS n, ${sales} AS sales
  FROM ${all} GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    },
    {
      name: 'agents',
      sql: `SELECT ${side} AS side, agent, stage, converted, COUNT(*) AS n, ${sales} AS sales
  FROM ${pair} GROUP BY 1, 2, 3, 4`,
    },
    {
      name: 'responses',
      sql: `SELECT agent, stage, converted, seconds, COUNT(*) AS n
  FROM ${current} WHERE seconds IS NOT NULL GROUP BY 1, 2, 3, 4`,
    },
    {
      name: 'agentBuyers',
      sql: `SELECT agent, ${buyers} AS buyers, ${paid} AS paid_buyers
  FROM ${current} WHERE stage = 'pre-sale' GROUP BY 1`,
    },
    {
      name: 'buyers',
      sql: `SELECT ${side} AS side, ${buyers} AS buyers, ${paid} AS paid_buyers
  FROM ${pair} WHERE stage = 'pre-sale' GROUP BY 1`,
    },
    {
      name: 'rankings',
      sql: rankings,
    },
    {
      // Each converted pre-sale amount of the two periods, for the money tests (orders are not read here).
      name: 'amounts',
      sql: `SELECT ${side} AS side, COALESCE(amount, 0) AS amount, COUNT(*) AS n
  FROM ${pair} WHERE stage = 'pre-sale' AND converted GROUP BY 1, 2`,
    },
    {
      // The reading (categories of a blank row, polarity) is not SQL: one row per distinct text, read in JS.
      name: 'reviews',
      sql: `SELECT slot, shop, rating, ${d.joinList(writtenCategoriesSql(d))} AS categories, text, SUM(n) AS n
  FROM (SELECT *, ${d.splitList('written_override')} AS override_list,
      ${d.splitList('written_categories')} AS written_list FROM (
    SELECT slot, shop, rating, written_override, written_categories, text, COUNT(*) AS n
    FROM ${rowsFrom(views.reviews, 0)} AS r GROUP BY 1, 2, 3, 4, 5, 6) AS same) AS texts
  GROUP BY 1, 2, 3, 4, 5`,
    },
    {
      name: 'dataRange',
      sql: `SELECT ${d.dateText('MIN(day)')} AS first, ${d.dateText('MAX(day)')} AS last FROM (
    SELECT day FROM ${views.inquiries} WHERE ok UNION ALL SELECT day FROM ${views.reviews} WHERE ok) AS dated`,
    },
    {
      name: 'excluded',
      sql: `SELECT ${d.countIf(inPeriodSql(period))} AS in_period, ${d.countIf('day IS NULL')} AS undated FROM (
    SELECT day FROM ${views.inquiries} WHERE NOT ok
    UNION ALL SELECT day FROM ${views.reviews} WHERE NOT ok) AS refused`,
    },
  ];
}
