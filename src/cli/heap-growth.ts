/**
 * How far V8 lets the heap grow past what survived its last full collection. Left to itself it
 * allows up to four times (when collecting looks slow beside allocating, as while a command reads
 * and classifies a 300,000-row log): `run-due` on such a book peaked at 1.25 GB for 0.3–0.5 GB of
 * live data. At 1.75 times it peaked at 0.92–1.09 GB for about 5 % more time (`npm run bench`, xlsx-cli).
 * The factor is read at each collection, so setting it as the command starts takes effect; a
 * growth or heap flag the user gave node (on the command line or in NODE_OPTIONS) is left alone.
 */
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 75;

/** The V8 flag to set, or null when the user already chose how the heap grows. */
export function heapGrowthFlag(execArgv: readonly string[], nodeOptions: string | undefined): string | null {
  const chosen = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((arg) =>
    /^--(heap[-_]growing[-_]percent|max[-_]old[-_]space[-_]size|max[-_]heap[-_]size|optimize[-_]for[-_]size)\b/.test(
      arg,
    ),
  );
  return chosen ? null : `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
}

export function limitHeapGrowth(): void {
  const flag = heapGrowthFlag(process.execArgv, process.env.NODE_OPTIONS);
  if (flag) setFlagsFromString(flag);
}
