/**
 * Issue 24 item 3: `--sheet 订单记录` works as well as `--sheet orders` (and `--sheet Orders`):
 * the same export imported under each name gives the same sheet and the same lines.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import type { Cell } from '../../src/ports';
import { tempDir } from '../fakes/temp-dir';

afterEach(() => vi.restoreAllMocks());

const EXPORT = join(__dirname, '../fixtures/exports/order-report-46.csv');

/** Imports the order report into a fresh workbook under one `--sheet` name: exit code, lines, the sheet. */
async function importAs(sheet: string): Promise<{ code: number; text: string; rows: Cell[][] }> {
  const dir = tempDir('spiral-sheet-names');
  const book = join(dir, 'shop.xlsx');
  const file = join(dir, 'orders.csv');
  copyFileSync(EXPORT, file);
  const printed: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    expect(await main(['init', book])).toBe(0);
    printed.length = 0;
    const code = await main(['import', book, '--sheet', sheet, '--file', file]);
    const rows = (await XlsxWorkbook.open(book)).read('订单记录');
    return { code, text: printed.join('').replaceAll(dir, '<dir>'), rows };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('spiral import --sheet <a sheet name>', () => {
  it('imports into 订单记录 by its Chinese name, its English name or its key alike', async () => {
    const byKey = await importAs('orders');
    expect(byKey.code, byKey.text).toBe(0);
    expect(byKey.rows.length).toBeGreaterThan(1);
    for (const name of ['订单记录', 'Orders']) {
      const byName = await importAs(name);
      expect(byName.code, `${name}: ${byName.text}`).toBe(0);
      expect(byName.text).toBe(byKey.text);
      expect(byName.rows).toEqual(byKey.rows);
    }
  }, 120_000);
});
