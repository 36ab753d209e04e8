import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { installTemplates } from '../../src/core/setup/install';
import { GasWorkbook } from '../../src/gas/gas-workbook';
import type { Cell, WorkbookPort } from '../../src/ports';
import { build } from '../../src/tools/build';
import { createGasFakes } from '../fakes/gas-services';
import { tempDir } from '../fakes/temp-dir';
import { ACTIONS, effectsInquiries, NOW } from '../fixtures/effects/effects-fixture';
import { inquirySheet } from '../fixtures/summary/workbook';
import { loadBundle } from './bundle-harness';

/** The effects fixture as a team would type it, in a set-up workbook. */
function fill(wb: WorkbookPort): void {
  installTemplates(wb);
  const recent = effectsInquiries()
    .slice(0, 6)
    .map((r, i) => ({
      ...r,
      date: `2026-11-${15 + i}`,
      customerId: `waiting${i % 4}`,
      converted: i === 5,
      noDealReason: i === 5 ? '' : '价格太高',
      followUp: i === 2 ? '已发券' : '',
      question: `第 ${i} 次咨询`,
    }));
  wb.write('询单记录', 2, 1, inquirySheet([...effectsInquiries(), ...recent], 'zh').slice(1));
  wb.write(
    '改进行动',
    2,
    1,
    ACTIONS.map((r) => [...r]),
  );
}

const TABS = ['效果追踪', '复盘清单', '跟进清单'];
const xlsxTabs = new Map<string, Cell[][]>();
const gasTabs = new Map<string, Cell[][]>();
let json: { label: string; p: number | null }[];

beforeAll(async () => {
  await build();
  const book = join(tempDir('spiral-desk'), 'shop.xlsx');
  const xlsx = XlsxWorkbook.create();
  fill(xlsx);
  await xlsx.save(book);
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  expect(await main(['effects', book, '--now', NOW.toISOString(), '--json'])).toBe(0);
  vi.restoreAllMocks();
  json = JSON.parse(out.join(''));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  expect(await main(['queues', book, '--now', NOW.toISOString()])).toBe(0);
  vi.restoreAllMocks();
  const saved = await XlsxWorkbook.open(book);
  for (const tab of TABS) xlsxTabs.set(tab, saved.read(tab));

  const fakes = createGasFakes({ timeZone: 'Asia/Shanghai' });
  const gas = new GasWorkbook(fakes.spreadsheet as never, fakes.SpreadsheetApp as never);
  fill(gas);
  fakes.clock.time = NOW.getTime();
  const bundle = loadBundle(fakes);
  await bundle.call('updateEffects');
  await bundle.call('updateQueues');
  for (const tab of TABS) gasTabs.set(tab, gas.read(tab));
}, 240_000);
afterAll(() => vi.restoreAllMocks());

describe('the desk tabs from the CLI and from the bundled Apps Script are the same, cell by cell', () => {
  it.each(TABS)('%s', (tab) => {
    const gasTab = gasTabs.get(tab)!;
    const xlsxTab = xlsxTabs.get(tab)!;
    expect(gasTab.length).toBeGreaterThan(3);
    expect(gasTab).toHaveLength(xlsxTab.length);
    gasTab.forEach((row, r) => {
      row.forEach((cell, c) => {
        const other = xlsxTab[r]?.[c] ?? '';
        if (typeof cell === 'number') expect(other, `row ${r + 1}, column ${c + 1}`).toBeCloseTo(cell, 9);
        else expect(other, `row ${r + 1}, column ${c + 1}`).toBe(cell);
      });
    });
  });

  it('the follow-up list holds the waiting buyers only, and the review queue 10 of last week', () => {
    const buyers = gasTabs.get('跟进清单')!.map((row) => row[0]);
    expect(buyers).toContain('waiting0');
    expect(buyers).toContain('waiting3');
    expect(buyers).not.toContain('waiting1');
    expect(buyers).not.toContain('waiting2');
    expect(gasTabs.get('复盘清单')!.filter((row) => row[1] === '2026-11-11')).toHaveLength(10);
  });

  it('spiral effects --json prints one row per action with its label and p', () => {
    expect(json).toHaveLength(ACTIONS.length);
    expect(json.map((r) => r.label)).toContain('significant-down');
    expect(Object.keys(json[0]!).slice(0, 8)).toEqual([
      'date',
      'target',
      'kind',
      'action',
      'before',
      'after',
      'label',
      'p',
    ]);
  });
});
