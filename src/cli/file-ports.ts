import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LockPort, PropertiesPort } from '../ports';

/** A lock taken by another process longer ago than this is left from a crash. */
const STALE_LOCK_MS = 10 * 60 * 1000;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The document lock of the CLI: a `.lock` file beside the workbook, created exclusively. */
export class FileLock implements LockPort {
  private held = false;
  constructor(private readonly path: string) {}

  static beside(book: string): FileLock {
    return new FileLock(join(dirname(book), `.${basename(book)}.lock`));
  }

  tryAcquire(waitMs: number): boolean {
    const until = Date.now() + waitMs;
    for (;;) {
      try {
        closeSync(openSync(this.path, 'wx'));
        writeFileSync(this.path, `${process.pid}\n`);
        this.held = true;
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        if (this.isStale()) {
          unlinkSync(this.path);
          continue;
        }
      }
      if (Date.now() >= until) return false;
      sleep(100);
    }
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    if (existsSync(this.path)) unlinkSync(this.path);
  }

  private isStale(): boolean {
    try {
      return Date.now() - statSync(this.path).mtimeMs > STALE_LOCK_MS;
    } catch {
      return false;
    }
  }
}

/** The CLI's document properties: a small JSON file beside the workbook. */
export class FileProperties implements PropertiesPort {
  private readonly values: Record<string, string>;
  constructor(private readonly path: string) {
    this.values = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
  }

  static beside(book: string): FileProperties {
    return new FileProperties(join(dirname(book), `.${basename(book)}.spiral.json`));
  }

  get(key: string): string | null {
    return this.values[key] ?? null;
  }
  set(key: string, value: string): void {
    this.values[key] = value;
    this.flush();
  }
  remove(key: string): void {
    delete this.values[key];
    this.flush();
  }
  private flush(): void {
    writeFileSync(this.path, `${JSON.stringify(this.values, null, 2)}\n`);
  }
}
