/**
 * Repeated timings: every figure is the median of several runs, printed with the fastest and slowest.
 * Where a figure is held to a target, its CPU time (process.cpuUsage, user + system) is taken beside
 * the wall clock: on a machine shared with other work the wall clock of one run varies several times
 * over with the load, its CPU time far less (docs/apps-script.md, the cost model).
 */
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
  return (await repeatWithCpu(runs, f, setup)).wall;
}

/** Wall clock and CPU time of the same runs, in ms. */
export interface WallAndCpu {
  wall: Timing;
  cpu: Timing;
}

/** As `repeat`, with each run's CPU time (user + system of this process) beside its wall clock. */
export async function repeatWithCpu<S>(
  runs: number,
  f: (state: S) => unknown,
  setup: () => S | Promise<S> = () => undefined as S,
): Promise<WallAndCpu> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const state = await setup();
    const start = performance.now();
    const used = process.cpuUsage();
    await f(state);
    const { user, system } = process.cpuUsage(used);
    wall.push(performance.now() - start);
    cpu.push((user + system) / 1000);
  }
  return { wall: timing(wall), cpu: timing(cpu) };
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

/** '9760.0 ms (8891.3 ms–10037.6 ms, 3 runs); CPU 8120.4 ms (8011.0 ms–8300.2 ms)': wall clock, then CPU time. */
export function shownWithCpu(t: WallAndCpu): string {
  const cpu = shown(t.cpu);
  return `${shown(t.wall)}; CPU ${cpu.slice(0, cpu.lastIndexOf(','))})`;
}

/** 'load average 21.34, 19.61, 19.20 on 2 cores': what the wall clock of the runs that follow shared the machine with. */
export function loadAverage(averages: readonly number[], cores: number): string {
  return `load average ${averages.map((x) => x.toFixed(2)).join(', ')} on ${cores} cores`;
}

/** 'met' or 'MISSED', as every target line prints it. */
export const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');

/** Rows per second at the median time, and its range. */
export function rate(rows: number, t: Timing): string {
  const per = (ms: number) => Math.round((rows / ms) * 1000).toLocaleString('en-US');
  return `${per(t.median)} rows/s (${per(t.max)}–${per(t.min)})`;
}
