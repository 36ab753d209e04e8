/** Issue 8 item 7: a hostile rule file gets a named rule-check error (exit 2), never a crash. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { say } from '../../src/core/messages/catalogue';
import { tempDir } from '../fakes/temp-dir';

let dir: string;
let err: string[];

beforeEach(() => {
  dir = tempDir('spiral-rules');
  cpSync(join(__dirname, '../../rules'), dir, { recursive: true });
  err = [];
  vi.stubEnv('SPIRAL_LANG', 'en');
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const edit = (name: string, change: (text: string) => string) =>
  writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')));

describe('spiral rules check on hostile rule files', () => {
  it('names a byte-order mark', async () => {
    edit('pay.json', (text) => `\uFEFF${text}`);
    expect(await main(['rules', 'check', '--dir', dir])).toBe(2);
    expect(err.join('')).toBe(`pay.json: ${say('en', 'cli.ruleBom')}\n`);
  });

  it('names a number too large to be finite, with where it is', async () => {
    edit('pay.json', (text) => text.replace(/"regular": \d+/, '"regular": 1e999'));
    expect(await main(['rules', 'check', '--dir', dir])).toBe(2);
    expect(err.join('')).toContain('pay.json: ');
    expect(err.join('')).toContain('too large (it reads as infinity)');
    expect(err.join('')).toContain('basePay.regular');
  });

  it('names conditions nested too deep instead of overflowing the stack', async () => {
    const levels = 5000;
    const deep = `${'{"all":['.repeat(levels)}{"fact":"quality","operator":"equal","value":1}${']}'.repeat(levels)}`;
    edit('scorecard-after-sale.json', (text) => {
      const file = JSON.parse(text) as { rules: { conditions: unknown }[] };
      file.rules[0]!.conditions = 'DEEP';
      return JSON.stringify(file).replace('"DEEP"', deep);
    });
    expect(readFileSync(join(dir, 'scorecard-after-sale.json'), 'utf8')).toContain('{"all":[{"all":[');
    expect(await main(['rules', 'check', '--dir', dir])).toBe(2);
    const text = err.join('');
    expect(text.startsWith('scorecard-after-sale.json: nested too deep: $.rules[0].conditions')).toBe(true);
    expect(text).not.toContain('RangeError');
  });
});
