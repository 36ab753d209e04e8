import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE, sources } from './import-graph';

const SRC = resolve(CORE, '..');

/** Exports still waiting for their first caller: each named with the work that will call it. */
const AWAITING: Record<string, string> = {
  NUMBER_REFUSED: 'the refused-number table in docs/sheets.md, to be written from it',
  DATE_TABLE:
    'the date table in docs/sheets.md, to be written from it (test/cli/engine/date-sql.test.ts reads it)',
  DATE_REFUSED: 'the refused-date table in docs/sheets.md, to be written from it',
  readOrderClosures:
    'only test/cli/order-closures.test.ts calls it today: the monthly tab reads closures itself',
};

/** Names the core exports that no source file but their own declaration mentions. */
function uncalled(files: { path: string; text: string }[]): string[] {
  // A folder's index only re-exports: a name it lists still needs a caller of its own.
  const all = files
    .filter((f) => !f.path.endsWith('/index.ts'))
    .map((f) => f.text)
    .join('\n');
  return files
    .filter((f) => f.path.startsWith(CORE))
    .flatMap((f) =>
      [...f.text.matchAll(/^export (?:async )?(?:function\*?|const|let|class)\s+(\w+)/gm)].map((m) => ({
        name: m[1]!,
        file: relative(SRC, f.path),
      })),
    )
    .filter(({ name }) => (all.match(new RegExp(`\\b${name}\\b`, 'g')) ?? []).length === 1)
    .map(({ name, file }) => `${file}: ${name}`);
}

describe('the core keeps no dead code', () => {
  const files = sources(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('every function and value the core exports has a caller in src (tests are not callers)', () => {
    const dead = uncalled(files).filter((entry) => !(entry.split(': ')[1]! in AWAITING));
    expect(dead).toEqual([]);
  });

  it('each export awaiting a caller is still uncalled (else it leaves the list)', () => {
    const names = uncalled(files).map((entry) => entry.split(': ')[1]);
    expect(Object.keys(AWAITING).filter((name) => !names.includes(name))).toEqual([]);
  });

  it('the check finds a helper planted in the core that only a test would call', () => {
    const planted = [
      ...files,
      { path: resolve(CORE, 'stats/planted.ts'), text: 'export function plantedHelper() {}' },
    ];
    expect(uncalled(planted)).toContain('core/stats/planted.ts: plantedHelper');
  });
});
