/**
 * The DuckDB typing's cheap paths (a cell looked at as it is before it is trimmed, lower-cased or
 * tried against every format) give every cell the value the full expression gives: awkward cells —
 * white space of each trimmed kind around, times of day, slashes, commas, full-width digits,
 * impossible dates, upper-case labels — against the full expressions written out here (dates and
 * numbers: against the core's readers, generated from the same grammars as the SQL).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { DUCKDB } from '../../../src/cli/engine/sql-dialect';
import { enumSql } from '../../../src/cli/engine/summary-sql';
import { parseDate, parseEnum, parseNumber } from '../../../src/core/sheets/values';

const TRIMMED = "' \t\n\r\u00a0\u3000'";
const SPACES = [' ', '\t', '\n', '\r', '\u00a0', '\u3000'];

const DATES = [
  '2026-11-16',
  '2026/11/16',
  '2026-11-16 10:30',
  '2026-11-16 10:30:00',
  '2026/11/16 10:30:00',
  '2026-1-5',
  '2026-02-30',
  '16/11/2026',
  '2026-11-16T10:30',
  '2026-11-16x',
  '2026-12-9日',
  '2026-11-16T10:30:00+08:00',
  '2026.11.16',
  '',
  'x',
];
const NUMBERS = [
  '12',
  '1,234.5',
  '1,234',
  '0',
  '-3',
  '1e3',
  '1_000',
  '１２',
  '12.50',
  'nan',
  'inf',
  'abc',
  '',
];
const LABELS: Record<string, string[]> = {
  stage: ['售前', '售后', 'pre-sale', 'PRE-SALE', 'Pre-Sale', 'after-sale', 'presale', '售 前', 'x', ''],
  yesNo: ['是', '否', 'yes', 'Yes', 'Y', 'n', '1', '0', 'TRUE', '已成交', 'maybe', ''],
  channel: ['旺旺', '1688询盘', '1688', 'WeChat', '微信', 'Phone', '其他', 'fax', ''],
};

/** Each cell as it is and with each trimmed character before, after and around it. */
const padded = (cells: string[]) => [
  ...cells,
  ...cells.flatMap((c) => SPACES.flatMap((s) => [`${s}${c}`, `${c}${s}`, `${s}${s}${c}${s}`])),
];

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    return (await db.runAndReadAll(sql)).getRowObjectsJS();
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

const cellsTable = (cells: string[]) => `(VALUES ${cells.map((c) => `(${lit(c)})`).join(', ')}) AS t(c)`;

describe('DuckDB typing: cheap paths, same values', () => {
  it('trims as trimming first does, and reads dates and numbers as the core does', async () => {
    const cells = padded([...DATES, ...NUMBERS, 'buyer1', '大伟', '  ']);
    const out = await rows(`SELECT c,
        ${DUCKDB.trim('c')} AS trimmed, trim(c, ${TRIMMED}) AS trimmed_full,
        strftime(${DUCKDB.parseDate('c')}, '%Y-%m-%d') AS day,
        ${DUCKDB.parseNumber('c')} AS number
      FROM ${cellsTable(cells)}`);
    expect(out.length).toBe(cells.length);
    // Dates and numbers: the core's reading (date-grammar.ts, number-grammar.ts), the casts of a plain cell included.
    const core = (c: string) => {
      const read = parseNumber(c);
      return read.ok ? read.value : null;
    };
    const coreDate = (c: string) => {
      const read = parseDate(c, 'UTC');
      return read.ok ? read.value : null;
    };
    const differ = out.filter(
      (r) =>
        r.trimmed !== r.trimmed_full || r.day !== coreDate(String(r.c)) || r.number !== core(String(r.c)),
    );
    expect(differ).toEqual([]);
    // The cells do reach both paths: dates read as they are, and read only once trimmed.
    const read = (c: string) => out.find((r) => r.c === c)!;
    expect(read('2026-11-16').day).toBe('2026-11-16');
    expect(read('\u30002026-11-16 10:30').day).toBe('2026-11-16');
    expect(read('2026-02-30').day).toBe(null);
    expect(read('1,234.5\u00a0').number).toBe(1234.5);
  });

  it('looks enum labels up as the core reads them, however they are spaced or cased', async () => {
    for (const [name, labels] of Object.entries(LABELS)) {
      const cells = padded(labels);
      const out = await rows(`SELECT c, ${enumSql(DUCKDB, 'c', name)} AS key FROM ${cellsTable(cells)}`);
      const wrong = out
        .map((r) => {
          const parsed = parseEnum(String(r.c), name);
          const expected = parsed.ok ? parsed.value.value : null;
          return { cell: r.c, got: r.key, expected };
        })
        .filter((r) => r.got !== r.expected);
      expect(wrong, name).toEqual([]);
      expect(out.filter((r) => r.key !== null).length, name).toBeGreaterThan(labels.length);
    }
  });
});
