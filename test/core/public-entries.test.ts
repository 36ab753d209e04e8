/** The shells (cli, gas, tools) reach the core only through each folder's public entry, its index.ts. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE, sources, specifiers } from './import-graph';

const SRC = resolve(CORE, '..');
const SHELLS = ['cli', 'gas', 'tools'].map((shell) => join(SRC, shell));

/** Imports of a shell file that reach past a core folder's index into one of its files. */
function deepImports(file: string, text: string): string[] {
  return specifiers(text)
    .filter((spec) => spec.startsWith('.'))
    .filter((spec) => {
      const rel = relative(CORE, resolve(dirname(file), spec));
      return !rel.startsWith('..') && rel.split('/').length !== 1;
    })
    .map((spec) => `${relative(SRC, file)} → ${spec}`);
}

describe('the shells import the core through its public entries', () => {
  const files = SHELLS.flatMap((shell) => sources(shell));

  it('has shell files that import the core', () => {
    expect(files.filter((file) => readFileSync(file, 'utf8').includes('/core')).length).toBeGreaterThan(50);
  });

  it('no shell file imports a file inside a core folder', () => {
    expect(files.flatMap((file) => deepImports(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('every core folder a shell imports has an index.ts', () => {
    const folders = new Set(
      files.flatMap((file) =>
        specifiers(readFileSync(file, 'utf8'))
          .filter((spec) => spec.startsWith('.'))
          .map((spec) => relative(CORE, resolve(dirname(file), spec)))
          .filter((rel) => !rel.startsWith('..') && rel !== ''),
      ),
    );
    expect(folders.size).toBeGreaterThan(10);
    expect([...folders].filter((folder) => !existsSync(join(CORE, folder, 'index.ts')))).toEqual([]);
  });

  it('the check catches a planted deep import and lets an entry through', () => {
    const planted = join(SRC, 'cli/commands/planted.ts');
    expect(deepImports(planted, "import { readScorecard } from '../../core/sheets/tables';")).toEqual([
      'cli/commands/planted.ts → ../../core/sheets/tables',
    ]);
    expect(deepImports(planted, "import { readScorecard } from '../../core/sheets';")).toEqual([]);
  });
});
