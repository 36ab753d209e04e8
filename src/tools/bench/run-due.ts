/**
 * Benchmark: runDue (match, classify, scorecard, every missing week and month tab, Effects and the
 * queues) over 100,000 inquiries and 50,000 reviews on the in-memory workbook, and the daily trigger
 * of the built dist/Code.js over the in-memory SpreadsheetApp at 1,000, 10,000 and 100,000 rows:
 * its time, its service calls (they must not grow with rows), the reads of each log (one whole-table
 * read each) and the cells moved (these do grow: every row is read once).
 *
 * runDue's budget is judged on its CPU time, not its wall clock: on the shared machine the wall clock
 * measures the other work as much as runDue (measure.ts). Both are printed, with the load at start.
 */
import { availableParallelism, loadavg } from 'node:os';

import type { SheetRead } from '../../../test/fakes/fake-env';
import { FakeClock, MemoryLock, MemoryProperties } from '../../../test/fakes/memory-ports';
import { MemoryWorkbook } from '../../../test/fakes/memory-workbook';
import { summarySheets } from '../../../test/fixtures/summary/workbook';
import { runDue } from '../../core/automation';
import { installTemplates } from '../../core/setup';
import { sheetName } from '../../core/sheets';
import { type TriggerRun, triggerRun } from './gas-run';
import { loadAverage, repeatWithCpu, shownWithCpu, timing, verdict } from './measure';
import { benchInquiries, benchReviews } from './summary';

// The bench data covers 2026; on 2026-12-02 every look-back week and month is closed and due.
const NOW = '2026-12-02T01:00:00Z';
// The share of Apps Script's 6-minute limit a daily run may take (as test/gas/cost-model.test.ts holds).
const BUDGET_MS = 240_000;
const LOGS = ['inquiries', 'reviews'] as const;

function memoryBook(rows: number): MemoryWorkbook {
  const wb = MemoryWorkbook.from(summarySheets(benchInquiries(rows), benchReviews(rows / 2), 'zh'), {
    timeZone: 'Asia/Shanghai',
  });
  installTemplates(wb);
  return wb;
}

const ports = (wb: MemoryWorkbook) => ({
  wb,
  clock: new FakeClock(NOW),
  lock: new MemoryLock(),
  properties: new MemoryProperties(),
  timeZone: 'Asia/Shanghai',
});

/** Whole-table reads of each log sheet, and the one-column re-reads its writes make just before writing. */
function readsPerLog(reads: readonly SheetRead[]): string {
  return LOGS.map((key) => {
    const name = sheetName(key, 'zh');
    const mine = reads.filter((r) => r.sheet === name);
    const whole = mine.filter((r) => r.row === 1 && r.cols > 1).length;
    const columns = mine.length - whole;
    return `${name} ${whole}${columns > 0 ? ` (+${columns} one-column re-read${columns > 1 ? 's' : ''} before writing)` : ''}`;
  }).join(', ');
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const n = (x: number) => x.toLocaleString('en-US');

export async function benchRunDue(): Promise<void> {
  console.log(
    'runDue — 100,000 inquiries, 50,000 reviews, MemoryWorkbook, default look-back (8 weeks, 3 months), median of 3 runs',
  );
  console.log(`  (${loadAverage(loadavg(), availableParallelism())} when it started)`);
  let last: Awaited<ReturnType<typeof runDue>> | null = null;
  const time = await repeatWithCpu(
    3,
    async (wb: MemoryWorkbook) => {
      last = await runDue(ports(wb), 'trigger');
    },
    () => memoryBook(100_000),
  );
  const report = last!;
  console.log(
    `  outcome ${report.outcome}: ${report.made.length} tabs, scorecard ${report.scorecardMonth}, ${n(report.classified)} cells classified`,
  );
  console.log(
    `  time ${shownWithCpu(time)}   budget ${BUDGET_MS / 1000} s of the 6-minute limit, by CPU time: ${verdict(time.cpu.median <= BUDGET_MS)}`,
  );
  console.log(`  peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`);

  console.log(
    'The daily trigger of dist/Code.js (node:vm) over the in-memory SpreadsheetApp: time (wall; CPU), calls, reads per log, cells moved',
  );
  for (const rows of [1_000, 10_000, 100_000]) {
    const sheets = summarySheets(benchInquiries(rows), benchReviews(rows / 2), 'zh');
    const runs: TriggerRun[] = [];
    for (let i = 0; i < (rows >= 100_000 ? 3 : 5); i++) runs.push(await triggerRun(sheets, NOW));
    const run = runs[runs.length - 1]!;
    const { calls, cells } = run;

    console.log(
      `  ${n(rows).padStart(7)} inquiry rows: ${shownWithCpu({ wall: timing(runs.map((r) => r.ms)), cpu: timing(runs.map((r) => r.cpuMs)) })}; ${n(calls.total ?? 0)} calls (getValues ${calls.getValues ?? 0}, setValues ${calls.setValues ?? 0}); cells moved ${n(cells.read + cells.written)} (read ${n(cells.read)}, written ${n(cells.written)}); ${run.tabs} tabs`,
    );
    console.log(`           getValues per log: ${readsPerLog(run.reads)}`);
  }
}
