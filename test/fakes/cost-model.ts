/**
 * What a run would take in Sheets, projected from what it did to the fake. Google publishes quotas,
 * not latencies, so these constants are set here once and never tuned to make a figure look better:
 * 60 ms a SpreadsheetApp call, 2 µs a cell read, 6 µs a cell written, and the JavaScript time
 * measured in Node taken three times over (Apps Script's V8 runs on slower, shared machines).
 */
export const COST = {
  callMs: 60,
  readCellMs: 0.002,
  writtenCellMs: 0.006,
  jsFactor: 3,
} as const;

export interface SheetsWork {
  calls: Record<string, number>;
  cells: { read: number; written: number };
}

export interface Projection {
  /** The service's share: calls and cells, a count-based figure (deterministic). */
  serviceSeconds: number;
  /** The measured JavaScript time, times COST.jsFactor (0 when none was measured). */
  jsSeconds: number;
  seconds: number;
}

export function projectSheets(work: SheetsWork, jsMs = 0): Projection {
  const serviceMs =
    (work.calls.total ?? 0) * COST.callMs +
    work.cells.read * COST.readCellMs +
    work.cells.written * COST.writtenCellMs;
  const jsSeconds = (jsMs * COST.jsFactor) / 1000;
  return { serviceSeconds: serviceMs / 1000, jsSeconds, seconds: serviceMs / 1000 + jsSeconds };
}
