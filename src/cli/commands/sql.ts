import { say } from '../../core/messages';
import { cliLang } from '../cli-lang';
import { command } from '../command';
import { dialectOf } from '../engine/sql-dialect';
import {
  countQueries,
  INQUIRY_KEYS,
  inquiriesSelect,
  REVIEW_KEYS,
  reviewsSelect,
} from '../engine/summary-sql';
import { periodOption } from '../period-option';
import { UsageError } from '../usage-error';

/**
 * `spiral sql --dialect bigquery|duckdb [--week|--month <id>]`: the summary's queries as text. The
 * logs are tables named inquiries and reviews whose columns are the keys (BigQuery: in the dataset
 * `spiral`). A blank category comes back as its distinct text, for the core's reading (read-texts.ts).
 */
export async function runSql(_args: string[], values: Record<string, unknown>): Promise<number> {
  const lang = cliLang(values);
  const dialect = dialectOf(String(values.dialect ?? ''));
  if (!dialect) throw new UsageError(say(lang, 'engine.unknownDialect'));
  const period = values.week === undefined && values.month === undefined ? null : periodOption(values);
  const keyed = <K extends string>(keys: readonly K[]) => {
    const out: Partial<Record<K, string>> = {};
    for (const k of keys) out[k] = k;
    return out;
  };
  const typed = { inquiries: dialect.table('inquiries_typed'), reviews: dialect.table('reviews_typed') };
  const source = {
    dialect,
    inquiryColumns: keyed(INQUIRY_KEYS),
    reviewColumns: keyed(REVIEW_KEYS),
    tables: { inquiries: dialect.table('inquiries'), reviews: dialect.table('reviews') },
  };
  const statements = [
    {
      name: 'inquiries_typed',
      sql: `CREATE OR REPLACE VIEW ${typed.inquiries} AS\n${inquiriesSelect(source)}`,
    },
    { name: 'reviews_typed', sql: `CREATE OR REPLACE VIEW ${typed.reviews} AS\n${reviewsSelect(source)}` },
    ...(period ? countQueries(dialect, period, typed) : []),
  ];
  process.stdout.write(statements.map((s) => `-- ${s.name}\n${s.sql};\n`).join('\n'));
  return 0;
}

/** `spiral sql`: its usage, arguments and options, beside its action. */
export const sqlCommand = command({
  name: 'sql',
  help: 'engine.help.sql',
  args: [],
  options: {
    dialect: { type: 'string' },
    week: { type: 'string' },
    month: { type: 'string' },
  },
  run: runSql,
});
