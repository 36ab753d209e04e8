import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserForTests, findBrowser, packagedBrowser, systemBrowser } from './browser';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** A folder holding an empty file called `name`, standing for a browser. */
function folderWith(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'spiral-browser-'));
  dirs.push(dir);
  writeFileSync(join(dir, name), '');
  return dir;
}

const packed = {
  path: '/packed/chromium',
  from: '@sparticuz/chromium',
  env: { LD_LIBRARY_PATH: '/packed/lib' },
};

describe('the browser the browser tests drive', () => {
  it('takes SPIRAL_CHROMIUM first, then the packaged one, then the system one', () => {
    const mine = join(folderWith('my-chrome'), 'my-chrome');
    expect(
      findBrowser(
        { SPIRAL_CHROMIUM: mine },
        () => packed,
        () => '/usr/bin/x',
      ).browser?.path,
    ).toBe(mine);
    expect(
      findBrowser(
        {},
        () => packed,
        () => '/usr/bin/x',
      ).browser,
    ).toEqual(packed);
    expect(
      findBrowser(
        {},
        () => null,
        () => '/usr/bin/x',
      ).browser,
    ).toEqual({
      path: '/usr/bin/x',
      from: 'the system',
      env: {},
    });
  });

  it('says why there is none, and falls back to the system when the package cannot be unpacked', () => {
    const none = findBrowser(
      {},
      () => null,
      () => null,
    );
    expect(none.browser).toBeNull();
    expect(none.reason).toMatch(/no headless browser: .*chromium.*SPIRAL_CHROMIUM/);
    const broken = () => {
      throw new Error('disk full');
    };
    expect(findBrowser({}, broken, () => '/usr/bin/x').browser?.path).toBe('/usr/bin/x');
    expect(findBrowser({}, broken, () => null).reason).toContain('disk full');
    expect(findBrowser({ SPIRAL_CHROMIUM: '/no/such/browser' }, () => packed).reason).toContain(
      '/no/such/browser',
    );
  });

  it('skips without a browser, saying why, but fails under CI=true', () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const none = { browser: null, reason: 'none here' } as const;
    expect(browserForTests({}, none)).toBe(none);
    expect(warned).toHaveBeenCalledWith('browser tests SKIPPED: none here');
    expect(() => browserForTests({ CI: 'true' }, none)).toThrow(/CI=true .*none here/);
    expect(browserForTests({ CI: 'true' }, { browser: packed }).browser).toBe(packed);
  });

  it('finds the system browser on the PATH under any of its names, not at one fixed path', () => {
    const dir = folderWith('google-chrome-stable');
    expect(systemBrowser({ PATH: `/nowhere:${dir}` }, 'linux')).toBe(join(dir, 'google-chrome-stable'));
    expect(systemBrowser({ PATH: folderWith('chromium') }, 'darwin')).toMatch(/chromium$/);
    expect(systemBrowser({ PATH: '' }, 'darwin')).toBeNull();
  });

  it('unpacks the Chromium npm ci brings, with its own libraries, on Linux x64 only', () => {
    expect(packagedBrowser('darwin', 'arm64')).toBeNull();
    expect(packagedBrowser('linux', 'arm64')).toBeNull();
    if (process.platform !== 'linux' || process.arch !== 'x64') return;
    const found = packagedBrowser()!;
    expect(found.from).toMatch(/^@sparticuz\/chromium \d+/);
    expect(existsSync(found.path)).toBe(true);
    expect(existsSync(join(found.env.LD_LIBRARY_PATH!, 'libnss3.so'))).toBe(true);
    // Fonts of its own and the shipped CJK font: a browser with no font lays out no text.
    const conf = readFileSync(found.env.FONTCONFIG_FILE!, 'utf8');
    expect(conf).toContain('/etc/fonts/fonts.conf');
    expect(conf).toMatch(/fonts-sc/);
  });
});
