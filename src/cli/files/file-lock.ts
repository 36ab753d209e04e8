import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { LockPort } from '../../ports';

/** Who holds a lock, as written in the lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
}

/** The file operations the lock needs; tests inject failing ones. */
export interface LockFs {
  /** Creates `path` exclusively ('wx') holding `data`, flushed. */
  writeNew(path: string, data: string): void;
  /** Hard-links `existing` as `path`; throws EEXIST when `path` exists (atomic on POSIX). */
  link(existing: string, path: string): void;
  remove(path: string): void;
  read(path: string): string;
  /** Age of the file's last change in ms, or undefined when it is gone. */
  ageMs(path: string): number | undefined;
  touch(path: string): void;
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

export const nodeLockFs: LockFs = {
  writeNew(path, data) {
    const fd = openSync(path, 'wx');
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
  },
  link: (existing, path) => linkSync(existing, path),
  remove(path) {
    try {
      unlinkSync(path);
    } catch (error) {
      if (code(error) !== 'ENOENT') throw error;
    }
  },
  read: (path) => readFileSync(path, 'utf8'),
  ageMs(path) {
    try {
      return Date.now() - statSync(path).mtimeMs;
    } catch {
      return undefined;
    }
  },
  touch(path) {
    const now = new Date();
    utimesSync(path, now, now);
  },
};

/** Whether a process with this id exists on this machine (EPERM: it exists, owned by someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return code(error) === 'EPERM';
  }
}

/** A lock not refreshed for this long is left from a crash, whoever wrote it. */
export const STALE_LOCK_MS = 10 * 60 * 1000;
/** A live holder touches its lock this often, so a long command never looks stale. */
export const REFRESH_MS = 60 * 1000;
/** Breaking a stale lock is itself guarded by a short-lived file; one older than this was abandoned. */
const BREAK_STALE_MS = 30 * 1000;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && Number.isInteger(value.pid) && typeof value.host === 'string') {
      return { pid: value.pid, host: value.host, since: String(value.since ?? '') };
    }
  } catch {
    // An older Spiral wrote only the process id; such a lock goes stale by age alone.
  }
  return null;
}

/**
 * The document lock of the CLI: a `.lock` file beside the workbook naming the process and host
 * that hold it. It is written completely under a temporary name and then linked into place, so
 * the lock file either does not exist or names its holder — a failed write leaves no lock. A lock
 * whose process is gone from this host is taken over at once; one from another host, or in an
 * older form, only once it has not been refreshed for STALE_LOCK_MS.
 */
export class FileLock implements LockPort {
  private held: string | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    readonly path: string,
    private readonly fs: LockFs = nodeLockFs,
    private readonly host: string = hostname(),
    private readonly pid: number = process.pid,
    private readonly alive: (pid: number) => boolean = processAlive,
  ) {}

  static beside(book: string): FileLock {
    return new FileLock(join(dirname(book), `.${basename(book)}.lock`));
  }

  tryAcquire(waitMs: number): boolean {
    const until = Date.now() + waitMs;
    const content = `${JSON.stringify({ pid: this.pid, host: this.host, since: new Date().toISOString() })}\n`;
    for (;;) {
      if (this.create(content)) {
        this.held = content;
        this.timer = setInterval(() => this.refresh(), REFRESH_MS);
        this.timer.unref?.();
        return true;
      }
      if (this.breakIfStale()) continue;
      if (Date.now() >= until) return false;
      sleep(100);
    }
  }

  /** Marks the lock as still in use; a no-op when this lock is not held (or was taken from us). */
  refresh(): void {
    if (this.held === null) return;
    try {
      if (this.fs.read(this.path) === this.held) this.fs.touch(this.path);
    } catch {
      // The lock file is gone or unreadable: nothing of ours to refresh.
    }
  }

  release(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.held === null) return;
    const mine = this.held;
    this.held = null;
    try {
      if (this.fs.read(this.path) === mine) this.fs.remove(this.path);
    } catch {
      // Already gone.
    }
  }

  /** Who holds the lock now, or null when it is free or unreadable. */
  holder(): LockHolder | null {
    try {
      return parseHolder(this.fs.read(this.path));
    } catch {
      return null;
    }
  }

  /** Creates the lock file holding `content`, or returns false when another lock exists. */
  private create(content: string): boolean {
    const temporary = `${this.path}.${this.pid}.${Date.now()}.tmp`;
    try {
      this.fs.writeNew(temporary, content);
      this.fs.link(temporary, this.path);
      return true;
    } catch (error) {
      if (code(error) === 'EEXIST') return false;
      throw error;
    } finally {
      // Best effort: on a read-only disk the clean-up fails too, and must not hide why the lock did.
      try {
        this.fs.remove(temporary);
      } catch {}
    }
  }

  private isStale(text: string): boolean {
    const holder = parseHolder(text);
    if (holder && holder.host === this.host && !this.alive(holder.pid)) return true;
    const age = this.fs.ageMs(this.path);
    return age !== undefined && age > STALE_LOCK_MS;
  }

  /** Removes a stale lock, guarded so two processes breaking it never remove each other's new lock. */
  private breakIfStale(): boolean {
    let text: string;
    try {
      text = this.fs.read(this.path);
    } catch (error) {
      return code(error) === 'ENOENT';
    }
    if (!this.isStale(text)) return false;
    const guard = `${this.path}.break`;
    try {
      this.fs.writeNew(guard, `${this.pid}\n`);
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error;
      if ((this.fs.ageMs(guard) ?? 0) > BREAK_STALE_MS) this.fs.remove(guard);
      return false;
    }
    try {
      // Under the guard, the lock must still be the stale one read above.
      if (this.fs.read(this.path) === text) this.fs.remove(this.path);
      return true;
    } catch (error) {
      return code(error) === 'ENOENT';
    } finally {
      this.fs.remove(guard);
    }
  }
}
