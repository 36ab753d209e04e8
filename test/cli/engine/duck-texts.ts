/**
 * DuckDB's reading of many texts in one query, for the differential tests that hold the engine's SQL
 * equal to the core's reader (numbers, dates). Opens one in-memory database for the calling file.
 */
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll } from 'vitest';
import { DUCKDB } from '../../../src/cli/engine/sql-dialect';

/** Returns a reader: each text through `expression` (SQL over the column `s`), null where it refuses. */
export function duckTexts<T>(
  expression: (column: string) => string,
  value: (raw: unknown) => T,
): (texts: readonly string[]) => Promise<(T | null)[]> {
  let instance: DuckDBInstance;
  let db: DuckDBConnection;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    db = await instance.connect();
  });
  afterAll(() => {
    db.closeSync();
    instance.closeSync();
  });
  return async (texts) => {
    if (texts.length === 0) return [];
    const rows = texts.map((t, i) => `(${i}, ${DUCKDB.literal(t)})`).join(', ');
    const result = await db.runAndReadAll(
      `SELECT i, ${expression('s')} AS v FROM (VALUES ${rows}) AS t(i, s) ORDER BY i`,
    );
    return result.getRowObjectsJS().map((r) => (r.v === null ? null : value(r.v)));
  };
}
