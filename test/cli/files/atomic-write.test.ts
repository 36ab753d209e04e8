import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AtomicFs,
  nodeAtomicFs,
  temporaryPathFor,
  writeFileAtomic,
} from '../../../src/cli/files/atomic-write';
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

  it('fails with the path when the directory does not exist', async () => {
    const dir = tempDir('spiral-atomic');
    const target = join(dir, 'missing', 'book.xlsx');
    await expect(writeFileAtomic(target, bytes('x'))).rejects.toThrow(target);
  });
});
