import { beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../src/core/messages/catalogue';
import { COMPUTED_PROTECTION } from '../../src/core/setup/install';
import { SHEET_KEYS, sheetName } from '../../src/core/sheets/template';
import { HEADER_PROTECTION } from '../../src/gas/gas-workbook';
import { SPREADSHEET_ID_KEY } from '../../src/gas/main';
import { HANDLER_NAMES, MENU, MENU_LABELS, SEPARATOR } from '../../src/gas/menu';
import { build } from '../../src/tools/build';
import inquiriesTemplate from '../../templates/inquiries.json';
import { createGasFakes } from '../fakes/gas-services';
import { ABSENT_GLOBALS, loadBundle } from './bundle-harness';

beforeAll(async () => {
  await build();
}, 240_000);

const expectedMenu = (MENU as readonly string[]).map((entry) =>
  entry === SEPARATOR
    ? { separator: true }
    : { caption: MENU_LABELS[entry as keyof typeof MENU_LABELS], functionName: entry },
);

/** The header row, and a warning on each column Spiral always writes (建议原因, 建议依据 …), by its position. */
const INQUIRY_PROTECTIONS = [
  HEADER_PROTECTION,
  ...inquiriesTemplate.columns.flatMap((column, i) =>
    'auto' in column && column.auto === 'always' ? [`${COMPUTED_PROTECTION} [${i + 1}]`] : [],
  ),
].sort();

describe('dist/Code.js in a bare Apps Script-like context', () => {
  it('loads where there is no setTimeout, process, require or Buffer', () => {
    const bundle = loadBundle(createGasFakes());
    for (const name of ABSENT_GLOBALS) expect(bundle.before[name]).toBe('undefined');
    expect(bundle.evaluate('typeof Spiral.handlers')).toBe('object');
  });

  it('declares every handler as a top-level function', () => {
    const bundle = loadBundle(createGasFakes());
    expect(HANDLER_NAMES).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'setUpSheets']));
    for (const name of HANDLER_NAMES) {
      expect(bundle.source).toMatch(new RegExp(`^function ${name}\\(e\\) \\{$`, 'm'));
      expect(typeof bundle.context[name]).toBe('function');
    }
  });

  it('shims setTimeout as a microtask that clearTimeout can cancel', async () => {
    const bundle = loadBundle(createGasFakes());
    const fired = await (bundle.evaluate(`new Promise((resolve) => {
      const log = [];
      const cancelled = setTimeout(() => log.push('cancelled'), 0);
      clearTimeout(cancelled);
      setTimeout((a, b) => { log.push(a + b); resolve(log); }, 1000, 'x', 'y');
    })`) as Promise<string[]>);
    expect(fired).toEqual(['xy']);
  });

  it('onOpen in AuthMode.NONE adds the menu and touches nothing else', () => {
    const fakes = createGasFakes({ authMode: 'NONE' });
    const bundle = loadBundle(fakes);
    bundle.call('onOpen', { authMode: fakes.ScriptApp.AuthMode.NONE });
    expect(fakes.ui.shownItems()).toEqual(expectedMenu);
    expect(fakes.calls.total).toBe(0);
  });

  it('onOpen in AuthMode.FULL and onInstall add the same menu', () => {
    const fakes = createGasFakes();
    const bundle = loadBundle(fakes);
    bundle.call('onOpen', { authMode: fakes.ScriptApp.AuthMode.FULL });
    bundle.call('onInstall', { authMode: fakes.ScriptApp.AuthMode.FULL });
    expect(fakes.ui.menus).toHaveLength(2);
    for (const menu of fakes.ui.menus) {
      expect(menu.addedToUi).toBe(true);
      expect(menu.entries).toEqual(expectedMenu);
    }
  });

  it('once the workbook is set up, onOpen labels the menu in its language; in AuthMode.NONE in both', async () => {
    for (const locale of ['zh_CN', 'en_GB']) {
      const fakes = createGasFakes({ locale });
      await loadBundle(fakes).call('setUpSheets');
      const lang = locale.startsWith('en') ? 'en' : 'zh';
      const bundle = loadBundle(fakes);
      bundle.call('onOpen', { authMode: fakes.ScriptApp.AuthMode.LIMITED });
      const shown = fakes.ui.menus.at(-1)!.entries;
      expect(shown).toEqual(
        (MENU as readonly string[]).map((entry) =>
          entry === SEPARATOR
            ? { separator: true }
            : { caption: say(lang, `menu.label.${entry as keyof typeof MENU_LABELS}`), functionName: entry },
        ),
      );
      bundle.call('onOpen', { authMode: fakes.ScriptApp.AuthMode.NONE });
      expect(fakes.ui.menus.at(-1)!.entries).toEqual(expectedMenu);
    }
    // The bilingual labels are the two catalogue labels side by side.
    for (const [handler, label] of Object.entries(MENU_LABELS)) {
      const key = `menu.label.${handler as keyof typeof MENU_LABELS}` as const;
      expect(label).toBe(`${say('zh', key)} / ${say('en', key).replace(/^⚠ /, '')}`);
    }
  });

  it('setUpSheets creates every template sheet in Chinese, reports it and remembers the spreadsheet', async () => {
    const fakes = createGasFakes();
    const bundle = loadBundle(fakes);
    await bundle.call('setUpSheets');
    const names = fakes.spreadsheet.names();
    for (const key of SHEET_KEYS) expect(names).toContain(sheetName(key, 'zh'));
    expect(names.slice(0, 1)).toEqual(['Sheet1']);
    const inquiries = fakes.spreadsheet.sheet(sheetName('inquiries', 'zh'));
    expect(inquiries.snapshot()[0]?.[0]).toBe('日期');
    expect(inquiries.frozen()).toBe(1);
    expect(inquiries.protections.map((p) => p.getDescription()).sort()).toEqual(INQUIRY_PROTECTIONS);
    expect(fakes.ui.alerts).toHaveLength(1);
    expect(fakes.ui.alerts[0]?.prompt).toContain(`已创建工作表：${sheetName('inquiries', 'zh')}`);
    expect(fakes.properties.document.store.get(SPREADSHEET_ID_KEY)).toBe('spreadsheet-1');
    expect(fakes.locks.document.holder).toBeNull();
    expect(fakes.spreadsheet.sheet(sheetName('runLog', 'zh')).snapshot()).toHaveLength(2);
  });

  it('setUpSheets twice changes nothing the second time and says so', async () => {
    const fakes = createGasFakes();
    const bundle = loadBundle(fakes);
    await bundle.call('setUpSheets');
    const names = fakes.spreadsheet.names();
    await bundle.call('setUpSheets');
    expect(fakes.spreadsheet.names()).toEqual(names);
    expect(fakes.ui.alerts[1]?.prompt).toBe('所有工作表和列都已就绪，无需更改。');
    const inquiries = fakes.spreadsheet.sheet(sheetName('inquiries', 'zh'));
    expect(inquiries.protections).toHaveLength(INQUIRY_PROTECTIONS.length);
  });

  it('sets up in English for an English-locale user of a new workbook', async () => {
    const fakes = createGasFakes({ locale: 'en_GB' });
    await loadBundle(fakes).call('setUpSheets');
    expect(fakes.spreadsheet.names()).toContain(sheetName('inquiries', 'en'));
    expect(fakes.spreadsheet.names()).not.toContain(sheetName('inquiries', 'zh'));
  });

  it('shows a busy sheet to the user and rejects, leaving the other run its lock', async () => {
    const fakes = createGasFakes();
    fakes.locks.document.holder = 'another execution';
    const run = loadBundle(fakes).call('setUpSheets') as Promise<void>;
    await expect(run).rejects.toThrow(say('zh', 'automation.busy'));
    expect(fakes.ui.alerts.at(-1)?.prompt).toBe(
      say('zh', 'menu.failed', { message: say('zh', 'automation.busy') }),
    );
    expect(fakes.locks.document.holder).toBe('another execution');
    expect(
      fakes.console.lines.some((line) => line.level === 'error' && line.text.includes('BusyError')),
    ).toBe(true);
    expect(fakes.spreadsheet.names()).not.toContain(sheetName('inquiries', 'zh'));
  });
});
