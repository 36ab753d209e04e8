/**
 * docs/commands.md and `spiral --help` agree: every command has a section, and each command's flags
 * in its `--help` (both languages) are the flags of its section's usage, and the other way round.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS, main } from '../../src/cli/spiral';
import { say } from '../../src/core/messages/catalogue';
import type { Lang } from '../../src/core/sheets/template';

afterEach(() => vi.restoreAllMocks());

async function helpOf(args: string[]): Promise<string> {
  const printed: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    await main(args);
    return printed.join('');
  } finally {
    vi.restoreAllMocks();
  }
}

const flags = (text: string) => [...new Set(text.match(/--[a-z][a-z-]*/g) ?? [])].sort();
const usageLines = (text: string) => text.split('\n').filter((line) => /^\s*(npx )?spiral [a-z]/.test(line));

const doc = readFileSync('docs/commands.md', 'utf8');
/** Each `## spiral <command>` section's text: its usage and what it says of the flags. */
const sections = new Map(
  doc
    .split(/^## /m)
    .slice(1)
    .flatMap((part): [string, string][] => {
      const name = /^spiral ([a-z-]+)/.exec(part)?.[1];
      return name ? [[name, part]] : [];
    }),
);

describe('docs/commands.md and --help', () => {
  it('list the same commands', async () => {
    expect([...sections.keys()].sort()).toEqual(Object.keys(COMMANDS).sort());
    for (const lang of ['zh', 'en'] as Lang[]) {
      const listed = usageLines(await helpOf(['--help', '--lang', lang])).map(
        (l) => /spiral ([a-z-]+)/.exec(l)![1],
      );
      expect(listed.sort()).toEqual(Object.keys(COMMANDS).sort());
    }
  });

  it.each(Object.keys(COMMANDS))('%s --help names exactly the options it declares', (command) => {
    const declared = Object.keys(COMMANDS[command]!.options).map((name) => `--${name}`);
    for (const lang of ['zh', 'en'] as Lang[])
      expect(flags(say(lang, COMMANDS[command]!.help)), lang).toEqual(declared.sort());
  });

  it.each(Object.keys(COMMANDS))('give %s the same flags', async (command) => {
    const documented = sections.get(command) ?? '';
    for (const lang of ['zh', 'en'] as Lang[]) {
      const help = await helpOf([command, '--help', '--lang', lang]);
      // Flags named in the help's sentences (--csv is the same as --file) count too.
      expect(flags(help), `${command} --help --lang ${lang}`).toEqual(
        flags(documented + (command === 'import' ? ' --csv' : '')),
      );
    }
  });
});

describe('the README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('fits its job: at most 200 lines, the two set-up commands first, every docs page linked', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(200);
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(
      firstBlock
        .split('\n')
        .map((l) => l.replace(/\s+#.*$/, '').trim())
        .filter(Boolean),
    ).toEqual(['npm ci && npm run demo', 'npm test']);
    expect(readme).toContain('](docs/commands.md)');
    for (const line of readme.split('\n').filter((l) => /^\s*spiral /.test(l)))
      expect(line).toMatch(/npx spiral/);
  });
});
