import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SentenceError, say } from '../../core/messages';
import { cliLang } from '../cli-lang';
import { errorCode, fileReason } from './file-reason';
import { followLinks } from './real-path';

/** The file operations an atomic write needs; tests inject failing ones. */
export interface AtomicFs {
  /** Writes a new file and flushes it to disk. */
  writeFile(path: string, data: Uint8Array, mode: number | undefined): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** An existing file's permission bits and whether it is an ordinary file; undefined when there is none. */
  existing(path: string): Promise<{ mode: number; regular: boolean } | undefined>;
}

/** A save that failed, the target left as it was; `code` is the system's (ENOSPC, EROFS, …) when it gave one. */
export class FileWriteError extends SentenceError {
  override name = 'FileWriteError';
  constructor(
    message: string,
    readonly path: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export const nodeAtomicFs: AtomicFs = {
  async writeFile(path, data, mode) {
    // 'wx': never reuse a file that happens to exist under the temporary name.
    const handle = await open(path, 'wx', mode ?? 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  async existing(path) {
    try {
      const found = await stat(path);
      return { mode: found.mode & 0o777, regular: found.isFile() };
    } catch {
      return undefined;
    }
  },
};

/** A temporary name beside the target, so the final rename stays on one file system. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Replaces `target` with `data` all at once: the bytes go to a temporary file beside it, which is
 * then renamed over the target (over the file a symbolic link points to, when `target` is one). On
 * any failure the temporary file is removed and the target is left exactly as it was.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  fs: AtomicFs = nodeAtomicFs,
): Promise<void> {
  // Renaming over a symbolic link would replace the link; the file it points to is replaced instead.
  const real = followLinks(target);
  const lang = cliLang();
  const existing = await fs.existing(real);
  // Renaming over /dev/full, a folder or a pipe would replace it with an ordinary file.
  if (existing && !existing.regular)
    throw new FileWriteError(
      say(lang, 'cli.couldNotSave', { path: target, reason: say(lang, 'cli.file.notRegular') }),
      target,
      undefined,
    );
  const temporary = temporaryPathFor(real);
  try {
    await fs.writeFile(temporary, data, existing?.mode);
    await fs.rename(temporary, real);
  } catch (error) {
    await fs.remove(temporary).catch(() => undefined);
    const reason = fileReason(error, lang) ?? (error instanceof Error ? error.message : String(error));
    throw new FileWriteError(
      say(lang, 'cli.couldNotSave', { path: target, reason }),
      target,
      errorCode(error),
    );
  }
}
