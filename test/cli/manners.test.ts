import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS, HELP, main } from '../../src/cli/spiral';
import { say } from '../../src/core/messages/catalogue';
import { tempDir } from '../fakes/temp-dir';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => {
    out.push(String(c));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => {
    err.push(String(c));
    return true;
  });
  return { out: () => out.join(''), err: () => err.join('') };
}
afterEach(() => vi.restoreAllMocks());

describe('a CLI with manners', () => {
  it('every command has its own usage, in both languages', () => {
    expect(Object.keys(HELP).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it.each(Object.keys(HELP))('spiral %s --help prints that command’s usage and exits 0', async (name) => {
    const io = capture();
    expect(await main([name, '--help', '--lang', 'en'])).toBe(0);
    expect(io.out()).toBe(`${say('en', HELP[name]!)}\n`);
    expect(io.out()).toContain(`spiral ${name}`);
  });

  it('speaks Chinese when asked', async () => {
    const io = capture();
    expect(await main(['kpi', '--help', '--lang', 'zh'])).toBe(0);
    expect(io.out()).toContain('计算该月的客服考核与工资');
  });

  it('--version prints the package version', async () => {
    const io = capture();
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(await main(['--version'])).toBe(0);
    expect(io.out()).toBe(`spiral ${pkg.version}\n`);
  });

  it('spiral demo refuses to overwrite an existing file without --force, and leaves it as it was', async () => {
    const path = join(tempDir('spiral-manners'), 'mine.xlsx');
    writeFileSync(path, 'my own file');
    const io = capture();
    expect(await main(['demo', path, '--lang', 'en'])).toBe(1);
    expect(io.err()).toContain('already exists; add --force');
    expect(readFileSync(path, 'utf8')).toBe('my own file');
  });
});
