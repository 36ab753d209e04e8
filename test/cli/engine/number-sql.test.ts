/**
 * One reading of a number cell: the core's readNumberText and the engines' SQL are generated from
 * one grammar (src/core/sheets/number-grammar.ts). DuckDB is held equal to the core on generated
 * strings (a differential property test); BigQuery's text, which cannot be run here, is kept as a
 * snapshot. No read number is beyond ±1e15, so no sum of them writes Infinity into a cell.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigQuery, DUCKDB } from '../../../src/cli/engine/sql-dialect';
import { NUMBER_FORMS } from '../../../src/core/sheets/number-grammar';
import { parseNumber } from '../../../src/core/sheets/values';
import { duckTexts } from './duck-texts';

/** DuckDB's reading of each text (null where it refuses), in one query. */
const duck = duckTexts<number>((s) => DUCKDB.parseNumber(s), Number);

/** The core's reading (null where it refuses or the cell is blank). */
function core(text: string): number | null {
  const read = parseNumber(text);
  return read.ok ? read.value : null;
}

const ISSUE_CASES: [string, number | null][] = [
  ['12,50', 12.5],
  ['1.234,50', 1234.5],
  ['90,5', 90.5],
  ['inf', null],
  ['nan', null],
  ['Infinity', null],
  ['1e400', null],
  ['1,2,3', null],
  ['1_000', null],
  ['¥10', 10],
  ['10元', 10],
  ['１２３', 123],
  ['１，２３４．５', 1234.5],
  ['1 000', 1000],
  ['\u00a01\u202f234,5', 1234.5],
  ['-¥12', -12],
  ['¥ -12', -12],
  ['70%', 0.7],
  ['1e308', null],
  ['-0', 0],
  ['+-0', null],
  ['+-5', null],
];

describe('number cells: the core and DuckDB read by one grammar', () => {
  it('reads the cells the issue names as the workbook does, in both', async () => {
    const texts = ISSUE_CASES.map(([t]) => t);
    expect(texts.map(core)).toEqual(ISSUE_CASES.map(([, v]) => v));
    expect(await duck(texts)).toEqual(ISSUE_CASES.map(([, v]) => v));
  });

  it("reads every form's examples as the grammar says, in both", async () => {
    const examples = NUMBER_FORMS.flatMap((f) => f.examples);
    expect(examples.map(([t]) => core(t))).toEqual(examples.map(([, v]) => v));
    expect(await duck(examples.map(([t]) => t))).toEqual(examples.map(([, v]) => v));
  });

  it('differential: DuckDB equals the core on generated strings', async () => {
    const char = fc.constantFrom(
      ...'0123456789０１９.,，．  \u3000\u00a0\t\n\r\v\f\ufeff+-－¥￥$%元eE_xinfaIN'.split(''),
      'inf',
      'nan',
      'Infinity',
      '0x',
      '1e400',
      '1_0',
    );
    const digits = (min: number, max: number) =>
      fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
    // Numbers shaped like the forms, with the separators mixed up now and then.
    const shaped = fc
      .tuple(
        fc.constantFrom('', '-', '+', '¥', '-¥', '¥-', '$ ', '+ ', '--'),
        digits(1, 4),
        fc.array(fc.tuple(fc.constantFrom(',', '.', ' ', '  ', '\u202f'), digits(1, 4)), { maxLength: 4 }),
        fc.option(fc.tuple(fc.constantFrom('.', ','), digits(0, 3))),
        fc.constantFrom('', '%', '元', ' %', 'e3', 'E-2', ' '),
      )
      .map(
        ([prefix, first, groups, fraction, suffix]) =>
          `${prefix}${first}${groups.map(([s, d]) => s + d).join('')}${fraction ? fraction.join('') : ''}${suffix}`,
      );
    const text = fc.oneof(
      shaped,
      fc.array(char, { maxLength: 12 }).map((cs) => cs.join('')),
    );
    // Each run is one query of 150–300 strings: fast-check sizes an array with only `maxLength` as
    // "small" (about five items), which made this test read a few hundred strings in all.
    let drawn = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 150, maxLength: 300 }), async (texts) => {
        drawn += texts.length;
        const got = await duck(texts);
        texts.forEach((t, i) => {
          expect(got[i], JSON.stringify(t)).toBe(core(t));
        });
      }),
      { numRuns: 30, endOnFailure: true },
    );
    expect(drawn).toBeGreaterThanOrEqual(30 * 150);
  }, 120_000);

  it('keeps BigQuery number SQL generated from the same grammar (BigQuery cannot be run here)', async () => {
    await expect(bigQuery().parseNumber('amount')).toMatchFileSnapshot('__snapshots__/bigquery-number.sql');
  });

  it("docs/sheets.md's table names every form, in the grammar's order", () => {
    const readme = readFileSync(new URL('../../../docs/sheets.md', import.meta.url), 'utf8');
    const rows = readme
      .split('\n')
      .filter((line) => NUMBER_FORMS.some((f) => line.startsWith(`| ${f.reading} |`)));
    expect(rows.map((line) => line.split(' | ')[0]!.slice(2))).toEqual(NUMBER_FORMS.map((f) => f.reading));
  });

  it('refuses 1e308, so two of them never sum to Infinity', () => {
    for (const cell of ['1e308', 1e308, '2e15', -2e15]) {
      const read = parseNumber(cell);
      expect(read.ok === false && !read.blank && read.reason.key).toBe('sheets.numberTooLarge');
    }
    expect(core('1e15')).toBe(1e15);
  });
});
