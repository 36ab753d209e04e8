/**
 * Benchmark (issue 13 item 1): the built `spiral` command on .xlsx workbooks of 100,000 and
 * 300,000 inquiries (half as many reviews), beside the floor — a script that only streams the same
 * workbook with exceljs's streaming reader and computes one month's conversion. Every figure is a
 * child process (node dist/cli.js …) on a fresh copy of the same generated file, timed with its
 * peak RSS by /usr/bin/time. Each figure is the median of several rounds (floor, summary, classify,
 * run-due, then again), so a burst of load on the machine lands on every figure alike; the ratios
 * compare medians. The targets are printed beside the figures, met or not, by wall clock and by
 * CPU time (user + system of the child, from /usr/bin/time): on a shared machine the wall clock
 * measures the other work too (measure.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCjkFont, subsetFont } from '../../cli/charts/chart-font';
import { loadAverage, type Timing, timing, verdict } from './measure';
import { fillBenchBook } from './xlsx-book';

const CLI = resolve('dist/cli.js');
const FLOOR = fileURLToPath(new URL('./xlsx-floor.mjs', import.meta.url));
const MONTH = '2026-11';
// The bench data covers 2026; on 2026-12-02 every look-back week and month is closed and due.
const NOW = '2026-12-02T01:00:00Z';
// SPIRAL_BENCH_XLSX_SIZES=20000,60000 runs smaller books (a quick look while working).
const SIZES = (process.env.SPIRAL_BENCH_XLSX_SIZES ?? '100000,300000').split(',').map(Number);
const TARGET = { summary: 2, classify: 4, 'run-due': 4 } as const;
const GROWTH_TARGET = 3.3;
const RSS_TARGET_MIB = 1024;
// SPIRAL_BENCH_XLSX_ROUNDS=1 for a quick look; three rounds by default.
const ROUNDS = Math.max(1, Number(process.env.SPIRAL_BENCH_XLSX_ROUNDS ?? 3));
const NAMES = ['floor', 'summary', 'classify', 'run-due'] as const;

interface Run {
  seconds: number;
  cpuSeconds: number;
  rssMiB: number;
}

/** A figure over the rounds: median wall and CPU time with their ranges (in seconds), and the highest peak RSS. */
interface Figure {
  seconds: number;
  time: Timing;
  cpu: Timing;
  rssMiB: number;
}

const figure = (runs: readonly Run[]): Figure => {
  const time = timing(runs.map((r) => r.seconds));
  const cpu = timing(runs.map((r) => r.cpuSeconds));
  return { seconds: time.median, time, cpu, rssMiB: Math.max(...runs.map((r) => r.rssMiB)) };
};

