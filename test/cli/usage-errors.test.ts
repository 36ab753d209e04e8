/**
 * Issue 24 item 3: a mistake in how a command is called (an unknown command, an option the command
 * does not declare, a value missing or given to a switch, a bad value, an argument too many) is one
 * catalogue sentence in the command line's language, exit 1, never node's English nor a stack.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionSpec } from '../../src/cli/command';
import { COMMANDS, main } from '../../src/cli/spiral';
import { CATALOGUE, type MessageKey, say } from '../../src/core/messages/catalogue';
import type { Lang } from '../../src/core/sheets/template';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  try {
    return { code: await main(args), out: out.join(''), err: err.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A catalogue sentence of one language, its {parameters} standing for any text. */
const sentence = (key: MessageKey, lang: Lang) =>
  new RegExp(`^${escapeRegExp(CATALOGUE[key][lang]).replace(/\\\{\w+\\\}/g, '.*?')}$`);

const CASES: [string, string[], MessageKey][] = [
  ['an unknown option', ['kpi', 'shop.xlsx', '--month', '2026-11', '--foo'], 'cli.unknownOption'],
  ['an option of another command', ['classify', 'shop.xlsx', '--month', '2026-11'], 'cli.unknownOption'],
  ['an unknown short flag, no command', ['-x'], 'cli.unknownOption'],
  ['a value missing at the end', ['kpi', 'shop.xlsx', '--month'], 'cli.missingValue'],
  ['a value missing before a flag', ['kpi', 'shop.xlsx', '--month', '--json'], 'cli.missingValue'],
  [
    'a value given to a switch',
    ['kpi', 'shop.xlsx', '--month', '2026-11', '--json=yes'],
    'cli.switchTakesNoValue',
  ],
  ['an argument too many', ['classify', 'a.xlsx', 'b.xlsx'], 'cli.extraArgument'],
  ['a bad month', ['kpi', 'shop.xlsx', '--month', '2026-13'], 'commands.kpi.month'],
  ['a bad --lang for init', ['init', 'shop.xlsx', '--lang', 'fr'], 'commands.init.badLang'],
  ['a bad dialect', ['sql', '--dialect', 'oracle'], 'engine.unknownDialect'],
  ['a bad sheet', ['import', 'shop.xlsx', '--sheet', 'nosuch', '--file', 'x.csv'], 'commands.import.sheet'],
];

describe.each(['zh', 'en'] as Lang[])('usage errors with SPIRAL_LANG=%s', (lang) => {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';

  it.each(CASES)('%s: one sentence in that language, exit 1', async (_, args, key) => {
    vi.stubEnv('LC_ALL', '');
    vi.stubEnv('LC_MESSAGES', '');
    vi.stubEnv('LANG', other === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8');
    vi.stubEnv('SPIRAL_LANG', lang);
    const { code, out, err } = await run(args);
    expect(code).toBe(1);
    expect(out).toBe('');
    const lines = err.split('\n').filter((l) => l !== '');
    expect(lines, err).toHaveLength(1);
    const [prefix, text] = /^(spiral(?: [a-z-]+)?): (.*)$/.exec(lines[0]!)!.slice(1);
    expect(prefix).toBe(args[0]!.startsWith('-') ? 'spiral' : `spiral ${args[0]}`);
    expect(text).toMatch(sentence(key, lang));
    expect(text).not.toMatch(sentence(key, other));
  });

  it('an unknown command: its sentence, then the list of commands', async () => {
    vi.stubEnv('LC_ALL', '');
    vi.stubEnv('SPIRAL_LANG', lang);
    const { code, err } = await run(['nosuch', '--foo']);
    expect(code).toBe(1);
    expect(err.split('\n')[0]).toBe(`spiral: ${say(lang, 'cli.unknownCommand', { name: 'nosuch' })}`);
    expect(err).toContain(say(lang, 'cli.usageHeading'));
  });
});

describe('the command line as before', () => {
  it('reads global options before the command, and --lang anywhere', async () => {
    const { code, out } = await run(['--lang', 'zh', 'kpi', '--help']);
    expect(code).toBe(0);
    expect(out).toBe(`${say('zh', 'cli.help.kpi')}\n`);
    expect((await run(['help', 'kpi', '--lang', 'en'])).out).toBe(`${say('en', 'cli.help.kpi')}\n`);
  });

  it('gives an option one meaning in every command that declares it', () => {
    const seen = new Map<string, OptionSpec['type']>();
    for (const command of Object.values(COMMANDS))
      for (const [name, spec] of Object.entries(command.options)) {
        expect(seen.get(name) ?? spec.type, `--${name} of ${command.name}`).toBe(spec.type);
        seen.set(name, spec.type);
      }
    expect(seen.size).toBeGreaterThan(10);
  });
});
