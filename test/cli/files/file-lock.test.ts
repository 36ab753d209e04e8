/** Issue 8 item 4: locks that recover. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileLock, REFRESH_MS, STALE_LOCK_MS } from '../../../src/cli/files/file-lock';
import { main } from '../../../src/cli/spiral';
import { BookBusyError } from '../../../src/cli/usage-error';
import { withBook } from '../../../src/cli/xlsx/book';
import { tempDir } from '../../fakes/temp-dir';

const faults = vi.hoisted(() => ({ failLockWrite: false }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const full = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  return {
    ...fs,
    // The disk fills up just as a command writes its lock.
    writeSync: (...args: Parameters<typeof fs.writeSync>) => {
      if (faults.failLockWrite) throw full();
      return fs.writeSync(...args);
    },
    writeFileSync: (...args: Parameters<typeof fs.writeFileSync>) => {
      if (faults.failLockWrite && String(args[0]).includes('.lock')) throw full();
      return fs.writeFileSync(...args);
    },
  };
});

let dir: string;
let book: string;
let lockFile: string;
let err: string[];

beforeEach(async () => {
  dir = tempDir('spiral-lock');
  book = join(dir, 'shop.xlsx');
  lockFile = join(dir, '.shop.xlsx.lock');
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  expect(await main(['init', book])).toBe(0);
});
afterEach(() => {
  faults.failLockWrite = false;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The id of a process that has just ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
const writeLock = (holder: object) => writeFileSync(lockFile, `${JSON.stringify(holder)}\n`);

describe('the workbook lock', () => {
  it('records the process and host that hold it', async () => {
    await withBook(book, { save: () => false }, () => {
      const holder = JSON.parse(readFileSync(lockFile, 'utf8'));
      expect(holder).toMatchObject({ pid: process.pid, host: hostname() });
      expect(Number.isNaN(Date.parse(holder.since))).toBe(false);
    });
    expect(existsSync(lockFile)).toBe(false);
  });

  it('is taken over at once when the process holding it no longer exists on this host', async () => {
    writeLock({ pid: deadPid(), host: hostname(), since: new Date().toISOString() });
    const started = Date.now();
    expect(await main(['classify', book])).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(existsSync(lockFile)).toBe(false);
  });

  it('is not taken from a live process, nor from another host until it goes stale', async () => {
    writeLock({ pid: process.ppid, host: hostname(), since: '2026-11-30T01:00:00.000Z' });
    await expect(withBook(book, { waitMs: 200 }, () => undefined)).rejects.toBeInstanceOf(BookBusyError);
    writeLock({ pid: deadPid(), host: 'another-machine', since: '2026-11-30T01:00:00.000Z' });
    await expect(withBook(book, { waitMs: 200 }, () => undefined)).rejects.toBeInstanceOf(BookBusyError);
    const old = new Date(Date.now() - STALE_LOCK_MS - 60_000);
    utimesSync(lockFile, old, old);
    await expect(withBook(book, { waitMs: 200, save: () => false }, () => 'ran')).resolves.toBe('ran');
  });

  it('says who holds it, names the lock file and how to clear it', async () => {
    writeLock({ pid: process.ppid, host: 'shop-pc', since: '2026-11-30T01:00:00.000Z' });
    const error = await withBook(book, { waitMs: 100 }, () => undefined).catch((e: Error) => e);
    expect(error).toBeInstanceOf(BookBusyError);
    const text = (error as Error).message;
    expect(text).toContain(lockFile);
    expect(text).toContain(String(process.ppid));
    expect(text).toContain('shop-pc');
    expect(text).toMatch(/delete that lock file|删除这个锁文件/);
  });

  it('is refreshed while a long command runs, so it never looks stale to others', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const lock = FileLock.beside(book);
    expect(lock.tryAcquire(0)).toBe(true);
    const old = new Date(Date.now() - STALE_LOCK_MS + 1000);
    utimesSync(lockFile, old, old);
    vi.advanceTimersByTime(REFRESH_MS);
    expect(Date.now() - statSync(lockFile).mtimeMs).toBeLessThan(5000);
    lock.release();

    // withBook refreshes it again once the work is done, before saving.
    await withBook(
      book,
      {
        save: () => {
          expect(Date.now() - statSync(lockFile).mtimeMs).toBeLessThan(5000);
          return false;
        },
      },
      () => {
        const long = new Date(Date.now() - STALE_LOCK_MS * 2);
        utimesSync(lockFile, long, long);
      },
    );
  });

  it('a failed lock write leaves no lock behind, and the next command runs', async () => {
    faults.failLockWrite = true;
    expect(await main(['classify', book])).toBe(1);
    faults.failLockWrite = false;
    expect(err.join('')).toContain('the disk is full');
    expect(existsSync(lockFile)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('.lock'))).toEqual([]);
    expect(await main(['classify', book])).toBe(0);
  });
});
