/**
 * Benchmark: the projected Sheets time of the built dist/Code.js over the SpreadsheetApp fake, by the
 * fixed cost model of test/fakes/cost-model.ts (60 ms a call, 2 µs a cell read, 6 µs a cell written,
 * the JavaScript time measured in Node × 3): the daily trigger at 1,000 / 10,000 / 100,000 inquiry
 * rows, and a 100,000-row file imported from the panel (1,000-row batches, one execution each).
 *
 * The JavaScript time is the CPU time of each execution (process.cpuUsage, user + system): on a shared
 * machine the wall clock of one run varies with the load several times over, its CPU time far less.
 * It includes the fake's own work and garbage collection, so it overstates the bundle's share. The
 * wall clock and the machine's load are printed beside it for reference.
 */
import { availableParallelism, loadavg } from 'node:os';
import { projectSheets } from '../../../test/fakes/cost-model';
import { createGasFakes } from '../../../test/fakes/gas-services';
import { summarySheets } from '../../../test/fixtures/summary/workbook';
import { loadBundle } from '../../../test/gas/bundle-harness';
import { installTemplates } from '../../core/setup';
import { GasWorkbook } from '../../gas/gas-workbook';
import { codeJs, triggerRun } from './gas-run';
import { benchInquiries, benchReviews } from './summary';

const NOW = '2026-12-02T01:00:00Z';
const n = (x: number) => x.toLocaleString('en-US');
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

export async function benchSheetsCost(): Promise<void> {
  console.log(
    'Projected Sheets time (60 ms a call, 2 µs a cell read, 6 µs a cell written, JS CPU time × 3) of the daily trigger of dist/Code.js',
  );
  console.log(`  (load average ${load()} on ${availableParallelism()} cores when it started)`);
  for (const rows of [1_000, 10_000, 100_000]) {
    const sheets = summarySheets(benchInquiries(rows), benchReviews(rows / 2), 'zh');
    const run = await triggerRun(sheets, NOW);
    const p = projectSheets(run, run.cpuMs);
    console.log(
      `  ${n(rows).padStart(7)} inquiry rows: ${s(p.seconds)} projected (service ${s(p.serviceSeconds)} + JS ${s(p.jsSeconds)}; JS CPU ${s(run.cpuMs / 1000)}, wall ${s(run.ms / 1000)}); ${n(run.calls.total ?? 0)} calls; cells read ${n(run.cells.read)}, written ${n(run.cells.written)}; ${run.tabs} tabs`,
    );
  }
  panelImport(100_000, 1_000);
}

/** A file of `rows` inquiries sent from the panel in batches of `batch`, each batch its own execution. */
function panelImport(rows: number, batch: number): void {
  const first = createGasFakes({ container: 'active', timeZone: 'Asia/Shanghai' });
  first.clock.time = Date.parse(NOW);
  installTemplates(new GasWorkbook(first.spreadsheet, first.SpreadsheetApp));
  const header = ['日期', '客服', '客户ID', '阶段', '咨询内容'];
  const all = benchInquiries(rows).map((r, i) => [
    r.date,
    r.agent,
    `${r.customerId}-${i}`,
    '售前',
    r.question,
  ]);
  let total = 0;
  let worst = 0;
  let calls = 0;
  let read = 0;
  let written = 0;
  let executions = 0;
  for (let from = 0; from < rows; from += batch) {
    const execution = first.nextExecution({ container: 'active', timeZone: 'Asia/Shanghai' });
    const bundle = loadBundle(execution, codeJs());
    execution.resetCalls();
    const cells = all.slice(from, from + batch);
    const cpu = process.cpuUsage();
    bundle.call(
      'sidebarImport',
      {
        sheet: 'inquiries',
        file: 'bench.csv',
        header,
        headerLine: 1,
        rows: cells.map((line, i) => ({ line: from + i + 2, cells: line })),
        unreadable: [],
        range: { from: from + 1, to: from + cells.length, of: rows },
        importId: 'bench',
      },
      'zh',
    );
    const used = process.cpuUsage(cpu);
    const p = projectSheets(execution.env, (used.user + used.system) / 1000);
    total += p.seconds;
    worst = Math.max(worst, p.seconds);
    calls += execution.env.calls.total ?? 0;
    read += execution.env.cells.read;
    written += execution.env.cells.written;
    executions++;
  }
  console.log(
    `Panel import of ${n(rows)} inquiry rows in ${n(batch)}-row batches: ${executions} executions, ${s(total)} projected in all, the slowest ${s(worst)}; ${n(calls)} calls; cells read ${n(read)}, written ${n(written)}`,
  );
}
