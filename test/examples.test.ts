/**
 * Every numbered example in examples/ runs, in order, as a person would run it after `npm ci`
 * (npx spiral over the built dist/cli.js), and does what its comment says.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../src/cli/xlsx/xlsx-workbook';
import { build } from '../src/tools/build';
import { tempDir } from './fakes/temp-dir';

const steps = readdirSync('examples')
  .filter((name) => /^\d\d-.*\.sh$/.test(name))
  .sort();
const out = tempDir('spiral-examples');
const printed = new Map<string, string>();

beforeAll(async () => {
  // The bundle npm test built is reused; a run of this file alone builds it.
  if (!existsSync('dist/cli.js')) await build();
}, 120_000);

describe('examples/', () => {
  it('holds numbered steps', () => {
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(steps[0]).toMatch(/^01-/);
  });

  it.each(steps)(
    '%s runs',
    (step) => {
      const text = execFileSync('bash', [join('examples', step)], {
        env: { ...process.env, OUT: out, SPIRAL_LANG: 'zh' },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 240_000,
      });
      printed.set(step, text);
    },
    300_000,
  );

  it('leave a workbook with the imported chats, matched, classified and summarised', async () => {
    expect(printed.get('02-import-orders-and-chats.sh')).toMatch(/询单记录：新增 \d+ 行/);
    const wb = await XlsxWorkbook.open(join(out, 'shop.xlsx'));
    expect(wb.hasSheet('周报 2026-W47')).toBe(true);
    expect(existsSync(join(out, 'report-2026-W47.html'))).toBe(true);
  });
});
