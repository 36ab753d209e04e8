import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { appsScriptOptions } from '../../src/tools/build';
import { tempDir } from '../fakes/temp-dir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const PROBE = `
import { createEngine } from './src/core/rules/engine';
const firedRules = (engine, facts) => engine.run(facts).then(({ results }) => results.map((r) => r.name));
export function probe() {
  const engine = createEngine([{
    name: 'courier',
    priority: 1,
    conditions: { all: [{ fact: 'text', operator: 'containsAny', value: ['快递'] }] },
    event: { type: 'category', params: { kind: 'review', category: 'courier' } },
  }]);
  return Promise.all([firedRules(engine, { text: '快递很快' }), firedRules(engine, { text: '好看' })]);
}
`;

describe('json-rules-engine bundled for Apps Script', () => {
  it('loads and runs in a bare context with only the timer shim', async () => {
    const outfile = join(tempDir('spiral-engine'), 'probe.js');
    const { entryPoints: _, ...options } = appsScriptOptions('', outfile);
    await build({ ...options, stdin: { contents: PROBE, resolveDir: ROOT, loader: 'ts' } });
    const source = await readFile(outfile, 'utf8');
    expect(source).not.toMatch(/require\(["']vm["']\)/);
    const context = vm.createContext({});
    expect(vm.runInContext('typeof setTimeout', context)).toBe('undefined');
    vm.runInContext(source, context);
    const fired = await (vm.runInContext('Spiral.probe()', context) as Promise<string[][]>);
    expect(fired).toEqual([['courier'], []]);
  }, 30_000);

  it('needs the shim: without it the bundle fails at load, as it would in Apps Script', async () => {
    const outfile = join(tempDir('spiral-engine'), 'bare.js');
    const { entryPoints: _, ...options } = appsScriptOptions('', outfile);
    await build({
      ...options,
      banner: { js: '' },
      stdin: { contents: PROBE, resolveDir: ROOT, loader: 'ts' },
    });
    const source = await readFile(outfile, 'utf8');
    expect(() => vm.runInContext(source, vm.createContext({}))).toThrow(/setTimeout is not defined/);
  }, 30_000);
});
