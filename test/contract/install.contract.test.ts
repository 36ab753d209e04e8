import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { installTemplates } from '../../src/core/setup/install';
import { readInquiries } from '../../src/core/sheets/tables';
import { SHEET_KEYS, sheetName } from '../../src/core/sheets/template';
import { GasWorkbook } from '../../src/gas/gas-workbook';
import type { Cell, WorkbookPort } from '../../src/ports';
import { createGasFakes } from '../fakes/gas-services';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { tempDir } from '../fakes/temp-dir';
import type { WorkbookHarness } from './workbook-contract';

/** A team's own Inquiries sheet: reordered, with a column of their own and values in both languages. */
const USER_SHEET: Cell[][] = [
  ['客户ID', 'My notes', '日期', 'Agent', '阶段', '是否成交', '成交金额'],
  ['b1', 'VIP – call back', '2026-11-02', '小美', '售前', '是', 128],
  ['b2', '', '2026-11-03', '阿杰', 'after-sale', '', ''],
  ['b3', '=not a formula', '2026-11-04', '小美', 'pre-sale', 'no', ''],
];

const ADAPTERS: [string, () => Promise<Omit<WorkbookHarness, 'outline'>>][] = [
  [
    'MemoryWorkbook',
    async () => {
      const wb = new MemoryWorkbook();
      return { wb, reload: async () => wb };
    },
  ],
  [
    'GasWorkbook over the SpreadsheetApp fake',
    async () => {
      const fakes = createGasFakes();
      const wb = new GasWorkbook(fakes.spreadsheet as never, fakes.SpreadsheetApp as never);
      return { wb, reload: async () => wb };
    },
  ],
  [
    'XlsxWorkbook (saved and reopened)',
    async () => {
      const path = join(tempDir('spiral-install'), 'book.xlsx');
      let wb = XlsxWorkbook.create();
      return {
        wb,
        async reload() {
          await wb.save(path);
          wb = await XlsxWorkbook.open(path);
          return wb;
        },
      };
    },
  ],
];

const contents = (wb: WorkbookPort) =>
  wb
    .sheetNames()
    .filter((n) => !n.startsWith('Sheet'))
    .map((n) => [n, wb.read(n)]);

describe.each(ADAPTERS)('install on %s', (_label, make) => {
  it('completes a reordered, partly filled sheet without losing or moving a column or value, and is idempotent', async () => {
    const harness = await make();
    harness.wb.addSheet('询单记录');
    harness.wb.write('询单记录', 1, 1, USER_SHEET);

    const first = installTemplates(harness.wb);
    expect(first.created).not.toContain('询单记录');
    let wb = await harness.reload();
    const grid = wb.read('询单记录');
    USER_SHEET.forEach((row, r) => {
      row.forEach((cell, c) => {
        expect(grid[r]![c], `row ${r + 1}, column ${c + 1}`).toEqual(cell);
      });
    });
    const added = first.columnsAdded.find((a) => a.sheet === '询单记录')!.columns;
    expect(grid[0]!.slice(USER_SHEET[0]!.length)).toEqual(added);
    for (const key of SHEET_KEYS) expect(wb.hasSheet(sheetName(key, 'zh'))).toBe(true);
    expect(readInquiries(wb).records.map((r) => r.customerId)).toEqual(['b1', 'b2', 'b3']);

    const before = contents(wb);
    const second = installTemplates(wb);
    expect([second.created, second.columnsAdded, second.rowsAdded]).toEqual([[], [], []]);
    wb = await harness.reload();
    expect(contents(wb)).toEqual(before);
  });
});
