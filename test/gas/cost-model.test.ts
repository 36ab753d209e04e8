/**
 * Issue 22 item 3: the daily run of the built bundle over the SpreadsheetApp fake, at 100,000 inquiry
 * rows, projected by the fixed cost model (test/fakes/cost-model.ts): the service part (calls and
 * cells, deterministic) plus the JavaScript part, the CPU time of the trigger execution × 3.
 *
 * CPU time (process.cpuUsage, user + system), not the wall clock: on a machine shared by other
 * processes the wall clock of the same run varies three- or fourfold with the load, while CPU time
 * stays within a fifth, so the bound holds the code to account and not the neighbours. It counts the
 * fake's own work and the garbage collector too, so it is an upper bound of the bundle's JavaScript.
 * The figures themselves are printed by `npm run bench -- sheets-cost` (docs/benchmarks.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { triggerRun } from '../../src/tools/bench/gas-run';
import { benchInquiries, benchReviews } from '../../src/tools/bench/summary';
import { build, CODE_JS } from '../../src/tools/build';
import { COST, projectSheets } from '../fakes/cost-model';
import { summarySheets } from '../fixtures/summary/workbook';

beforeAll(async () => {
  await build();
}, 240_000);

/** The time budget a run keeps to (timeBudgetSeconds' cap), well under Apps Script's 6 minutes. */
const BUDGET_SECONDS = 240;

describe('the cost model', () => {
  it('prices calls and cells by its fixed constants', () => {
    const p = projectSheets({ calls: { total: 1000 }, cells: { read: 1_000_000, written: 100_000 } }, 2000);
    expect(COST).toEqual({ callMs: 60, readCellMs: 0.002, writtenCellMs: 0.006, jsFactor: 3 });
    expect(p.serviceSeconds).toBeCloseTo(60 + 2 + 0.6, 9);
    expect(p.jsSeconds).toBeCloseTo(6, 9);
    expect(p.seconds).toBeCloseTo(68.6, 9);
  });
});

describe('the daily run at 100,000 inquiry rows', () => {
  it('is projected, service and JavaScript together, to stay inside the run budget', async () => {
    const rows = 100_000;
    const sheets = summarySheets(benchInquiries(rows), benchReviews(rows / 2), 'zh');
    const run = await triggerRun(sheets, '2026-12-02T01:00:00Z', CODE_JS);
    expect(run.tabs).toBeGreaterThan(0);
    expect(run.cpuMs).toBeGreaterThan(0);
    const p = projectSheets(run, run.cpuMs);
    const parts = `service ${p.serviceSeconds.toFixed(1)} s + JS ${p.jsSeconds.toFixed(1)} s`;
    expect(p.seconds, `projected ${p.seconds.toFixed(1)} s (${parts})`).toBeLessThan(BUDGET_SECONDS);
  }, 900_000);
});
