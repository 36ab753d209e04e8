import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { say } from '../../core/messages/catalogue';
import { cliLang } from '../cli-lang';
import { followLinks } from './real-path';

/** The file operations an atomic write needs; tests inject failing ones. */
export interface AtomicFs {
  /** Writes a new file and flushes it to disk. */
  writeFile(path: string, data: Uint8Array, mode: number | undefined): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Permission bits of an existing file, undefined when there is none. */
  modeOf(path: string): Promise<number | undefined>;
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
  async modeOf(path) {
    try {
      return (await stat(path)).mode & 0o777;
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
  const temporary = temporaryPathFor(real);
  try {
    await fs.writeFile(temporary, data, await fs.modeOf(real));
    await fs.rename(temporary, real);
  } catch (error) {
    await fs.remove(temporary).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(say(cliLang(), 'cli.couldNotSave', { path: target, reason }));
  }
}
