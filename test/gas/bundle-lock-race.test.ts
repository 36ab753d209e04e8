/**
 * Two editors click "Set up sheets" on a new spreadsheet at once (issue 22, item 2): the built
 * bundle over the fake, the second click arriving while the first waits for or holds the lock.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../src/core/messages/catalogue';
import { installTemplates } from '../../src/core/setup/install';
import { SHEET_KEYS, sheetName } from '../../src/core/sheets/template';
import { GasWorkbook } from '../../src/gas/gas-workbook';
import { build } from '../../src/tools/build';
import { createGasFakes } from '../fakes/gas-services';
import { loadBundle } from './bundle-harness';

beforeAll(async () => {
  await build();
}, 240_000);

const ALREADY = /already exists/;

describe('set-up while another set-up runs', () => {
  it('works from the sheets as they are once it holds the lock, not from what it saw while waiting', async () => {
    const waiting = createGasFakes();
    const other = waiting.nextExecution();
    // The other editor's set-up runs to its end while this one waits for the lock.
    waiting.locks.document.meanwhile = () => {
      installTemplates(new GasWorkbook(other.spreadsheet, other.SpreadsheetApp));
    };
    await loadBundle(waiting).call('setUpSheets');
    const prompt = waiting.ui.alerts[0]?.prompt ?? '';
    expect(prompt).not.toMatch(ALREADY);
    expect(waiting.console.lines.map((line) => line.text).join('\n')).not.toMatch(ALREADY);
    const names = waiting.spreadsheet.names();
    for (const key of SHEET_KEYS.filter((k) => k !== 'problems'))
      expect(names.filter((name) => name === sheetName(key, 'zh'))).toHaveLength(1);
  });

  it('a click that finds the lock held says busy and creates no sheet the holder may be creating', async () => {
    const holder = createGasFakes();
    const click = holder.nextExecution();
    const clicked: Promise<unknown>[] = [];
    // The first editor's set-up holds the lock and is about to add the Run log when the second clicks.
    holder.env.fault = (method, sheet) => {
      if (method !== 'insertSheet' || sheet !== sheetName('runLog', 'zh')) return;
      holder.env.fault = null;
      clicked.push((loadBundle(click).call('setUpSheets') as Promise<unknown>).catch((e: unknown) => e));
    };
    await loadBundle(holder).call('setUpSheets');
    const failure = await clicked[0];
    expect(String(failure)).toContain(say('zh', 'automation.busy'));
    expect(click.ui.alerts[0]?.prompt).toMatch(/表格正忙/);
    expect(holder.ui.alerts[0]?.prompt ?? '').not.toMatch(ALREADY);
    expect(holder.spreadsheet.names()).toContain(sheetName('runLog', 'zh'));
    expect(holder.locks.document.holder).toBeNull();
  });
});
