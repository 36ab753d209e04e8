import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FileLock } from '../../cli/files/file-lock';
import { removeLeftovers } from '../../cli/files/stale-temp-files';
import { XlsxWorkbook } from '../../cli/xlsx/xlsx-workbook';

/** What a kill-at-random-moments soak saw. */
export interface SoakReport {
  runs: number;
  /** The workbook on disk after the kill, by what it holds. */
  old: number;
  new: number;
  broken: number;
  /** Runs killed while holding the lock, and how many of those locks the next command took over at once. */
  locksLeft: number;
  locksTakenOver: number;
  /** Temporary files left by killed saves, and how many the next command removed. */
  temporaryLeft: number;
  temporaryRemoved: number;
  /** How long one uninterrupted run took (ms), the span the kill moments are drawn from. */
  fullRunMs: number;
  brokenDetails: string[];
}

/** A small seeded generator (mulberry32), so a soak can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The cells of every sheet, hashed: two saves of the same content differ in bytes (zip times), not in this. */
async function contentOf(path: string): Promise<string> {
  const wb = await XlsxWorkbook.open(path);
  const hash = createHash('sha256');
  for (const name of wb.sheetNames()) hash.update(JSON.stringify([name, wb.read(name)]));
  return hash.digest('hex');
}

function inquiriesCsv(rows: number): string {
  const lines = ['date,agent,customerId,stage,question,converted,amount'];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      `2026-11-${day},客服${i % 7},buyer-${i},售前,有优惠吗 ${i},${i % 3 === 0 ? '是' : '否'},${i % 3 === 0 ? 99.5 : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const temporaryFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

/**
 * Kills `spiral import` with SIGKILL at random moments, `runs` times, each time on a copy of the same
 * workbook, and says what was left on disk: the old workbook, the new one, or something broken.
 * Half the moments are drawn over the whole run, half over its last third, where the save is.
 */
export async function soak(options: {
  runs: number;
  seed: number;
  rows?: number;
  cli?: string;
}): Promise<SoakReport> {
  const cli = options.cli ?? resolve('dist/cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} not found: run "npm run build" first`);
  const next = random(options.seed);
  const dir = mkdtempSync(join(tmpdir(), 'spiral-soak-'));
  try {
    const book = join(dir, 'shop.xlsx');
    const pristine = join(dir, 'pristine.xlsx');
    const csv = join(dir, 'inquiries.csv');
    const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    if (run(['init', book]).status !== 0) throw new Error('spiral init failed');
    writeFileSync(csv, inquiriesCsv(options.rows ?? 2000));
    copyFileSync(book, pristine);
    const oldBytes = readFileSync(pristine);
    const oldContent = await contentOf(pristine);
    const started = Date.now();
    const full = run(['import', book, '--sheet', 'inquiries', '--csv', csv]);
    const fullRunMs = Date.now() - started;
    if (full.status !== 0) throw new Error(`spiral import failed: ${full.stderr}`);
    const newContent = await contentOf(book);
    const report: SoakReport = {
      runs: options.runs,
      old: 0,
      new: 0,
      broken: 0,
      locksLeft: 0,
      locksTakenOver: 0,
      temporaryLeft: 0,
      temporaryRemoved: 0,
      fullRunMs,
      brokenDetails: [],
    };
    for (let i = 0; i < options.runs; i++) {
      copyFileSync(pristine, book);
      const late = i % 2 === 1;
      const delay = Math.round(fullRunMs * (late ? 0.66 + next() * 0.4 : next() * 1.05));
      const child = spawn(process.execPath, [cli, 'import', book, '--sheet', 'inquiries', '--csv', csv], {
        stdio: 'ignore',
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      await new Promise<void>((done) => child.on('exit', () => done()));
      clearTimeout(timer);

      if (readFileSync(book).equals(oldBytes)) report.old++;
      else {
        const content = await contentOf(book).catch((error: Error) => `unreadable: ${error.message}`);
        if (content === newContent) report.new++;
        else if (content === oldContent) report.old++;
        else {
          report.broken++;
          report.brokenDetails.push(`run ${i + 1}, killed after ${delay} ms: ${content.slice(0, 200)}`);
        }
      }
      const lock = FileLock.beside(book);
      if (existsSync(lock.path)) {
        report.locksLeft++;
        if (lock.tryAcquire(0)) {
          report.locksTakenOver++;
          lock.release();
        }
      }
      const left = temporaryFiles(dir).length;
      report.temporaryLeft += left;
      report.temporaryRemoved += removeLeftovers(book).length;
      for (const name of temporaryFiles(dir)) rmSync(join(dir, name), { force: true });
    }
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
