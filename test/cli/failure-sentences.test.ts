/** Issue 21, item 10 (part): failures the CLI met with a stack trace are one catalogue sentence. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failureSentence, main } from '../../src/cli/spiral';
import { say } from '../../src/core/messages/catalogue';
import { tempDir } from '../fakes/temp-dir';

let dir: string;
let err: string[];

beforeEach(() => {
  dir = tempDir('spiral-failures');
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('every failure a sentence', () => {
  it('--month 1900-01: the period reason, not PeriodError with a stack', async () => {
    const book = join(dir, 'shop.xlsx');
    expect(await main(['init', book])).toBe(0);
    err.length = 0;
    expect(await main(['summary', book, '--month', '1900-01'])).toBe(1);
    const text = err.join('');
    expect((['zh', 'en'] as const).some((lang) => text.includes(say(lang, 'menu.period.help')))).toBe(true);
    expect(text).not.toMatch(/\n\s+at /);
    expect(text).not.toContain('PeriodError');
  });

  it('a file the system refuses (EROFS, ENOSPC, EISDIR) names the path and the reason', () => {
    for (const [code, key] of [
      ['EROFS', 'cli.file.EROFS'],
      ['ENOSPC', 'cli.file.ENOSPC'],
      ['EISDIR', 'cli.file.EISDIR'],
    ] as const) {
      const error = Object.assign(new Error(`${code}: at the file port`), { code, path: '/books/shop.xlsx' });
      expect(failureSentence(error, 'en')).toBe(
        say('en', 'cli.fileError', { path: '/books/shop.xlsx', reason: say('en', key) }),
      );
    }
  });

  it('anything else is the catalogue sentence, without a stack', () => {
    const text = failureSentence(new TypeError('x is not a function'), 'zh');
    expect(text).toBe(say('zh', 'cli.unexpected', { message: 'x is not a function' }));
    expect(text).not.toMatch(/\n\s+at /);
  });
});
