import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { installTemplates } from '../../src/core/setup/install';
import { generateSummary } from '../../src/core/summary/generate-summary';
import { GasWorkbook } from '../../src/gas/gas-workbook';
import type { Cell, WorkbookPort } from '../../src/ports';
import { build } from '../../src/tools/build';
import { createGasFakes } from '../fakes/gas-services';
import { tempDir } from '../fakes/temp-dir';
import { weekInquiries, weekReviews } from '../fixtures/summary/week-fixture';
import { inquirySheet, reviewSheet } from '../fixtures/summary/workbook';
import { loadBundle } from './bundle-harness';

/** The one shared fixture: the hand-worked week, as a team would type it, in a set-up workbook. */
function fill(wb: WorkbookPort): void {
  installTemplates(wb);
  wb.write('询单记录', 2, 1, inquirySheet(weekInquiries, 'zh').slice(1));
  wb.write('评价记录', 2, 1, reviewSheet(weekReviews, 'zh').slice(1));
}

const TAB = '周报 2026-W47';
let xlsxTab: Cell[][];
let xlsxModel: unknown;
let gasTab: Cell[][];
let gasModel: unknown;

beforeAll(async () => {
  await build();
  // The .xlsx shell: the CLI over a saved file, printing the model.
  const book = join(tempDir('spiral-parity'), 'shop.xlsx');
  const xlsx = XlsxWorkbook.create();
  fill(xlsx);
  await xlsx.save(book);
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  expect(await main(['summary', book, '--week', '2026-W47', '--json'])).toBe(0);
  vi.restoreAllMocks();
  xlsxModel = JSON.parse(out.join(''));
  xlsxTab = (await XlsxWorkbook.open(book)).read(TAB);

  // The bundled Apps Script code over the SpreadsheetApp fake, from the menu.
  const fakes = createGasFakes({ timeZone: 'Asia/Shanghai' });
  const gas = new GasWorkbook(fakes.spreadsheet as never, fakes.SpreadsheetApp as never);
  fill(gas);
  fakes.ui.promptResponses.push({ button: 'OK', text: '2026-W47' });
  await loadBundle(fakes).call('summaryFor');
  gasTab = gas.read(TAB);
  gasModel = JSON.parse(JSON.stringify(generateSummary(gas, '2026-W47').model));
}, 240_000);
afterAll(() => vi.restoreAllMocks());

describe('one fixture, two shells, the same summary', () => {
  it('writes the same tab, cell by cell', () => {
    expect(gasTab.length).toBeGreaterThan(20);
    expect(gasTab).toHaveLength(xlsxTab.length);
    gasTab.forEach((row, r) => {
      row.forEach((cell, c) => {
        const other = xlsxTab[r]?.[c] ?? '';
        if (typeof cell === 'number') expect(other, `row ${r + 1}, column ${c + 1}`).toBeCloseTo(cell, 9);
        else expect(other, `row ${r + 1}, column ${c + 1}`).toBe(cell);
      });
    });
  });

  it('computes the same model, field by field', () => {
    expect(gasModel).toEqual(xlsxModel);
  });

  it('opens both tabs with the same findings and shows the same trends', () => {
    const model = xlsxModel as { findings: { text: string }[]; trends: { periods: string[] } };
    expect(model.findings.length).toBeGreaterThan(0);
    const findings = (tab: Cell[][]) => {
      const title = tab.findIndex((r) => r[0] === '本期要点');
      return tab.slice(title + 1, title + 1 + model.findings.length).map((r) => r[0]);
    };
    expect(findings(gasTab)).toEqual(model.findings.map((f, i) => `${i + 1}. ${f.text}`));
    expect(findings(xlsxTab)).toEqual(findings(gasTab));
    const trend = (tab: Cell[][]) => tab.findIndex((r) => String(r[0]).startsWith('趋势'));
    expect(trend(gasTab)).toBeGreaterThan(0);
    expect(trend(xlsxTab)).toBe(trend(gasTab));
    expect(model.trends.periods).toHaveLength(8);
  });
});
