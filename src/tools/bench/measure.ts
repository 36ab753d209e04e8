/** Repeated timings: every figure is the median of several runs, printed with the fastest and slowest. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Times `f` `runs` times (after `setup`, which is not timed) and returns the median with min and max, in ms. */
export async function repeat<S>(
  runs: number,
  f: (state: S) => unknown,
  setup: () => S | Promise<S> = () => undefined as S,
): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const state = await setup();
    const start = performance.now();
    await f(state);
    times.push(performance.now() - start);
  }
  return timing(times);
}

export function timing(times: readonly number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** '123.4 ms (120.1–130.9, 5 runs)', or seconds from 10 s up. */
export function shown(t: Timing): string {
  const unit =
    t.median >= 10_000
      ? (ms: number) => `${(ms / 1000).toFixed(2)} s`
      : (ms: number) => `${ms.toFixed(1)} ms`;
  return `${unit(t.median)} (${unit(t.min)}–${unit(t.max)}, ${t.runs} runs)`;
}

/** Rows per second at the median time, and its range. */
export function rate(rows: number, t: Timing): string {
  const per = (ms: number) => Math.round((rows / ms) * 1000).toLocaleString('en-US');
  return `${per(t.median)} rows/s (${per(t.max)}–${per(t.min)})`;
}
