import { compileTaxonomy } from '../../core/classify';
import { say } from '../../core/messages';
import { cliLang } from '../cli-lang';
import { command } from '../command';
import { folderRules } from '../engine/folder-summary';
import { dialectOf } from '../engine/sql-dialect';
import {
  countQueries,
  INQUIRY_KEYS,
  inquiriesSelect,
  REVIEW_KEYS,
  reviewsSelect,
} from '../engine/summary-sql';
import { UnsupportedRuleError } from '../engine/taxonomy-sql';
import { periodOption } from '../period-option';
import { UsageError } from '../usage-error';

/**
 * `spiral sql --dialect bigquery|duckdb [--week|--month <id>] [--from <folder>]`: the summary's
 * queries as text. The logs are tables named inquiries and reviews whose columns are the keys
 * (BigQuery: in the dataset `spiral`); the taxonomy is the folder's (--from) or the shipped one.
 */
export async function runSql(_args: string[], values: Record<string, unknown>): Promise<number> {
  const lang = cliLang(values);
  const dialect = dialectOf(String(values.dialect ?? ''));
  if (!dialect) throw new UsageError(say(lang, 'engine.unknownDialect'));
  const period = values.week === undefined && values.month === undefined ? null : periodOption(values);
  const { taxonomy } = await folderRules(typeof values.from === 'string' ? values.from : null, lang);
  const keyed = <K extends string>(keys: readonly K[]) => {
    const out: Partial<Record<K, string>> = {};
    for (const k of keys) out[k] = k;
    return out;
  };
  const typed = { inquiries: dialect.table('inquiries_typed'), reviews: dialect.table('reviews_typed') };
  let statements: { name: string; sql: string }[];
  try {
    const compiled = compileTaxonomy(taxonomy);
    const source = {
      dialect,
      taxonomy: compiled,
      inquiryColumns: keyed(INQUIRY_KEYS),
      reviewColumns: keyed(REVIEW_KEYS),
      tables: { inquiries: dialect.table('inquiries'), reviews: dialect.table('reviews') },
    };
    statements = [
      {
        name: 'inquiries_typed',
        sql: `CREATE OR REPLACE VIEW ${typed.inquiries} AS\n${inquiriesSelect(source)}`,
      },
      { name: 'reviews_typed', sql: `CREATE OR REPLACE VIEW ${typed.reviews} AS\n${reviewsSelect(source)}` },
      ...(period ? countQueries(dialect, period, typed, compiled) : []),
    ];
  } catch (error) {
    if (error instanceof UnsupportedRuleError)
      throw new UsageError(say(lang, 'engine.unsupportedRule', { rule: error.rule, reason: error.reason }));
    throw error;
  }
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
    from: { type: 'string' },
  },
  run: runSql,
});