/** Runs one child under /usr/bin/time: wall seconds, CPU seconds (user + system) and peak resident memory. */
function timed(args: string[]): Run {
  const result = spawnSync('/usr/bin/time', ['-f', 'SPIRAL-BENCH %e %U %S %M', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const line = /SPIRAL-BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !line)
    throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  return {
    seconds: Number(line[1]),
    cpuSeconds: Number(line[2]) + Number(line[3]),
    rssMiB: Number(line[4]) / 1024,
  };
}

/**
 * How this install draws chart text: with the machine's CJK font cut by HarfBuzz (chart-font.ts), or
 * — no CJK font found, or harfbuzzjs missing from node_modules — with every system font, which draws
 * the same pictures ≈ 4 s slower over a run-due's 88 charts. Printed so a figure says which it timed.
 */
function chartText(): string {
  const file = findCjkFont();
  if (file === null) return 'every system font (no known CJK font found: slower)';
  try {
    subsetFont(readFileSync(file), ['汉'.codePointAt(0)!]);
    return `${file}, cut by HarfBuzz`;
  } catch (error) {
    return `every system font (slower): ${file} could not be cut — ${(error as Error).message}`;
  }
}

const fmt = (f: Figure) =>
  `${f.seconds.toFixed(1).padStart(6)} s (${f.time.min.toFixed(1)}–${f.time.max.toFixed(1)}), CPU ${f.cpu.median.toFixed(1).padStart(6)} s (${f.cpu.min.toFixed(1)}–${f.cpu.max.toFixed(1)}) ${f.rssMiB.toFixed(0).padStart(5)} MiB`;

export async function benchXlsxCli(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} not found: npm run bench builds it first`);
  const dir = mkdtempSync(join(tmpdir(), 'spiral-bench-xlsx-'));
  const results = new Map<number, Record<string, Figure>>();
  try {
    console.log(
      `spiral on .xlsx — the built CLI (node dist/cli.js) beside the floor, median of ${ROUNDS} rounds (min–max), highest peak RSS, same file per size`,
    );
    console.log(
      "  floor: stream the workbook with exceljs WorkbookReader, count one month's pre-sale conversion",
    );
    console.log(`  chart text: ${chartText()}`);
    console.log(`  (${loadAverage(loadavg(), availableParallelism())} when it started)`);
    for (const n of SIZES) {
      const book = join(dir, `book-${n}.xlsx`);
      execFileSync(process.execPath, [CLI, 'init', book, '--lang', 'zh'], { stdio: 'ignore' });
      await fillBenchBook(book, n);
      const mib = (statSync(book).size / 1024 / 1024).toFixed(1);
      console.log(
        `  ${n.toLocaleString('en-US')} inquiries + ${(n / 2).toLocaleString('en-US')} reviews (${mib} MiB .xlsx):`,
      );
      const copy = () => {
        const path = join(dir, `run-${n}.xlsx`);
        copyFileSync(book, path);
        return path;
      };
      const runs = new Map<string, Run[]>(NAMES.map((name) => [name, []]));
      for (let round = 0; round < ROUNDS; round++) {
        runs.get('floor')!.push(timed([FLOOR, book, MONTH]));
        runs.get('summary')!.push(timed([CLI, 'summary', copy(), '--month', MONTH]));
        runs.get('classify')!.push(timed([CLI, 'classify', copy()]));
        runs.get('run-due')!.push(timed([CLI, 'run-due', copy(), '--now', NOW]));
      }
      const figures: Record<string, Figure> = {};
      for (const [name, list] of runs) figures[name] = figure(list);
      results.set(n, figures);
      const floor = figures.floor!;
      console.log(`    floor               ${fmt(floor)}`);
      for (const name of ['summary', 'classify', 'run-due'] as const) {
        const f = figures[name]!;
        const ratio = f.seconds / floor.seconds;
        const cpuRatio = f.cpu.median / floor.cpu.median;
        console.log(
          `    ${`spiral ${name}`.padEnd(19)} ${fmt(f)}  ${ratio.toFixed(2)}× floor by wall, ${cpuRatio.toFixed(2)}× by CPU (target ≤ ${TARGET[name]}×: ${verdict(ratio <= TARGET[name])} by wall, ${verdict(cpuRatio <= TARGET[name])} by CPU)`,
        );
      }
      rmSync(book, { force: true });
    }
    // Growth and the memory target compare the first size with the last (100k and 300k by default).
    const small = results.get(SIZES[0]!)!;
    const big = results.get(SIZES[SIZES.length - 1]!)!;
    if (SIZES.length > 1) {
      console.log(
        `  growth ${SIZES[SIZES.length - 1]} / ${SIZES[0]} rows (target ≤ ${GROWTH_TARGET} for 3× the rows):`,
      );
      for (const name of NAMES) {
        const growth = big[name]!.seconds / small[name]!.seconds;
        const cpuGrowth = big[name]!.cpu.median / small[name]!.cpu.median;
        // The floor is the reference the commands are held to, not a figure with a target of its own.
        const judged =
          name === 'floor'
            ? 'reference'
            : `${verdict(growth <= GROWTH_TARGET)} by wall, ${verdict(cpuGrowth <= GROWTH_TARGET)} by CPU`;
        console.log(
          `    ${name.padEnd(19)} ${growth.toFixed(2)} by wall, ${cpuGrowth.toFixed(2)} by CPU (${judged})`,
        );
      }
    }
    const peak = Math.max(...['summary', 'classify', 'run-due'].map((name) => big[name]!.rssMiB));
    const largest = SIZES[SIZES.length - 1]!.toLocaleString('en-US');
    console.log(
      `  peak RSS at ${largest}: ${peak.toFixed(0)} MiB (target ≤ ${RSS_TARGET_MIB} MiB at 300,000: ${verdict(peak <= RSS_TARGET_MIB)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
