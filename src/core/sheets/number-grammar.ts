/**
 * How a number written as text is read — one spec, from which the core's reader (number-text.ts)
 * and the engines' SQL (src/cli/engine/number-sql.ts) are both generated, so the workbook, the
 * sidebar and DuckDB or BigQuery read a cell alike. docs/sheets.md shows it as a table.
 * Patterns are written in the common subset of JavaScript's and RE2's regular expressions.
 */

import { DATE_FOLD } from '../time/date-grammar';

/** Characters read as another first: the dates' fold (full-width forms as ASCII, every space as ' '), and ￥ as ¥. */
export const NUMBER_FOLD: { from: string; to: string } = {
  from: `${DATE_FOLD.from}\uffe5`,
  to: `${DATE_FOLD.to}¥`,
};

/** A sign, a currency mark, or both in either order, before the digits (- ¥ 12, ¥-12). */
export const NUMBER_PREFIX = '^(?:[+-] *(?:[¥$] *)?|[¥$] *(?:[+-] *)?)';
/** A percent sign (the number is divided by 100) or 元 after the digits. */
export const NUMBER_SUFFIX = ' *[%元]$';
/** The text is negative when a minus comes first or right after the currency mark. */
export const NUMBER_NEGATIVE = '^(?:[¥$] *)?-';
export const NUMBER_PERCENT = '%$';

/** Digits and separators only, yet none of the forms: which separator is which cannot be told. */
export const NUMBER_AMBIGUOUS = '^[0-9., ]+$';

/** The largest magnitude read: larger is no figure a shop keeps, and sums of two could overflow to Infinity. */
export const NUMBER_LIMIT = 1e15;

export interface NumberForm {
  /** What the form is, as the table in docs/sheets.md says it. */
  reading: string;
  /** The digits' shape, without sign, currency or suffix (whole text). */
  pattern: string;
  /** Thousands separator removed before the digits are read. */
  group: '' | ',' | '.' | ' ';
  /** The decimal mark, read as a point. */
  decimal: '.' | ',';
  /** Examples and the number each is. */
  examples: readonly [string, number][];
}

/** The digits' forms, tried in this order; the first that matches the whole text reads it. */
export const NUMBER_FORMS: readonly NumberForm[] = [
  {
    reading: 'plain digits, a point as the decimal mark, optional exponent',
    pattern: '[0-9]+\\.?[0-9]*(?:[eE][+-]?[0-9]+)?|\\.[0-9]+(?:[eE][+-]?[0-9]+)?',
    group: '',
    decimal: '.',
    examples: [
      ['1234.5', 1234.5],
      ['1.234', 1.234],
      ['.5', 0.5],
      ['1.5e3', 1500],
    ],
  },
  {
    reading: 'thousands grouped by spaces, then a point or a comma as the decimal mark',
    pattern: '[0-9]{1,3}(?: +[0-9]{3})+(?:[.,][0-9]+)?',
    group: ' ',
    decimal: ',',
    examples: [
      ['1 000', 1000],
      ['1 234,5', 1234.5],
      ['1 234.5', 1234.5],
    ],
  },
  {
    reading: 'thousands grouped by commas, a point as the decimal mark',
    pattern: '[0-9]{1,3}(?:,[0-9]{3})+\\.[0-9]+',
    group: ',',
    decimal: '.',
    examples: [['1,234.50', 1234.5]],
  },
  {
    reading: 'thousands grouped by points, a comma as the decimal mark',
    pattern: '[0-9]{1,3}(?:\\.[0-9]{3})+,[0-9]+',
    group: '.',
    decimal: ',',
    examples: [['1.234,50', 1234.5]],
  },
  {
    reading: 'a whole number, thousands grouped by commas (a comma before exactly three digits)',
    pattern: '[0-9]{1,3}(?:,[0-9]{3})+',
    group: ',',
    decimal: '.',
    examples: [
      ['1,234', 1234],
      ['1,234,567', 1234567],
    ],
  },
  {
    reading: 'a whole number, thousands grouped by points (two groups or more)',
    pattern: '[0-9]{1,3}(?:\\.[0-9]{3}){2,}',
    group: '.',
    decimal: '.',
    examples: [['1.234.567', 1234567]],
  },
  {
    reading: 'a decimal comma: one comma before one or two digits',
    pattern: '[0-9]+,[0-9]{1,2}',
    group: '',
    decimal: ',',
    examples: [
      ['12,50', 12.5],
      ['90,5', 90.5],
    ],
  },
];

/** Texts every reader refuses, and why (the table in docs/sheets.md lists them). */
export const NUMBER_REFUSED: readonly [string, string][] = [
  ['1,2345', 'a comma before four digits or more: neither a decimal nor a thousands comma'],
  ['1,2,3', 'groups of the wrong size'],
  ['1.234,5.6', 'two decimal marks'],
  ['1_000', 'underscores are not separators'],
  ['inf, nan, Infinity', 'not numbers'],
  ['1e400', 'too large to be a finite number'],
  ['2e15', `larger than ${NUMBER_LIMIT.toExponential()}`],
];
