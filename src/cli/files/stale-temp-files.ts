import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processAlive, STALE_LOCK_MS } from './file-lock';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes the temporary files a killed spiral run left beside `book` (`.<book>.<pid>.<hex>.tmp`
 * from a save, `.<book>.lock.<pid>.<n>.tmp` from taking the lock, and the same for any
 * `.<book>.<name>` file saved atomically). Called while holding the workbook's lock, so no live
 * command of this workbook is writing one — except one still waiting for the lock, whose process is
 * alive: a file is removed only when its process is gone or it is older than a stale lock.
 * Returns the names removed.
 */
export function removeLeftovers(book: string): string[] {
  const folder = dirname(book);
  const pattern = new RegExp(
    `^\\.${escapeRegExp(basename(book))}(?:\\.[\\w.-]+?)?\\.(\\d+)\\.[0-9a-f]+\\.tmp$`,
  );
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const path = join(folder, name);
    try {
      const old = Date.now() - statSync(path).mtimeMs > STALE_LOCK_MS;
      if (Number(match[1]) === process.pid || (processAlive(Number(match[1])) && !old)) continue;
      unlinkSync(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
