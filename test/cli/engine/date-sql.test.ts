/**
 * One reading of a date cell: the core's readDateText and the engines' SQL are generated from one
 * grammar (src/core/time/date-grammar.ts). DuckDB is held equal to the core on generated strings
 * (a differential property test); BigQuery's text, which cannot be run here, is kept as a snapshot.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigQuery, DUCKDB } from '../../../src/cli/engine/sql-dialect';
import { parseDate, parseDateTime } from '../../../src/core/sheets/values';
import { DATE_FORMS, DATE_REFUSED, DATE_TABLE } from '../../../src/core/time/date-grammar';
import { duckTexts } from './duck-texts';

/** DuckDB's reading of each text as 'YYYY-MM-DD' (null where it refuses), in one query. */
const duck = duckTexts<string>((s) => DUCKDB.dateText(DUCKDB.parseDate(s)), String);

/** The core's reading (null where it refuses or the cell is blank). */
function core(text: string): string | null {
  const read = parseDate(text, 'UTC');
  return read.ok ? read.value : null;
}

const ISSUE_CASES: [string, string | null][] = [
  ['2026-11-03', '2026-11-03'],
  ['2026.11.3', '2026-11-03'],
  ['2026年11月3日', '2026-11-03'],
  ['２０２６年１１月３日', '2026-11-03'],
  ['46329', '2026-11-03'],
  ['46329.75', '2026-11-03'],
  ['2026-11-03T09:58:02', '2026-11-03'],
  ['2026-11-03T09:58:02.250', '2026-11-03'],
  ['2026年11月3日 9时58分2秒', '2026-11-03'],
  ['2026年11月3日9时58分', '2026-11-03'],
  ['2026/11/3 9:58:02', '2026-11-03'],
  [' 2026/11/3 9:58 ', '2026-11-03'],
  ['11/3/2026', null],
  ['2026-02-29', null],
  ['2026-11-03 24:00', null],
  ['2026-11-03 09:60', null],
  ['1899-12-31', null],
  ['3000-01-01', null],
  ['2026', null],
  ['2026-11', null],
];

describe('date cells: the core and DuckDB read by one grammar', () => {
  it('reads the forms the issue names as the workbook does, in both', async () => {
    const texts = ISSUE_CASES.map(([t]) => t);
    expect(texts.map(core)).toEqual(ISSUE_CASES.map(([, v]) => v));
    expect(await duck(texts)).toEqual(ISSUE_CASES.map(([, v]) => v));
  });

  it('differential: DuckDB equals the core on generated strings', async () => {
    const num = (min: number, max: number) =>
      fc.oneof(
        fc.integer({ min, max }).map(String),
        fc.integer({ min, max }).map((n) => String(n).padStart(2, '0')),
      );
    const year = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('2026', '2026', '2024', '2000') },
      fc.constantFrom('2026', '2024', '1900', '1899', '2999', '3000', '0000', '1970', '２０２６', '26'),
      fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    );
    const space = fc.constantFrom('', '', '', ' ', '  ', '\u3000', '\t', '\u00a0');
    const dateSep = fc.constantFrom<[string, string, string]>(
      ['-', '-', ''],
      ['/', '/', ''],
      ['.', '.', ''],
      ['年', '月', '日'],
      ['年', '月', ''],
      ['-', '/', ''],
      ['-', '-', '日'],
      ['年', '-', ''],
      ['－', '－', ''],
    );
    const time = fc.oneof(
      fc.constant(''),
      fc
        .tuple(
          fc.constantFrom(' ', 'T', '  ', '', 't'),
          num(0, 25),
          fc.constantFrom(':', '：', '时'),
          num(0, 61),
          fc.option(fc.tuple(fc.constantFrom(':', '分'), num(0, 61)), { nil: undefined }),
          fc.constantFrom(
            '',
            '',
            '.250',
            '.5',
            '秒',
            '分',
            'Z',
            '+08:00',
            '-0500',
            '+08',
            ' +08:00',
            'z',
            ' PM',
          ),
        )
        .map(([sep, h, mark, m, s, tail]) => `${sep}${h}${mark}${m}${s ? s.join('') : ''}${tail}`),
    );
    const dated = fc
      .tuple(space, year, space, dateSep, num(0, 13), num(0, 32), time, space)
      .map(
        ([lead, y, gap, [a, b, c], m, d, t, trail]) => `${lead}${y}${gap}${a}${m}${b}${d}${c}${t}${trail}`,
      );
    const serial = fc
      .tuple(
        fc.integer({ min: 0, max: 500_000 }),
        fc.constantFrom('', '.5', '.75', '.999999', '.0', '.'),
        space,
      )
      .map(([n, f, s]) => `${s}${n}${f}${s}`);
    const char = fc.constantFrom(...'0123456789-/.: T年月日时分秒Z+'.split(''));
    const text = fc.oneof(
      { weight: 6, arbitrary: dated },
      { weight: 2, arbitrary: serial },
      { weight: 1, arbitrary: fc.array(char, { maxLength: 14 }).map((cs) => cs.join('')) },
    );
    const seen = { read: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 150, maxLength: 300 }), async (texts) => {
        const got = await duck(texts);
        texts.forEach((t, i) => {
          const expected = core(t);
          seen[expected === null ? 'refused' : 'read']++;
          expect(got[i], JSON.stringify(t)).toBe(expected);
        });
      }),
      // A failure names its text (the expect message); shrinking a batch costs a query per step.
      { numRuns: 30, endOnFailure: true },
    );
    // The generator reaches both sides of the grammar often.
    expect(Math.min(seen.read, seen.refused)).toBeGreaterThan(500);
  }, 120_000);

  it("reads every form's example as 2026-11-03, in both, and refuses the refused ones with a reason", async () => {
    const examples = DATE_FORMS.map((f) => f.example);
    expect(examples.map(core)).toEqual(examples.map(() => '2026-11-03'));
    expect(await duck(examples)).toEqual(examples.map(() => '2026-11-03'));
    const withTime = examples.filter((_, i) => DATE_FORMS[i]!.groups.hour !== 0);
    for (const text of withTime) {
      const read = parseDateTime(text, 'UTC');
      expect(read.ok && read.value.seconds, text).toBe(9 * 3600 + 58 * 60 + 2);
    }
    const refused = DATE_REFUSED.flatMap(([texts]) => texts.split(', '));
    for (const text of refused) {
      const read = parseDateTime(text, 'UTC');
      expect(read.ok === false && !read.blank && read.reason.key.startsWith('sheets.'), text).toBe(true);
    }
    expect(await duck(refused)).toEqual(refused.map(() => null));
  });

  it('keeps BigQuery date SQL generated from the same grammar (BigQuery cannot be run here)', async () => {
    await expect(bigQuery().parseDate('date')).toMatchFileSnapshot('__snapshots__/bigquery-date.sql');
  });

  it("docs/sheets.md's tables name every date and time shape, in the grammar's order", () => {
    const doc = readFileSync(new URL('../../../docs/sheets.md', import.meta.url), 'utf8');
    const rows = (readings: string[]) =>
      doc
        .split('\n')
        .filter((line) => readings.some((r) => line.startsWith(`| ${r} |`)))
        .map((line) => line.split(' | ')[0]!.slice(2));
    const dates = DATE_TABLE.dates.map((d) => d.reading);
    const times = DATE_TABLE.times.map((t) => t.reading);
    expect(rows(dates)).toEqual(dates);
    expect(rows(times)).toEqual(times);
  });
});
