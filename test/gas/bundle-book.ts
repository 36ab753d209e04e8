/**
 * A set-up Spiral workbook in the SpreadsheetApp fake, driven through the built bundle: executions
 * (menu clicks, trigger runs) at simulated times, rows typed in by the team, the Run log read back.
 */
import { asTextRows } from '../../src/cli/commands/demo';
import { importRows } from '../../src/core/ingest/import-rows';
import { type SheetKey, sheetName } from '../../src/core/sheets/template';
import { GasWorkbook } from '../../src/gas/gas-workbook';
import type { Cell } from '../../src/ports';
import { createGasFakes, type GasFakeOptions, type GasFakes } from '../fakes/gas-services';
import { type LoadedBundle, loadBundle } from './bundle-harness';

export interface Execution {
  fakes: GasFakes;
  bundle: LoadedBundle;
}

export interface Book {
  /** The first execution: the menu click that set the sheets up. */
  first: GasFakes;
  /** A new execution of the bundle at a simulated instant: a menu click ('active') or a trigger run. */
  execution(container: 'active' | 'trigger', at?: string): Execution;
  /** Calls a handler in a new execution, as Apps Script would, and waits for it. */
  run(handler: string, container: 'active' | 'trigger', at?: string): Promise<Execution>;
  setSetting(key: string, value: Cell): void;
  append(key: SheetKey, records: readonly object[]): number;
  runLog(): Cell[][];
  summaryTabs(): string[];
  wb: GasWorkbook;
}

/** A new workbook set up in Chinese through the bundle's own setUpSheets handler. */
export async function setUpBook(options: GasFakeOptions = {}, at?: string): Promise<Book> {
  const first = createGasFakes(options);
  if (at) first.clock.time = Date.parse(at);
  await loadBundle(first).call('setUpSheets');
  const fakeWb = new GasWorkbook(first.spreadsheet, first.SpreadsheetApp);
  const wb = inTestRealm(first, fakeWb);
  const execution = (container: 'active' | 'trigger', at?: string): Execution => {
    const fakes = first.nextExecution({ container, timeZone: options.timeZone });
    if (at) fakes.clock.time = Date.parse(at);
    return { fakes, bundle: loadBundle(fakes) };
  };
  return {
    first,
    wb,
    execution,
    run: async (handler, container, at) => {
      const run = execution(container, at);
      await run.bundle.call(handler);
      return run;
    },
    setSetting: (key, value) => {
      const settings = wb.read(sheetName('settings', 'zh'));
      const row = settings.findIndex((line) => line[0] === key) + 1;
      if (row < 1) throw new Error(`no setting ${key}`);
      wb.write(sheetName('settings', 'zh'), row, 2, [[value]]);
    },
    append: (key, records) => {
      if (records.length === 0) return 0;
      const { header, rows } = asTextRows(records);
      const result = importRows(wb, key, header, rows);
      if (result.rejected.length > 0) throw new Error(`rows rejected: ${JSON.stringify(result.rejected)}`);
      return result.appended;
    },
    runLog: () => wb.read(sheetName('runLog', 'zh')).slice(1),
    summaryTabs: () => first.spreadsheet.names().filter((name) => /^(周报|月报) /.test(name)),
  };
}

/**
 * The workbook as this test's own code sees it: Dates read from the fake are made in this realm
 * while it reads (a loaded bundle points the fake at its own Date), so core code here can use them.
 */
function inTestRealm(fakes: GasFakes, wb: GasWorkbook): GasWorkbook {
  const local = <T>(work: () => T): T => {
    const bundleDate = fakes.env.makeDate;
    fakes.env.makeDate = (epochMs) => new Date(epochMs);
    try {
      return work();
    } finally {
      fakes.env.makeDate = bundleDate;
    }
  };
  return new Proxy(wb, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function'
        ? (...args: unknown[]) => local(() => value.apply(target, args))
        : value;
    },
  });
}

/** Run log columns: when, how started, what it did, seconds, outcome, error. */
export const LOG = { when: 0, trigger: 1, actions: 2, seconds: 3, outcome: 4, error: 5 } as const;
