/**
 * A number cell as SQL, generated from the core's grammar (src/core/sheets/number-grammar.ts), the
 * spec readNumberText is generated from: the same fold, prefix, suffix, forms in the same order and
 * the same limit. test/cli/engine/number-sql.test.ts holds DuckDB equal to the core on generated
 * strings and keeps BigQuery's text as a snapshot.
 */
import {
  NUMBER_FOLD,
  NUMBER_FORMS,
  NUMBER_LIMIT,
  NUMBER_NEGATIVE,
  NUMBER_PERCENT,
  NUMBER_PREFIX,
  NUMBER_SUFFIX,
} from '../../core/sheets';

/** The few functions the number SQL needs, as a dialect spells them. */
export interface NumberOps {
  /** The text with each character of `from` replaced by the one at the same place in `to`. */
  translate(expr: string, from: string, to: string): string;
  /** The text without leading and trailing spaces (' ' only: the fold made every space one). */
  trimSpaces(expr: string): string;
  /** The pattern matches the whole text. */
  fullMatch(expr: string, pattern: string): string;
  /** Every match of the pattern removed. */
  removeAll(expr: string, pattern: string): string;
  replace(expr: string, from: string, to: string): string;
  /** The text as a double, NULL when it is not one. */
  toDouble(expr: string): string;
  /** The double is neither infinite nor NaN. */
  finite(expr: string): string;
  contains(expr: string, text: string): string;
  /**
   * The dialect's own cast to a double where, for every text it reads within ±NUMBER_LIMIT and
   * holding no `_`, it reads the number the grammar reads (held by the differential test); omitted
   * where that cannot be tested (BigQuery).
   */
  looseCast?(expr: string): string;
}

/** A number as the grammar's plain form writes it: one sign at most, digits, a point, an exponent. */
const PLAIN_NUMBER = '[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?';

/** The number in the text `e`, NULL when the grammar refuses it (as readNumberText does). */
export function numberSql(ops: NumberOps, e: string): string {
  const text = ops.trimSpaces(ops.translate(e, NUMBER_FOLD.from, NUMBER_FOLD.to));
  const body = ops.removeAll(text, `${NUMBER_PREFIX}|${NUMBER_SUFFIX}`);
  const forms = NUMBER_FORMS.map((form) => {
    const ungrouped = form.group === '' ? body : ops.replace(body, form.group, '');
    const digits = form.decimal === '.' ? ungrouped : ops.replace(ungrouped, form.decimal, '.');
    return `WHEN ${ops.fullMatch(body, form.pattern)} THEN ${ops.toDouble(digits)}`;
  });
  const m = `(CASE ${forms.join(' ')} END)`;
  const signed = `CASE WHEN ${ops.fullMatch(text, `${NUMBER_NEGATIVE}.*`)} THEN -${m} ELSE ${m} END`;
  const divisor = `CASE WHEN ${ops.fullMatch(text, `.*${NUMBER_PERCENT}`)} THEN 100 ELSE 1 END`;
  const limit = NUMBER_LIMIT.toExponential();
  // + 0.0 makes -0 a plain 0, as the core's reader does.
  const general = `CASE WHEN ${ops.finite(m)} AND ${m} <= ${limit} THEN (${signed}) / ${divisor} + 0.0 END`;
  if (ops.looseCast === undefined) return `CASE WHEN ${e} = '' THEN NULL ELSE ${general} END`;
  // The usual cell (plain digits) is read by the dialect's own cast, as cheap as reading gets; the
  // grammar, with its regular expressions, reads every other cell. Only a plain number takes the
  // cast: DuckDB's cast also reads texts the grammar refuses (`+-0` as 0, found by the differential).
  const cast = ops.looseCast(e);
  const plain = ops.fullMatch(e, PLAIN_NUMBER);
  return `CASE WHEN ${e} = '' THEN NULL WHEN ${plain} AND abs(${cast}) <= ${limit} THEN ${cast} + 0.0 ELSE ${general} END`;
}
