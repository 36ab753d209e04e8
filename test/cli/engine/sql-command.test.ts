/**
 * `spiral sql`: the queries the engine runs, printed per dialect. The DuckDB text runs as printed
 * over tables named by the keys and counts what countRows counts; its ISO weeks are the core's;
 * the BigQuery text uses BigQuery's functions and none of DuckDB's.
 */

import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeExportFolder } from '../../../src/cli/engine/export-folder';
import { INQUIRY_KEYS, REVIEW_KEYS } from '../../../src/cli/engine/summary-sql';
import { main } from '../../../src/cli/spiral';
import { classifyBlanks } from '../../../src/core/classify/classify-blanks';
import { compileTaxonomy } from '../../../src/core/classify/classify-text';
import { defaultTaxonomyRows } from '../../../src/core/defaults';
import { parsePeriod, periodOf } from '../../../src/core/periods';
import { countRows } from '../../../src/core/summary/summary-counts';
import { columnLabel } from '../../../src/core/template';
import { tempDir } from '../../fakes/temp-dir';
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
  it('prints BigQuery with its own functions: STRPOS, NORMALIZE NFKC, FORMAT_DATE %G-W%V', async () => {
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
      "FORMAT_DATE('%G-W%V'",
      'STRPOS(question_text',
      'NORMALIZE(',
      'NFKC',
      'COUNTIF(',
      '`spiral.inquiries`',
      "WHEN '2026-W47' THEN 7",
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
    const logs = classifyBlanks(compileTaxonomy(defaultTaxonomyRows('zh')), inquiries, reviews);
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
    const fromSql = sums(tallies.map((r) => ({ key: key(r.slot, r.question_category), n: Number(r.n) })));
    const fromRows = sums(counted.inquiries.map((t) => ({ key: key(t.slot, t.questionCategory), n: t.n })));
    expect(fromSql.size).toBeGreaterThan(10);
    expect(fromSql).toEqual(fromRows);
  });

  it("DuckDB's %G-W%V is the core's ISO week on every day from 2020 to 2028", async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    const rows = (
      await db.runAndReadAll(
        "SELECT strftime(d, '%Y-%m-%d') AS day, strftime(d, '%G-W%V') AS week FROM range(DATE '2020-01-01', DATE '2028-12-31', INTERVAL 1 DAY) AS t(d)",
      )
    ).getRowObjectsJS();
    db.closeSync();
    instance.closeSync();
    expect(rows.length).toBe(3287);
    const wrong = rows.filter((r) => periodOf('week', String(r.day)).id !== r.week);
    expect(wrong).toEqual([]);
  });
});
