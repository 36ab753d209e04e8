/**
 * The daily trigger as Sheets runs it: dist/Code.js loaded in a bare node:vm context over the
 * SpreadsheetApp fake (as test/gas/bundle-*.ts do), automation turned on from the menu, then
 * `runDueTrigger` in a trigger execution — timed, with the service calls, the reads per sheet and
 * the cells moved.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SheetRead } from '../../../test/fakes/fake-env';
import { createGasFakes } from '../../../test/fakes/gas-services';
import { loadBundle } from '../../../test/gas/bundle-harness';
import { installTemplates } from '../../core/setup';
import { sheetName } from '../../core/sheets';
import { parseSummaryTabName } from '../../core/summary';
import { GasWorkbook } from '../../gas/gas-workbook';
import type { Cell } from '../../ports';

/** dist/Code.js, as `npm run bench` built it (runBuilt passes the folder). */
export function codeJs(): string {
  const dist = process.env.SPIRAL_DIST;
  if (!dist) throw new Error('SPIRAL_DIST is not set: run the section through npm run bench');
  return join(dist, 'Code.js');
}

export interface TriggerRun {
  /** Wall-clock milliseconds of the trigger execution (grows with the machine's load). */
  ms: number;
  /**
   * CPU milliseconds this process spent in the trigger execution (user + system, process.cpuUsage):
   * the JavaScript time the cost model multiplies, steadier than the wall clock on a shared machine.
   */
  cpuMs: number;
  calls: Record<string, number>;
  reads: SheetRead[];
  cells: { read: number; written: number };
  /** The Run log line the trigger wrote. */
  actions: string;
  /** Summary tabs the run wrote (found by name: the Run log's words follow the workbook's language). */
  tabs: number;
}

/** A set-up spreadsheet holding `sheets`, automation on, and one trigger run at `now`. */
export async function triggerRun(
  sheets: Record<string, Cell[][]>,
  now: string,
  code: string = codeJs(),
): Promise<TriggerRun> {
  const fakes = createGasFakes({ container: 'active', timeZone: 'Asia/Shanghai' });
  fakes.clock.time = Date.parse(now) - 3_600_000;
  const wb = new GasWorkbook(fakes.spreadsheet, fakes.SpreadsheetApp);
  for (const [name, grid] of Object.entries(sheets)) {
    if (!wb.hasSheet(name)) wb.addSheet(name);
    wb.write(name, 1, 1, grid);
  }
  installTemplates(wb);
  await loadBundle(fakes, code).call('turnOnAutomation');
  const before = new Set(fakes.spreadsheet.names());
  const trigger = fakes.nextExecution({ container: 'trigger', timeZone: 'Asia/Shanghai' });
  trigger.clock.time = Date.parse(now);
  const bundle = loadBundle(trigger, code);
  trigger.resetCalls();
  const start = performance.now();
  const cpu = process.cpuUsage();
  await bundle.call('runDueTrigger');
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - start;
  const cpuMs = (used.user + used.system) / 1000;
  const { env } = trigger;
  const result = { ms, cpuMs, calls: { ...env.calls }, reads: [...env.reads], cells: { ...env.cells } };
  const log = wb.read(sheetName('runLog', 'zh'));
  const added = fakes.spreadsheet
    .names()
    .filter((name) => !before.has(name) && parseSummaryTabName(name) !== null).length;
  return { ...result, tabs: added, actions: String(log[log.length - 1]?.[2] ?? '') };
}
