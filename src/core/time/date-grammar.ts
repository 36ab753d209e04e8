/**
 * How a date (and time of day) written as text is read — one spec, from which the core's reader
 * (date-text.ts) and the engines' SQL (src/cli/engine/date-sql.ts) are both generated, so the
 * workbook, the sidebar and DuckDB or BigQuery read a date cell alike. docs/sheets.md shows it as
 * a table. Patterns are written in the common subset of JavaScript's and RE2's regular
 * expressions, whose submatches both pick leftmost-first.
 */

/** Full-width forms read as ASCII (２０２６ → 2026, － → -, ： → :), every space as ' '. */
export const DATE_FOLD: { from: string; to: string } = (() => {
  const wide = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0xff01 + i)).join('');
  const ascii = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0x21 + i)).join('');
  // JavaScript's white space (String.prototype.trim's set), each read as a plain space.
  const spaces =
    '\t\n\u000b\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
  return { from: `${wide}${spaces}`, to: `${ascii}${' '.repeat(spaces.length)}` };
})();

/** The years a date may have: a shop's logs, never a typo's 0202 or 20260. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/**
 * A serial day number written as text: five digits, so a bare year such as 2026 is not one.
 * Excel's and Sheets' day 0 is 1899-12-30; the whole part is the day, the fraction the time.
 */
export const SERIAL_PATTERN = '[0-9]{5}(?:\\.[0-9]+)?';
export const SERIAL_EPOCH = '1899-12-30';
/** Serials below 61 fall in Excel's 1900 leap-year mistake; 401768 is 2999-12-31. */
export const FIRST_SERIAL = 61;
export const LAST_SERIAL = 401768;

interface DatePart {
  /** What the form is, as the table in docs/sheets.md says it. */
  reading: string;
  /** Year, month and day as groups 1, 2 and 3. */
  pattern: string;
  /** What may follow when no time does (2026年11月3日). */
  end: string;
  /** What stands between the date and a time of day. */
  joint: string;
  example: string;
}

const Y = '([0-9]{4})';
const N = '([0-9]{1,2})';

/** The date's shapes: year first, then month and day, each with one kind of separator. */
const DATE_PARTS: readonly DatePart[] = [
  {
    reading: 'year-month-day',
    pattern: `${Y} *- *${N} *- *${N}`,
    end: '',
    joint: '(?: +|T)',
    example: '2026-11-3',
  },
  {
    reading: 'year/month/day',
    pattern: `${Y} */ *${N} */ *${N}`,
    end: '',
    joint: '(?: +|T)',
    example: '2026/11/03',
  },
  {
    reading: 'year.month.day',
    pattern: `${Y} *\\. *${N} *\\. *${N}`,
    end: '',
    joint: '(?: +|T)',
    example: '2026.11.3',
  },
  {
    reading: '年 月 日 (日 may be left out)',
    pattern: `${Y} *年 *${N} *月 *${N}`,
    end: ' *日?',
    // 3日14时 needs no space; without 日 a space or T keeps 314 from being read as day 31, hour 4.
    joint: '(?: *日 *| +|T)',
    example: '2026年11月3日',
  },
];

interface TimePart {
  reading: string;
  /** Hour, minute and (optional) second as groups 1, 2 and 3 (of the time alone). */
  pattern: string;
  example: string;
}

/** The time's shapes. A zone mark is accepted and the clock read as written (see docs/sheets.md). */
const TIME_PARTS: readonly TimePart[] = [
  {
    reading: 'hour:minute, optional :second and fraction, optional zone mark (Z, +08:00, +0800, +08)',
    pattern: `${N} *: *${N}(?: *: *${N}(?:\\.[0-9]+)?)? *(?:[Zz]|[+-][0-9]{2}(?::?[0-9]{2})?)?`,
    example: '09:58:02.250+08:00',
  },
  {
    reading: '时 分 秒 (分 and 秒 may be left out)',
    pattern: `${N} *时 *${N} *(?:分(?: *${N} *秒?)?)?`,
    example: '9时58分2秒',
  },
];

/** Which group holds each part of a form's match (0: not in this form). */
export interface DateGroups {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** The time of day as written (for the refusal's reason). */
  clock: number;
}

export interface DateForm {
  reading: string;
  /** The whole text (folded, trimmed) matches this pattern. */
  pattern: string;
  groups: DateGroups;
  example: string;
}

const DATE_ONLY: DateGroups = { year: 1, month: 2, day: 3, hour: 0, minute: 0, second: 0, clock: 0 };
const WITH_TIME: DateGroups = { year: 1, month: 2, day: 3, clock: 4, hour: 5, minute: 6, second: 7 };

/** Every date shape alone, then with each time shape; the first that matches the whole text reads it. */
export const DATE_FORMS: readonly DateForm[] = DATE_PARTS.flatMap((d) => [
  { reading: d.reading, pattern: `${d.pattern}${d.end}`, groups: DATE_ONLY, example: d.example },
  ...TIME_PARTS.map((t) => ({
    reading: `${d.reading}, then ${t.reading}`,
    pattern: `${d.pattern}${d.joint}(${t.pattern})`,
    groups: WITH_TIME,
    example: `${d.example}${d.reading.startsWith('年') ? '' : ' '}${t.example}`,
  })),
]);

/** A date of one of the shapes, then something that is no time of day (its last group, for the refusal's reason). */
export const DATE_THEN_TEXT = `(?:${DATE_PARTS.map((d) => `${d.pattern}${d.joint}`).join('|')})(.*)`;

/** Month and day before the year (11/3/2026, 3.11.2026): which comes first cannot be told. */
export const YEAR_LAST = '[0-9]{1,2} *[-/.] *[0-9]{1,2} *[-/.] *[0-9]{2,4}(?:[ T].*)?';

/** A month alone (a Scorecard's month): year and month as groups 1 and 2, 2026-11 or 2026年11月. */
export const MONTH_PATTERN = '([0-9]{4}) *[-/.年] *([0-9]{1,2}) *月?';

/** The rows of the docs' table: each date shape and each time shape, with an example. */
export const DATE_TABLE = {
  dates: DATE_PARTS.map((d) => ({ reading: d.reading, example: d.example })),
  times: TIME_PARTS.map((t) => ({ reading: t.reading, example: t.example })),
};

/** Texts every reader refuses, and why (the table in docs/sheets.md lists them). */
export const DATE_REFUSED: readonly [string, string][] = [
  ['11/3/2026, 3.11.2026', 'month and day before the year: which is which cannot be told'],
  ['2026-02-29, 2026-11-31', 'a day the month does not have'],
  ['1899-12-31, 3000-01-01', `a year before ${FIRST_YEAR} or after ${LAST_YEAR}`],
  ['2026-11-03 24:00, 2026-11-03 09:60', 'an hour above 23, a minute or second above 59'],
  ['2026-11-03 9:58 PM', 'AM/PM: write the 24-hour clock'],
  ['2026-11-0314:05', 'a date and a time with nothing between them'],
  ['2026, 2026-11', 'a year or a month alone is not a date'],
];
