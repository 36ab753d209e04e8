import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { specifiers } from './import-graph';

const CORE = join(__dirname, '../../src/core');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** What the core may not touch: it runs the same in Sheets, in Node and in tests. */
const FORBIDDEN: [string, RegExp][] = [
  ['a Node module', /from ['"](node:|fs|path|os|child_process|crypto|util|url)['"/]/],
  // csv-parse's browser build is reached only through ingest/csv-parse.js, typed without Node.
  ['a package that is not part of the contract', /from ['"](?!\.|zod\/mini|json-rules-engine)[^'"]+['"]/],
  ['process', /\bprocess\./],
  ['Buffer', /\bBuffer\b/],
  ['require', /\brequire\(/],
  ['timers (Apps Script has none)', /\b(setTimeout|setInterval|setImmediate)\(/],
  [
    'an Apps Script service',
    /\b(SpreadsheetApp|ScriptApp|PropertiesService|LockService|HtmlService|Session|Utilities|Logger)\./,
  ],
  ['classic zod (the bundle takes zod/mini)', /from ['"]zod['"]/],
];

describe('the core is pure', () => {
  const files = sources(CORE);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(FORBIDDEN)('no file uses %s', (_what, pattern) => {
    const offenders = files.filter((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .some((line) => !line.trim().startsWith('*') && !line.trim().startsWith('//') && pattern.test(line)),
    );
    expect(offenders.map((f) => relative(CORE, f))).toEqual([]);
  });

  it('no file imports a shell (cli, gas, tools) by a relative path', () => {
    expect(files.flatMap((file) => shellImports(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('the shell check catches a planted relative import of the CLI', () => {
    const planted = join(CORE, 'classify/planted.ts');
    expect(shellImports(planted, "import { cliLang } from '../../cli/cli-lang';")).toEqual([
      'classify/planted.ts → ../../cli/cli-lang',
    ]);
    expect(shellImports(planted, "import type { Cell } from '../../ports';")).toEqual([]);
  });
});

/** Relative imports that leave src/core for anything but src/ports.ts. */
function shellImports(file: string, text: string): string[] {
  const ports = resolve(CORE, '../ports');
  return specifiers(text)
    .filter((spec) => spec.startsWith('.'))
    .filter((spec) => {
      const target = resolve(dirname(file), spec);
      return (
        relative(CORE, target).startsWith('..') &&
        target !== ports &&
        !/\/(rules|templates)\/[^/]+\.json$/.test(target)
      );
    })
    .map((spec) => `${relative(CORE, file)} → ${spec}`);
}
