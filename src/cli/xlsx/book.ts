import { existsSync } from 'node:fs';
import { type RunContext, runLogged } from '../../core/automation';
import { say } from '../../core/messages';
import type { LockPort, WorkbookPort } from '../../ports';
import { cliLang } from '../cli-lang';
import { FileLock } from '../files/file-lock';
import { errorCode, fileReason } from '../files/file-reason';
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
    /** The command never saves (spiral report): in a read-only folder it runs without the lock. */
    readOnly?: boolean;
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
  const locked = takeLock(lock, path, options);
  try {
    if (locked)
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
    if (locked) lock.release();
  }
}

/** Reasons a folder refuses the lock file: a command that only reads goes on without it. */
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);

/**
 * Takes the workbook's lock, or says why not; false when a command that only reads goes on without
 * it in a read-only folder (saves are atomic, so it reads the old book or the new one, never half).
 */
function takeLock(
  lock: FileLock,
  path: string,
  options: { save?: unknown; readOnly?: boolean; waitMs?: number },
) {
  let taken: boolean;
  try {
    taken = lock.tryAcquire(options.waitMs ?? LOCK_WAIT_MS);
  } catch (error) {
    if (options.readOnly && READ_ONLY.has(errorCode(error) ?? '')) return false;
    const lang = cliLang();
    const reason = fileReason(error, lang) ?? (error instanceof Error ? error.message : String(error));
    throw new UsageError(say(lang, 'cli.lockFailed', { book: path, reason }));
  }
  if (!taken) throw new BookBusyError(path, lock.path, lock.holder());
  return true;
}

/** A use case run from the command line: logged in the Run log, its problems listed in Problems. */
export async function logged<T>(
  wb: WorkbookPort,
  lock: LockPort,
  work: (context: RunContext) => T | Promise<T>,
  now: () => Date = () => new Date(),
): Promise<T> {
  const run = await runLogged({ wb, clock: { now }, lock }, 'cli', work);
  return run.result as T;
}
