/**
 * The headless browser the browser tests drive, found in one place. In order:
 * 1. SPIRAL_CHROMIUM, a browser file named by the person running the tests;
 * 2. the Chromium that `npm ci` brings (@sparticuz/chromium: a brotli-packed headless build with
 *    the few libraries and a Latin font it needs, for Linux on x64), unpacked once into
 *    node_modules/.cache, with a font configuration adding those fonts and the shipped CJK font;
 * 3. the system's Chromium or Chrome: on the PATH, then in the usual install folders.
 * With none, the tests are skipped with the reason — except under CI=true, where a skipped browser
 * test would hide a broken set-up, so the search fails instead.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { shippedCjkFont } from '../../src/cli/charts/chart-font';

export interface FoundBrowser {
  path: string;
  /** Where it was found, for the test's output. */
  from: string;
  /** Variables the browser needs beside the caller's (the packed build's own libraries). */
  env: Record<string, string>;
}

export type BrowserSearch = { browser: FoundBrowser; reason?: undefined } | { browser: null; reason: string };

/** Names of a Chromium-family browser on the PATH. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** The usual install places, per platform. */
function usualPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin')
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  if (platform === 'win32')
    return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
      .filter((dir): dir is string => Boolean(dir))
      .map((dir) => join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  return [
    '/usr/bin/chromium',
    '/usr/lib/chromium/chromium',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

/** The system's browser: the first of NAMES on the PATH, else the first usual path that exists. */
export function systemBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const suffix = platform === 'win32' ? '.exe' : '';
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const name of NAMES) if (existsSync(join(dir, name + suffix))) return join(dir, name + suffix);
  return usualPaths(platform, env).find((path) => existsSync(path)) ?? null;
}

/**
 * The Chromium packed in @sparticuz/chromium, unpacked (once per version) into node_modules/.cache:
 * its own libraries (NSS, NSPR, expat) beside it, so it runs where no browser was ever installed.
 * Null where the package is missing or has no build for this platform.
 */
export function packagedBrowser(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): FoundBrowser | null {
  if (platform !== 'linux' || arch !== 'x64') return null;
  let bin: string;
  let version: string;
  try {
    const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
    const root = join(dirname(entry), '..', '..');
    bin = join(root, 'bin');
    version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    if (!existsSync(join(bin, 'chromium.br'))) return null;
  } catch {
    return null;
  }
  const cache = join(dirname(dirname(dirname(bin))), '.cache', `spiral-chromium-${version}`);
  const path = join(cache, 'chromium');
  const lib = join(cache, 'lib');
  const fonts = join(cache, 'fonts');
  const conf = join(cache, 'fonts.conf');
  mkdirSync(cache, { recursive: true });
  // Each part is unpacked under a private name and renamed into place: test files starting
  // together never see half a file.
  const mine = `${process.pid}-${Date.now()}`;
  const untar = (packed: string, inside: string, target: string) => {
    if (existsSync(target)) return;
    const dir = join(cache, `unpack-${mine}`);
    mkdirSync(dir);
    try {
      execFileSync('tar', ['-xf', '-', '-C', dir], {
        input: brotliDecompressSync(readFileSync(join(bin, packed))),
      });
      renameSync(join(dir, inside), target);
    } catch (error) {
      if (!existsSync(target)) throw error;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  untar('al2023.tar.br', 'lib', lib);
  untar('fonts.tar.br', 'fonts', fonts);
  if (!existsSync(conf)) {
    // A browser with no font at all lays text out as nothing (innerText comes back empty): the
    // machine's fonts where it has some, the package's Latin font and the shipped CJK font besides.
    const cjk = shippedCjkFont();
    const dirs = [fonts, ...(cjk ? [dirname(cjk)] : [])].map((dir) => `  <dir>${dir}</dir>`).join('\n');
    const text = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${dirs}\n  <cachedir>${join(cache, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`;
    writeFileSync(`${conf}-${mine}`, text);
    renameSync(`${conf}-${mine}`, conf);
  }
  if (!existsSync(path)) {
    const partial = `${path}-${mine}`;
    writeFileSync(partial, brotliDecompressSync(readFileSync(join(bin, 'chromium.br'))));
    chmodSync(partial, 0o755);
    renameSync(partial, path);
  }
  return {
    path,
    from: `@sparticuz/chromium ${version}`,
    env: { LD_LIBRARY_PATH: lib, FONTCONFIG_FILE: conf },
  };
}

/** Finds the browser (see the file's comment), or says why there is none. */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  packaged: () => FoundBrowser | null = packagedBrowser,
  system: () => string | null = () => systemBrowser(env),
): BrowserSearch {
  const chosen = env.SPIRAL_CHROMIUM;
  if (chosen) {
    if (existsSync(chosen)) return { browser: { path: chosen, from: 'SPIRAL_CHROMIUM', env: {} } };
    return { browser: null, reason: `SPIRAL_CHROMIUM names ${chosen}, which does not exist` };
  }
  let unpacked: FoundBrowser | null = null;
  let failed = '';
  try {
    unpacked = packaged();
  } catch (error) {
    failed = ` (@sparticuz/chromium could not be unpacked: ${(error as Error).message})`;
  }
  if (unpacked) return { browser: unpacked };
  const path = system();
  if (path) return { browser: { path, from: 'the system', env: {} } };
  return {
    browser: null,
    reason:
      `no headless browser: @sparticuz/chromium is not installed or has no build for ${process.platform}-${process.arch}${failed}, ` +
      `no ${NAMES.join(' / ')} on the PATH or in the usual folders, and SPIRAL_CHROMIUM is not set`,
  };
}

/**
 * The browser for a test file: null (the tests skip, saying why) when there is none, except under
 * CI=true, where it throws, so the set-up that lost the browser fails.
 */
export function browserForTests(
  env: NodeJS.ProcessEnv = process.env,
  search = findBrowser(env),
): BrowserSearch {
  if (!search.browser && env.CI === 'true')
    throw new Error(`CI=true and the browser tests cannot run: ${search.reason}`);
  // Said where a person reads the run (the reporter does not print a skipped test's note).
  if (!search.browser) console.warn(`browser tests SKIPPED: ${search.reason}`);
  return search;
}

/** Arguments for a headless browser with no network chatter. */
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** playwright-core's launch options for a found browser. */
export function launchOptions(browser: FoundBrowser) {
  return {
    executablePath: browser.path,
    headless: true,
    args: BROWSER_ARGS,
    env: { ...process.env, ...browser.env } as Record<string, string>,
  };
}
