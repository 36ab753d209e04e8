/**
 * The panel in a real browser: dist/Sidebar.html in headless Chromium (test/setup/browser.ts), with a
 * google.script.run stand-in whose every call is a new execution of the built dist/Code.js over the
 * SpreadsheetApp fake (bundle-book.ts). As in Apps Script, a call returns only what the function
 * returns synchronously, that value must be serialisable, and pending promise jobs finish before
 * the execution ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { SIDEBAR_HTML } from '../../src/tools/build-sidebar';
import { type FoundBrowser, launchOptions } from '../setup/browser';
import type { Book } from './bundle-book';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** The found browser with a fresh profile, removed again on close. */
export async function launchBrowser(found: FoundBrowser): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'spiral-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions(found),
    viewport: { width: 300, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The page's google.script.run: a chainable runner whose calls go to window.__spiralRun. */
const STAND_IN = `(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
      if (name === 'withFailureHandler') return (fn) => runner(success, fn);
      return (...args) => {
        window.__spiralRun(String(name), JSON.stringify(args)).then((reply) => {
          const { ok, value, message } = JSON.parse(reply);
          if (ok) success && success(value);
          else failure && failure(new Error(message));
        });
      };
    },
  });
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();`;

function hasDate(value: unknown): boolean {
  if (value instanceof Object && Object.prototype.toString.call(value) === '[object Date]') return true;
  if (Array.isArray(value)) return value.some(hasDate);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasDate);
  return false;
}

export interface Panel {
  page: Page;
  /** Each server call the page made: function name and arguments. */
  calls: { name: string; args: unknown[] }[];
  /** Requests for anything but the page itself (the panel must need none). */
  external: string[];
  /** The simulated time of the next executions (ISO), or null for real time. */
  at: string | null;
}

/** Opens dist/Sidebar.html in a new tab with google.script.run wired to the book's bundle. */
export async function openPanel(browser: Browser, book: Book, at: string | null = null): Promise<Panel> {
  const page = await browser.context.newPage();
  const panel: Panel = { page, calls: [], external: [], at };
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    panel.external.push(url);
    return route.abort();
  });
  await page.exposeFunction('__spiralRun', async (name: string, json: string) => {
    const args = JSON.parse(json) as unknown[];
    panel.calls.push({ name, args });
    try {
      const run = book.execution('active', panel.at ?? undefined);
      const value = run.bundle.call(name, ...args);
      if (
        value !== null &&
        typeof value === 'object' &&
        typeof (value as { then?: unknown }).then === 'function'
      ) {
        throw new Error(`${name} returned a Promise: google.script.run cannot pass it to the page`);
      }
      if (hasDate(value))
        throw new Error(`${name} returned a Date: google.script.run cannot pass it to the page`);
      // The execution ends only once its pending promise jobs have run.
      await new Promise((resolve) => setImmediate(resolve));
      return JSON.stringify({
        ok: true,
        value: value === undefined ? null : JSON.parse(JSON.stringify(value)),
      });
    } catch (error) {
      // Duck-typed: an error thrown inside the bundle comes from the vm's realm.
      const message =
        typeof error === 'object' && error !== null && 'message' in error ? error.message : error;
      return JSON.stringify({ ok: false, message: String(message) });
    }
  });
  await page.addInitScript(STAND_IN);
  await page.goto(pathToFileURL(SIDEBAR_HTML).href);
  return panel;
}
