/**
 * Issue 19 item 6: the platform export fixtures imported through the panel (the page's own decoding,
 * parsing and batching, each batch sent to the bundled sidebarImport over the SpreadsheetApp fake,
 * then the 匹配订单 job the panel runs after orders and chats) give the same sheets, cell by cell, as
 * `spiral import` of the same files (and `spiral match` where the panel matches) over .xlsx.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { importBatches, readExportText } from '../../src/core/ingest';
import { IMPORT_KEY_HEADER } from '../../src/core/ingest/import-target';
import { sheetName } from '../../src/core/sheets/template';
import { wallClock } from '../../src/core/time/date-time';
import { decodeBytes } from '../../src/gas/sidebar/page/decode';
import type { Cell } from '../../src/ports';
import { build } from '../../src/tools/build';
import { tempDir } from '../fakes/temp-dir';
import { setUpBook } from './bundle-book';

const FIXTURES = join(__dirname, '../fixtures/exports');
const NOW = '2026-11-20T12:00:00+08:00';
/** Two rows a batch, so every file of more than two rows crosses a batch boundary. */
const BATCH = 2;

/** In the order a team would bring them: the desk's people first, then orders, lines, chats, reviews. */
const FILES: { file: string; sheet: string; shop?: string }[] = [
  { file: 'agents.csv', sheet: 'agents' },
  { file: 'order-report-46.csv', sheet: 'orders' },
  { file: 'order-report-60.csv', sheet: 'orders' },
  { file: 'item-report.csv', sheet: 'orderLines' },
  { file: 'chat-sender-receiver.csv', sheet: 'chats' },
  { file: 'chat-qianniu.txt', sheet: 'chats' },
  { file: 'reviews-taobao.csv', sheet: 'reviews' },
  { file: 'reviews-jd.csv', sheet: 'reviews', shop: '京东某店' },
];
/** What the panel matches after (import-panel's MATCHED_AFTER). */
const MATCHED_AFTER = ['orders', 'chats'];
const SHEETS = ['agents', 'orders', 'orderLines', 'inquiries', 'transcripts', 'reviews', 'problems'] as const;

/**
 * Dates as the wall clock of each workbook shows them (.xlsx keeps wall clocks in UTC), without the
 * hidden column a file imported in batches keeps its batch keys in (issue 22: the CLI has one batch).
 */
function shown(grid: Cell[][], zone: string): Cell[][] {
  const keyColumn = (grid[0] ?? []).indexOf(IMPORT_KEY_HEADER);
  return grid.map((row) =>
    row
      .filter((_, c) => c !== keyColumn)
      .map((cell) => (cell instanceof Date ? wallClock(cell, zone) : cell)),
  );
}

let cli: Record<string, Cell[][]>;
let gas: Record<string, Cell[][]>;
const panelCounts: Record<string, { new: number; rejected: number }> = {};

beforeAll(async () => {
  await build();
  const book = join(tempDir('spiral-export-parity'), 'shop.xlsx');
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  expect(await main(['init', book])).toBe(0);
  for (const { file, sheet, shop } of FILES) {
    const args = ['import', book, '--sheet', sheet, '--file', join(FIXTURES, file)];
    expect(await main(shop ? [...args, '--shop', shop] : args), file).toBe(0);
    if (MATCHED_AFTER.includes(sheet)) expect(await main(['match', book, '--now', NOW])).toBe(0);
  }
  vi.restoreAllMocks();
  const xlsx = await XlsxWorkbook.open(book);
  cli = Object.fromEntries(SHEETS.map((s) => [s, shown(xlsx.read(sheetName(s, 'zh')), 'UTC')]));

  const panel = await setUpBook({ timeZone: 'Asia/Shanghai' }, NOW);
  for (const { file, sheet, shop } of FILES) {
    const decoded = decodeBytes(new Uint8Array(readFileSync(join(FIXTURES, file))));
    if (!decoded.ok) throw new Error(`${file}: undecodable at line ${decoded.line}`);
    const table = readExportText(decoded.text);
    let done = 0;
    const total = { new: 0, rejected: 0 };
    for (const [i, rows] of importBatches(table, sheet, BATCH).entries()) {
      const result = panel.execution('active', NOW).bundle.call(
        'sidebarImport',
        {
          sheet,
          file,
          header: table.header,
          headerLine: table.headerLine,
          rows,
          unreadable: i === 0 ? table.unreadable : [],
          range: { from: done + 1, to: done + rows.length, of: table.rows.length },
          importId: `parity${file.replace(/[^a-z0-9]/g, '')}`,
          ...(shop ? { shop } : {}),
        },
        'zh',
      ) as { new: number; rejected: number };
      total.new += result.new;
      total.rejected += result.rejected;
      done += rows.length;
    }
    panelCounts[file] = total;
    if (MATCHED_AFTER.includes(sheet)) await panel.run('matchOrders', 'active', NOW);
  }
  gas = Object.fromEntries(SHEETS.map((s) => [s, shown(panel.wb.read(sheetName(s, 'zh')), 'Asia/Shanghai')]));
}, 240_000);

describe('platform exports through the panel and through spiral import', () => {
  it('every file goes in whole through the panel', () => {
    for (const { file } of FILES) {
      expect(panelCounts[file]!.rejected, file).toBe(0);
    }
    // The 千牛 text holds the same two conversations as the sender/receiver export: nothing new.
    expect(panelCounts['chat-qianniu.txt']!.new).toBe(0);
    expect(panelCounts['agents.csv']!.new).toBe(3);
  });

  it.each(SHEETS)('%s is the same, cell by cell', (sheet) => {
    const tab = sheetName(sheet, 'zh');
    expect(gas[sheet]!.length, tab).toBeGreaterThan(sheet === 'problems' ? 0 : 1);
    expect(gas[sheet], tab).toEqual(cli[sheet]);
  });
});
