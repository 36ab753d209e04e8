/**
 * The command line's language before a workbook is open is decided in one function (cliLang), and
 * every command asks it: SPIRAL_LANG and the locale give the same answer to classify and to kpi.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cliLang } from '../../src/cli/cli-lang';
import { main } from '../../src/cli/spiral';
import { say } from '../../src/core/messages/catalogue';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

async function stderrOf(args: string[]): Promise<string> {
  const printed: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    expect(await main(args)).toBe(1);
    return printed.join('');
  } finally {
    vi.restoreAllMocks();
  }
}

describe('the language of the command line', () => {
  it('takes --lang, then SPIRAL_LANG, then LC_ALL, LC_MESSAGES, LANG (an empty one counts as unset)', () => {
    expect(cliLang({ lang: 'en' }, { SPIRAL_LANG: 'zh' })).toBe('en');
    expect(cliLang({}, { SPIRAL_LANG: 'zh', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(cliLang({}, { SPIRAL_LANG: 'en', LC_ALL: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLang({}, { LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(cliLang({}, { LC_ALL: '', LC_MESSAGES: 'zh_CN', LANG: 'en_US' })).toBe('zh');
    expect(cliLang({}, { LC_ALL: 'en_GB', LC_MESSAGES: 'zh_CN' })).toBe('en');
    expect(cliLang({}, {})).toBe('en');
  });

  it.each([
    ['SPIRAL_LANG', 'zh', 'en_US.UTF-8', 'zh'],
    ['SPIRAL_LANG', 'en', 'zh_CN.UTF-8', 'en'],
    ['LC_MESSAGES', 'zh_CN.UTF-8', 'en_US.UTF-8', 'zh'],
  ] as const)(
    'with %s=%s and LANG=%s, classify and kpi both answer in %s',
    async (name, value, lang, expected) => {
      vi.stubEnv('LC_ALL', '');
      vi.stubEnv('SPIRAL_LANG', '');
      vi.stubEnv('LC_MESSAGES', '');
      vi.stubEnv(name, value);
      vi.stubEnv('LANG', lang);
      expect(await stderrOf(['classify'])).toContain(say(expected, 'commands.noBook'));
      expect(await stderrOf(['kpi', 'shop.xlsx', '--month', '2026-13'])).toContain(
        say(expected, 'commands.kpi.month'),
      );
      // A bad period: the same lines as when the language is asked for with --lang.
      const badWeek = ['summary', 'shop.xlsx', '--week', 'W47'];
      expect(await stderrOf(badWeek)).toBe(await stderrOf([...badWeek, '--lang', expected]));
    },
  );
});
