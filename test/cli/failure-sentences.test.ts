/** Issue 21, item 10 (part): failures the CLI met with a stack trace are one catalogue sentence. */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cliLang } from '../../src/cli/cli-lang';
import { nodeAtomicFs } from '../../src/cli/files/atomic-write';
import { nodeLockFs } from '../../src/cli/files/file-lock';
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

/** The error a file system gives: its code, and the path when the call named one. */
const systemError = (code: string, path?: string) =>
  Object.assign(new Error(`${code}: simulated`), path === undefined ? { code } : { code, path });

describe('the file port refuses (CI runs as root, so the faults are injected)', () => {
  let book: string;
  beforeEach(async () => {
    book = join(dir, 'shop.xlsx');
    expect(await main(['init', book])).toBe(0);
    err.length = 0;
  });

  it('a read-only folder: the lock names the workbook and the reason (its clean-up no longer hides it)', async () => {
    vi.spyOn(nodeLockFs, 'writeNew').mockImplementation((path) => {
      throw systemError('EROFS', path);
    });
    // On a read-only disk even removing a file that is not there fails with EROFS.
    vi.spyOn(nodeLockFs, 'remove').mockImplementation((path) => {
      throw systemError('EROFS', path);
    });
    const before = readFileSync(book);
    expect(await main(['classify', book])).toBe(1);
    const lang = cliLang();
    expect(err.join('')).toBe(
      `spiral classify: ${say(lang, 'cli.lockFailed', { book, reason: say(lang, 'cli.file.EROFS') })}\n`,
    );
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it('a read-only folder: spiral report, which only reads, still writes its report elsewhere', async () => {
    vi.spyOn(nodeLockFs, 'writeNew').mockImplementation((path) => {
      throw systemError('EROFS', path);
    });
    const out = join(tempDir('spiral-report-out'), 'report.html');
    expect(await main(['report', book, '--month', '2026-11', '--out', out])).toBe(0);
    expect(err.join('')).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('<html');
  });

  it('disk full while saving: the sentence names the workbook and the workbook is kept byte for byte', async () => {
    vi.spyOn(nodeAtomicFs, 'writeFile').mockRejectedValue(systemError('ENOSPC'));
    const before = readFileSync(book);
    expect(await main(['classify', book])).toBe(1);
    const lang = cliLang();
    expect(err.join('')).toBe(
      `spiral classify: ${say(lang, 'cli.couldNotSave', { path: book, reason: say(lang, 'cli.file.ENOSPC') })}\n`,
    );
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['shop.xlsx']);
  });

  it('a state path that is a folder (EISDIR) is refused before any work, naming it', async () => {
    const state = join(dir, '.shop.xlsx.spiral.json');
    mkdirSync(state);
    const before = readFileSync(book);
    expect(await main(['run-due', book, '--now', '2026-12-01T08:00:00Z'])).toBe(1);
    expect(err.join('')).toBe(`spiral run-due: ${say(cliLang(), 'cli.stateNotFile', { path: state })}\n`);
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(existsSync(`${state}.damaged`)).toBe(false);
  });
});
