import { execFileSync } from 'node:child_process';
import type { Stats } from 'node:fs';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliLang } from '../../../src/cli/cli-lang';
import {
  type AtomicFs,
  FileWriteError,
  nodeAtomicFs,
  temporaryPathFor,
  writeFileAtomic,
} from '../../../src/cli/files/atomic-write';
import { say } from '../../../src/core/messages/catalogue';
import { tempDir } from '../../fakes/temp-dir';

const bytes = (text: string) => new TextEncoder().encode(text);

async function dirWithTarget(content: string) {
  const dir = tempDir('spiral-atomic');
  const target = join(dir, 'book.xlsx');
  await writeFile(target, content);
  return { dir, target };
}

describe('writeFileAtomic', () => {
  it('replaces the target and leaves no temporary file', async () => {
    const { dir, target } = await dirWithTarget('old');
    await writeFileAtomic(target, bytes('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['book.xlsx']);
  });

  it('creates a target that does not exist yet', async () => {
    const dir = tempDir('spiral-atomic');
    await writeFileAtomic(join(dir, 'fresh.xlsx'), bytes('first'));
    expect(await readFile(join(dir, 'fresh.xlsx'), 'utf8')).toBe('first');
  });

  it('keeps the permission bits of the file it replaces', async () => {
    const { target } = await dirWithTarget('old');
    await chmod(target, 0o640);
    await writeFileAtomic(target, bytes('new'));
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it('names the temporary file after the target, in the same directory', () => {
    const path = temporaryPathFor('/data/shop/book.xlsx');
    expect(path).toMatch(/^\/data\/shop\/\.book\.xlsx\.\d+\.[0-9a-f]{12}\.tmp$/);
    expect(temporaryPathFor('/data/shop/book.xlsx')).not.toBe(path);
  });

  it('leaves the original bytes and no temporary file when the rename fails', async () => {
    const { dir, target } = await dirWithTarget('original bytes');
    const failing: AtomicFs = {
      ...nodeAtomicFs,
      rename: async () => {
        throw new Error('EXDEV: simulated');
      },
    };
    await expect(writeFileAtomic(target, bytes('new'), failing)).rejects.toThrow(
      /book\.xlsx.*EXDEV.*not changed/,
    );
    expect(await readFile(target, 'utf8')).toBe('original bytes');
    expect(await readdir(dir)).toEqual(['book.xlsx']);
  });

  it('leaves the original bytes and no temporary file when writing fails half-way', async () => {
    const { dir, target } = await dirWithTarget('original bytes');
    const failing: AtomicFs = {
      ...nodeAtomicFs,
      writeFile: async (path, data) => {
        await writeFile(path, data.slice(0, 3));
        throw new Error('ENOSPC: simulated');
      },
    };
    await expect(writeFileAtomic(target, bytes('new content'), failing)).rejects.toThrow(/ENOSPC/);
    expect(await readFile(target, 'utf8')).toBe('original bytes');
    expect(await readdir(dir)).toEqual(['book.xlsx']);
  });

  it('keeps the system error code (ENOSPC) and says the reason in the catalogue sentence', async () => {
    const { target } = await dirWithTarget('original bytes');
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const failing: AtomicFs = { ...nodeAtomicFs, writeFile: () => Promise.reject(enospc) };
    const error = await writeFileAtomic(target, bytes('new'), failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error).toMatchObject({ code: 'ENOSPC', path: target });
    expect((error as Error).message).toBe(
      say(cliLang(), 'cli.couldNotSave', { path: target, reason: say(cliLang(), 'cli.file.ENOSPC') }),
    );
    expect(await readFile(target, 'utf8')).toBe('original bytes');
  });

  it('refuses a target that is not an ordinary file (a pipe, a folder) and leaves it as it was', async () => {
    const dir = tempDir('spiral-atomic');
    const pipe = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [pipe]);
    const folder = join(dir, 'folder.csv');
    await mkdir(folder);
    for (const [target, isKind] of [
      [pipe, (s: Stats) => s.isFIFO()],
      [folder, (s: Stats) => s.isDirectory()],
    ] as const) {
      const error = await writeFileAtomic(target, bytes('new')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileWriteError);
      expect((error as Error).message).toBe(
        say(cliLang(), 'cli.couldNotSave', { path: target, reason: say(cliLang(), 'cli.file.notRegular') }),
      );
      expect(isKind(await stat(target))).toBe(true);
    }
    expect((await readdir(dir)).sort()).toEqual(['folder.csv', 'pipe.csv']);
  });

  it('fails with the path when the directory does not exist', async () => {
    const dir = tempDir('spiral-atomic');
    const target = join(dir, 'missing', 'book.xlsx');
    await expect(writeFileAtomic(target, bytes('x'))).rejects.toThrow(target);
  });
});
