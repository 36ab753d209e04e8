/** The lint config keeps the core pure too: its rules for src/core fire on a planted file. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../fakes/temp-dir';

const ROOT = resolve(__dirname, '../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');

const PLANTED = `import { readFileSync } from 'node:fs';
import { join } from 'path';
import { cliLang } from '../../cli/cli-lang';
export const lang = process.env.SPIRAL_LANG;
export const book = SpreadsheetApp.getActive();
setTimeout(() => {}, 1);
export const used = [readFileSync, join, cliLang];
`;

/** Lints files in a copy of the project's lint config (without git, which the copy has none of). */
function lint(files: Record<string, string>): { path: string; rule: string; line: number }[] {
  const dir = tempDir('spiral-lint');
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
  writeFileSync(join(dir, 'biome.json'), JSON.stringify({ ...config, vcs: { enabled: false } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(BIOME, ['lint', '--reporter=json', '.'], { cwd: dir, encoding: 'utf8' });
  const report = JSON.parse(run.stdout) as {
    diagnostics: { category: string; location: { path: string; start?: { line: number } } }[];
  };
  return report.diagnostics
    .filter((d) => d.category.startsWith('lint/'))
    .map((d) => ({ path: d.location.path, rule: d.category, line: d.location.start?.line ?? 0 }));
}

describe('the lint rules for the core', () => {
  const found = lint({
    'src/core/stats/planted.ts': PLANTED,
    'src/cli/planted.ts': PLANTED,
    'src/core/stats/clean.ts': "import { rate } from './figures';\nexport const half = rate(1, 2);\n",
  });
  const inCore = found.filter((d) => d.path === 'src/core/stats/planted.ts');

  it('refuse Node modules, a shell, Node and Apps Script globals and timers in src/core', () => {
    const lines = (rule: string) => [...new Set(inCore.filter((d) => d.rule === rule).map((d) => d.line))];
    expect(lines('lint/correctness/noNodejsModules')).toEqual([1, 2]);
    expect(lines('lint/style/noRestrictedImports')).toEqual([3]);
    expect(lines('lint/style/noRestrictedGlobals')).toEqual([4, 5, 6]);
  });

  it('leave the shells and a clean core file alone', () => {
    const rules = ['noNodejsModules', 'noRestrictedImports', 'noRestrictedGlobals'];
    const strict = found.filter((d) => d.path !== 'src/core/stats/planted.ts');
    expect(strict.filter((d) => rules.some((rule) => d.rule.endsWith(rule)))).toEqual([]);
  });
});
