/**
 * `spiral sql`: the queries the engine runs, printed per dialect. The DuckDB text runs as printed
 * over tables named by the keys and counts what countRows counts; its slots are the core's periods;
 * the BigQuery text uses BigQuery's functions and none of DuckDB's.
 */

import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeExportFolder } from '../../../src/cli/engine/export-folder';
import { inquiryTallies } from '../../../src/cli/engine/read-texts';
import { INQUIRY_KEYS, REVIEW_KEYS, slotSql } from '../../../src/cli/engine/summary-sql';
import { main } from '../../../src/cli/spiral';
import { questionReader } from '../../../src/core/classify/question-category';
import { defaultTaxonomyRows } from '../../../src/core/classify/taxonomy-rules';
import { columnLabel } from '../../../src/core/sheets/template';
import { countedPeriods, countRows } from '../../../src/core/summary/summary-counts';
import { parsePeriod, periodOf } from '../../../src/core/time/periods';
import { tempDir } from '../../fakes/temp-dir';
import { classifyBlanks } from './classify-blanks';
import { generateLogs } from './generated-logs';

async function printed(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const code = await main(args);
  spy.mockRestore();
  return { code, out };
}

afterEach(() => vi.restoreAllMocks());

describe('spiral sql', () => {
  it('prints BigQuery with its own functions: NORMALIZE NFKC, REGEXP_CONTAINS, COUNTIF', async () => {
    const { code, out } = await printed([
      'sql',
      '--dialect',
      'bigquery',
      '--week',
      '2026-W47',
      '--lang',
      'zh',
    ]);
    expect(code).toBe(0);
    for (const part of [
      'REGEXP_CONTAINS(TRIM(TRANSLATE(',
      'NORMALIZE(',
      'NFKC',
      'COUNTIF(',
      '`spiral.inquiries`',
      "WHEN day BETWEEN DATE '2026-11-16' AND DATE '2026-11-22' THEN 7",
    ])
      expect(out).toContain(part);
    for (const duck of ['strftime(', 'regexp_matches(', 'list_filter(', 'try_strptime('])
      expect(out).not.toContain(duck);
  });

  it('refuses an unknown dialect', async () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['sql', '--dialect', 'oracle', '--lang', 'en'])).toBe(1);
    expect(String(spy.mock.calls[0]?.[0])).toContain('--dialect must be bigquery or duckdb');
  });

  it('prints DuckDB that runs as printed and counts what countRows counts', async () => {
    const { inquiries, reviews } = generateLogs(1500, {
      seed: 11,
      start: '2026-09-28',
      days: 42,
      emptyWeek: '2026-10-19',
      emptyMonth: '2027-01',
    });
    const folder = tempDir('spiral-sql');
    writeExportFolder(folder, { inquiries, reviews, lang: 'en' });
    const { out } = await printed(['sql', '--dialect', 'duckdb', '--week', '2026-W44', '--lang', 'zh']);
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    const rename = (sheet: 'inquiries' | 'reviews', keys: readonly string[]) =>
      keys.map((k) => `"${columnLabel(sheet, k, 'en')}" AS "${k}"`).join(', ');
    await db.run(
      `CREATE TABLE inquiries AS SELECT ${rename('inquiries', INQUIRY_KEYS)} FROM read_csv('${join(folder, 'inquiries.csv')}', all_varchar = true)`,
    );
    await db.run(
      `CREATE TABLE reviews AS SELECT ${rename('reviews', REVIEW_KEYS)} FROM read_csv('${join(folder, 'reviews.csv')}', all_varchar = true)`,
    );
    const statements = out
      .split(/;\n/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    let tallies: Record<string, unknown>[] = [];
    for (const statement of statements) {
      const rows = (await db.runAndReadAll(statement)).getRowObjectsJS();
      if (statement.startsWith('-- inquiries\n')) tallies = rows;
    }
    db.closeSync();
    instance.closeSync();
    const logs = classifyBlanks(defaultTaxonomyRows('zh'), inquiries, reviews);
    const counted = countRows({
      period: parsePeriod('2026-W44'),
      ...logs,
      excludedRows: 0,
      settings: { responseThresholdSeconds: 120, rankingSize: 10, language: 'zh' },
    });
    const key = (slot: unknown, category: unknown) => `${String(slot)}|${String(category)}`;
    const sums = (rows: { key: string; n: number }[]) => {
      const map = new Map<string, number>();
      for (const r of rows) map.set(r.key, (map.get(r.key) ?? 0) + r.n);
      return map;
    };
    // A blank category comes back as its question, read by the core as the DuckDB adapter reads it.
    const read = inquiryTallies(tallies, questionReader(defaultTaxonomyRows('zh')));
    const fromSql = sums(read.map((t) => ({ key: key(t.slot, t.questionCategory), n: t.n })));
    const fromRows = sums(counted.inquiries.map((t) => ({ key: key(t.slot, t.questionCategory), n: t.n })));
    expect(fromSql.size).toBeGreaterThan(10);
    expect(fromSql).toEqual(fromRows);
  });

  it("a row's slot is the core's period of its day, on every day from 2020 to 2028", async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    // Year ends where ISO weeks and months part ways (2020-W53, 2026-W01 starting in 2025), and today's.
    const periods = ['2021-W01', '2026-W01', '2026-W47', '2021-01', '2026-11'].map(parsePeriod);
    const slots = periods.map((p, i) => `${slotSql(p)} AS s${i}`).join(', ');
    const rows = (
      await db.runAndReadAll(
        `SELECT strftime(day, '%Y-%m-%d') AS day, ${slots} FROM range(DATE '2020-01-01', DATE '2028-12-31', INTERVAL 1 DAY) AS t(d), LATERAL (SELECT CAST(d AS DATE) AS day)`,
      )
    ).getRowObjectsJS();
    db.closeSync();
    instance.closeSync();
    expect(rows.length).toBe(3287);
    const wrong: string[] = [];
    let counted = 0;
    for (const r of rows) {
      periods.forEach((p, i) => {
        const id = periodOf(p.kind, String(r.day)).id;
        const index = countedPeriods(p).findIndex((c) => c.id === id);
        const slot = r[`s${i}`] === null ? -1 : Number(r[`s${i}`]);
        if (slot >= 0) counted++;
        if (slot !== index) wrong.push(`${p.id} ${String(r.day)}: ${slot} ≠ ${index}`);
      });
    }
    expect(wrong).toEqual([]);
    // Every day of every counted period has its slot: 8 weeks three times, Aug 2020–Jan 2021, Jun–Nov 2026.
    expect(counted).toBe(3 * 8 * 7 + 184 + 183);
  });
});
