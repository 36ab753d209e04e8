import { existsSync } from 'node:fs';
import { type RunContext, runLogged } from '../../core/automation/run';
import { say } from '../../core/messages/catalogue';
import type { LockPort, WorkbookPort } from '../../ports';
import { cliLang } from '../cli-lang';
import { FileLock } from '../files/file-lock';
import { followLinks } from '../files/real-path';
import { removeLeftovers } from '../files/stale-temp-files';
import { BookBusyError, UsageError } from '../usage-error';
import { StreamingXlsxWorkbook } from './stream/streaming-workbook';
import { XlsxWorkbook } from './xlsx-workbook';

/** How long a command waits for another one working on the same workbook. */
const LOCK_WAIT_MS = 10_000;

/** The lock a use case sees inside `withBook`, which already holds the file lock for the whole command. */
const HELD: LockPort = { tryAcquire: () => true, release: () => {} };

/**
 * Takes the workbook's file lock, opens it, runs the work, then saves it atomically: the file on
 * disk is either the old one or the finished new one, and two commands never interleave. With
 * `create`, a missing file starts as an empty book.
 */
export async function withBook<T>(
  path: string | undefined,
  options: {
    create?: boolean;
    save?: (result: T) => boolean;
    waitMs?: number;
    /** Runs once the workbook is saved, still under the lock: state that must follow the save. */
    afterSave?: (result: T) => Promise<void>;
  },
  work: (wb: WorkbookPort, lock: LockPort) => T | Promise<T>,
): Promise<T> {
  if (!path) throw new UsageError(say(cliLang(), 'commands.noBook'));
  if (!path.toLowerCase().endsWith('.xlsx'))
    throw new UsageError(say(cliLang(), 'commands.bookPath', { path }));
  // Through a symbolic link, the lock and the save belong to the file it points to.
  const real = followLinks(path);
  const lock = FileLock.beside(real);
  if (!lock.tryAcquire(options.waitMs ?? LOCK_WAIT_MS))
    throw new BookBusyError(path, lock.path, lock.holder());
  try {
    for (const name of removeLeftovers(real))
      process.stderr.write(`${say(cliLang(), 'cli.removedLeftover', { name })}\n`);
    // An existing book is streamed: only the sheets the command reads are parsed.
    let book: XlsxWorkbook | StreamingXlsxWorkbook;
    if (existsSync(real)) book = await StreamingXlsxWorkbook.open(real);
    else if (options.create) book = XlsxWorkbook.create();
    else throw new UsageError(say(cliLang(), 'commands.noSuchFile', { path }));
    lock.refresh();
    const result = await work(book, HELD);
    lock.refresh();
    if (options.save?.(result) ?? true) {
      await book.save(real);
      await options.afterSave?.(result);
    }
    return result;
  } finally {
    lock.release();
  }
}

/** A use case run from the command line: logged in the Run log, its problems listed in Problems. */
export async function logged<T>(
  wb: WorkbookPort,
  lock: LockPort,
  work: (context: RunContext) => T | Promise<T>,
): Promise<T> {
  const run = await runLogged({ wb, clock: { now: () => new Date() }, lock }, 'cli', work);
  return run.result as T;
}
