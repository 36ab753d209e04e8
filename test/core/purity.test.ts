import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

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
  // csv-parse's browser build: the sidebar parses a chosen file in the page with the same code.
  [
    'a package that is not part of the contract',
    /from ['"](?!\.|zod\/mini|json-rules-engine|csv-parse\/browser\/esm\/sync['"])[^'"]+['"]/,
  ],
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
});
