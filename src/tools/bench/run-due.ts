/**
 * Benchmark: runDue (classify, scorecard, every missing week and month tab) over 100,000 inquiries
 * and 50,000 reviews, and the SpreadsheetApp calls it makes at 1,000 and at 100,000 rows through
 * GasWorkbook over the in-memory SpreadsheetApp (they must not grow with rows).
 */

import type { SheetRead } from '../../../test/fakes/fake-env';
import { createGasFakes } from '../../../test/fakes/gas-services';
import { FakeClock, MemoryLock, MemoryProperties } from '../../../test/fakes/memory-ports';
import { MemoryWorkbook } from '../../../test/fakes/memory-workbook';
import { summarySheets } from '../../../test/fixtures/summary/workbook';
import { installTemplates } from '../../core/install';
import { runDue } from '../../core/run-due';
import { generateSummary } from '../../core/summary/generate-summary';
import { sheetName } from '../../core/template';
import { GasWorkbook } from '../../gas/gas-workbook';
import type { Cell, WorkbookPort } from '../../ports';
import { benchInquiries, benchReviews } from './summary';

// The bench data covers 2026; on 2026-12-02 every look-back week and month is closed and due.
const NOW = '2026-12-02T01:00:00Z';
const WEEK = '2026-W47';
const MONTH = '2026-11';
const LOGS = ['inquiries', 'reviews'] as const;

function fill(wb: WorkbookPort, sheets: Record<string, Cell[][]>): void {
  for (const [name, grid] of Object.entries(sheets)) {
    if (!wb.hasSheet(name)) wb.addSheet(name);
    wb.write(name, 1, 1, grid);
  }
  installTemplates(wb);
}

async function catchUp(wb: WorkbookPort) {
  const ports = {
    wb,
    clock: new FakeClock(NOW),
    lock: new MemoryLock(),
    properties: new MemoryProperties(),
    timeZone: 'Asia/Shanghai',
  };
  const start = performance.now();
  const report = await runDue(ports, 'trigger');
  return { ms: performance.now() - start, report };
}

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

export async function benchRunDue(): Promise<void> {
  const sheets = summarySheets(benchInquiries(100_000), benchReviews(50_000), 'zh');
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  fill(wb, sheets);
  const before = process.memoryUsage();
  const { ms, report } = await catchUp(wb);
  const after = process.memoryUsage();
  console.log(
    'runDue — 100,000 inquiries, 50,000 reviews, MemoryWorkbook, default look-back (8 weeks, 3 months)',
  );
  console.log(
    `  outcome ${report.outcome}: ${report.made.length} tabs, scorecard ${report.scorecardMonth}, ${report.classified} cells classified`,
  );
  console.log(`  time ${(ms / 1000).toFixed(2)} s (budget 270 s of the 6-minute limit)`);
  console.log(
    `  heap ${mib(before.heapUsed)} → ${mib(after.heapUsed)}; peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`,
  );

  console.log(
    'SpreadsheetApp calls of the same runDue through GasWorkbook over the in-memory SpreadsheetApp',
  );
  for (const rows of [1_000, 10_000, 100_000]) {
    const fakes = createGasFakes({ container: 'active', timeZone: 'Asia/Shanghai' });
    const gas = new GasWorkbook(fakes.spreadsheet as never, fakes.SpreadsheetApp as never);
    fill(gas, summarySheets(benchInquiries(rows), benchReviews(rows / 2), 'zh'));
    fakes.resetCalls();
    generateSummary(gas, WEEK);
    generateSummary(gas, MONTH);
    const summaryCalls = fakes.calls.total;
    fakes.resetCalls();
    const run = await catchUp(gas);
    const calls = fakes.calls;
    console.log(
      `  ${rows.toLocaleString('en-US').padStart(7)} inquiry rows: weekly + monthly summary ${summaryCalls} calls; runDue ${calls.total} calls (getValues ${calls.getValues ?? 0}, setValues ${calls.setValues ?? 0}); ${run.report.made.length} tabs in ${(run.ms / 1000).toFixed(2)} s`,
    );
    console.log(`           getValues per log: ${readsPerLog(fakes.env.reads)}`);
  }
}
