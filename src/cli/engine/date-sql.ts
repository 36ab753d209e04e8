/**
 * A date cell as SQL, generated from the core's grammar (src/core/time/date-grammar.ts), the spec
 * readDateText is generated from: the same fold, the same forms in the same order, the same years,
 * days, hours and serial numbers refused. test/cli/engine/date-sql.test.ts holds DuckDB equal to
 * the core on generated strings and keeps BigQuery's text as a snapshot.
 */
import {
  DATE_FOLD,
  DATE_FORMS,
  FIRST_SERIAL,
  FIRST_YEAR,
  LAST_SERIAL,
  LAST_YEAR,
  SERIAL_EPOCH,
  SERIAL_PATTERN,
} from '../../core/time';

/** The few functions the date SQL needs, as a dialect spells them. */
export interface DateOps {
  /** The text with each character of `from` replaced by the one at the same place in `to`. */
  translate(expr: string, from: string, to: string): string;
  /** The text without leading and trailing spaces (' ' only: the fold made every space one). */
  trimSpaces(expr: string): string;
  /** The pattern matches the whole text. */
  fullMatch(expr: string, pattern: string): string;
  /** The text of capture group `group` of the pattern (which matches the whole text). */
  group(expr: string, pattern: string, group: number): string;
  /** The text as an integer (digits only here). */
  toInt(expr: string): string;
  /** The DATE of 'year-month-day' text (month and day of one or two digits), NULL when there is no such day. */
  dateOf(year: string, month: string, day: string): string;
  /** The DATE `days` (a whole number of days, as a double) after the ISO date `epoch`. */
  daysAfter(epoch: string, days: string): string;
  /** The text as a double. */
  toDouble(expr: string): string;
  /**
   * The DATE of a text that looks like 'YYYY-MM-DD' and nothing else, NULL when it is not a day —
   * the usual cell, read without the grammar's regular expressions; omitted where that cannot be
   * tested (BigQuery).
   */
  plainDate?(expr: string): string;
}

/** The DATE in the text `e` (any time of day checked, then dropped), NULL when the grammar refuses it. */
export function dateSql(ops: DateOps, e: string): string {
  const text = ops.trimSpaces(ops.translate(e, DATE_FOLD.from, DATE_FOLD.to));
  const years = (y: string) => `${ops.toInt(y)} BETWEEN ${FIRST_YEAR} AND ${LAST_YEAR}`;
  const serial = ops.toDouble(text);
  const whens = [
    `WHEN ${ops.fullMatch(text, SERIAL_PATTERN)} THEN CASE WHEN ${serial} >= ${FIRST_SERIAL} AND ${serial} < ${LAST_SERIAL + 1} THEN ${ops.daysAfter(SERIAL_EPOCH, `floor(${serial})`)} END`,
    ...DATE_FORMS.map((form) => {
      const part = (group: number) => ops.group(text, form.pattern, group);
      const { year, month, day, hour, minute, second } = form.groups;
      const clock =
        hour === 0
          ? []
          : [
              `${ops.toInt(part(hour))} <= 23`,
              `${ops.toInt(part(minute))} <= 59`,
              `coalesce(${ops.toInt(`NULLIF(${part(second)}, '')`)}, 0) <= 59`,
            ];
      const valid = [years(part(year)), ...clock].join(' AND ');
      return `WHEN ${ops.fullMatch(text, form.pattern)} THEN CASE WHEN ${valid} THEN ${ops.dateOf(part(year), part(month), part(day))} END`;
    }),
  ];
  const general = `CASE ${whens.join(' ')} END`;
  if (ops.plainDate === undefined) return general;
  // The usual cell (2026-11-16, nothing around it) is read without a regular expression; a year out
  // of range is left to the grammar, which refuses it.
  const plain = ops.plainDate(e);
  return `CASE WHEN ${plain} BETWEEN DATE '${FIRST_YEAR}-01-01' AND DATE '${LAST_YEAR}-12-31' THEN ${plain} ELSE ${general} END`;
}
