import { say } from '../core/messages';
import type { Lang } from '../core/sheets';
import { cliLang } from './cli-lang';
import type { LockHolder } from './files/file-lock';

/** A mistake in how the command was called or in the files it was given: exit 1, nothing written. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Another spiral command holds the workbook: exit 4, nothing written. The message names the lock file and how to clear it. */
export class BookBusyError extends Error {
  override name = 'BookBusyError';
  constructor(
    readonly book: string,
    readonly lockFile: string,
    readonly holder: LockHolder | null,
    lang: Lang = cliLang(),
  ) {
    super(
      holder
        ? say(lang, 'cli.busy', {
            book,
            lock: lockFile,
            pid: holder.pid,
            host: holder.host,
            since: holder.since,
          })
        : say(lang, 'cli.busyUnknown', { book, lock: lockFile }),
    );
  }
}
