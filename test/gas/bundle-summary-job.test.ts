/**
 * The summary job is one job wherever it starts (issue 24, item 3): the menu's monthly tab is the
 * CLI's, cell by cell, with the month's scorecard in it, and the tab the menu wrote is remembered,
 * so the daily run's retention knows it as Spiral's own.
 */
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { asTextRows } from '../../src/cli/commands/demo';
import { generateDemo } from '../../src/cli/demo/generate-demo';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { importRows } from '../../src/core/ingest/import-rows';
import { installTemplates } from '../../src/core/setup/install';
import type { SheetKey } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { tempDir } from '../fakes/temp-dir';
import { setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);
afterEach(() => vi.restoreAllMocks());

const DEMO = generateDemo({ seed: 5, start: '2026-10-05', weeks: 3 });
const DATA: [SheetKey, readonly object[]][] = [
  ['inquiries', DEMO.inquiries],
  ['reviews', DEMO.reviews],
  ['scorecard', DEMO.scorecard.filter((row) => row.month === '2026-10')],
];
const TAB = '月报 2026-10';

describe('a summary from the menu is the CLI summary', () => {
  it("writes the CLI's monthly tab, scorecard included, and remembers it for retention", async () => {
    const path = join(tempDir('spiral-summary-job'), 'shop.xlsx');
    const xlsx = XlsxWorkbook.create();
    installTemplates(xlsx);
    for (const [key, records] of DATA) {
      const { header, rows } = asTextRows(records);
      importRows(xlsx, key, header, rows);
    }
    await xlsx.save(path);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main(['summary', path, '--month', '2026-10'])).toBe(0);
    const cliTab = (await XlsxWorkbook.open(path)).read(TAB);

    const book = await setUpBook({ timeZone: 'Asia/Shanghai' }, '2026-11-10T01:00:00Z');
    for (const [key, records] of DATA) book.append(key, records);
    const run = book.execution('active', '2026-11-10T01:00:00Z');
    run.fakes.ui.promptResponses.push({ button: 'OK', text: '2026-10' });
    await run.bundle.call('summaryFor');
    const menuTab = book.wb.read(TAB);

    // The scorecard section's header row (agent, score, percent) is there, with a row per agent under it.
    const header = menuTab.findIndex((row) => row.includes('得分') && row.includes('得分率'));
    expect(header).toBeGreaterThan(0);
    const agents = new Set(DATA[2]![1].map((row) => (row as { agent: string }).agent));
    expect(agents.has(String(menuTab[header + 1]?.[0]))).toBe(true);
    expect(menuTab).toEqual(cliTab);
    expect(run.fakes.properties.document.getProperty(`spiral.summaryTab.${TAB}`)).not.toBeNull();
  });
});
