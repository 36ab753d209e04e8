/**
 * Orders and chats imported and matched through the built Apps Script bundle over the
 * SpreadsheetApp fake give the same sheets as the CLI over .xlsx (the sidebar's import entry and
 * the 匹配订单 menu item against `spiral import` and `spiral match`).
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ORDER_EXPORT_HEADER } from '../../src/cli/demo/exports';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { wallClock } from '../../src/core/time/date-time';
import type { Cell } from '../../src/ports';
import { build } from '../../src/tools/build';
import { tempDir } from '../fakes/temp-dir';
import { setUpBook } from './bundle-book';

const ORDERS = [
  ORDER_EXPORT_HEADER,
  [
    'A1',
    '阿明',
    '￥1,120.00',
    '交易成功',
    '2026-11-04 19:58:00',
    '2026-11-04 20:00:00',
    '浙江省 杭州市',
    '纯棉四件套',
    '1',
    '',
  ],
  [
    'B1',
    '小红',
    '99',
    '交易成功',
    '2026-11-06 08:59:00',
    '2026-11-06 09:00:00',
    '江苏省 南京市',
    '夏凉被',
    '1',
    '',
  ],
  ['C1', '老王', '50', '等待买家付款', '2026-11-04 07:00:00', '', '北京 北京市', '枕套', '1', ''],
];
const CHATS = [
  ['时间', '买家', '客服', '发送方', '内容'],
  ['2026-11-03 09:00:00', '阿明', '', '买家', '这个四件套有现货吗'],
  ['2026-11-03 09:01:05', '阿明', '小美', '客服', '亲，有现货的'],
  ['2026-11-03 10:00:00', '小红', '', '买家', '能便宜点吗'],
  ['2026-11-04 08:00:00', '老王', '', '买家', '包邮吗'],
  ['2026-11-04 08:00:30', '老王', '婷婷', '客服', '包邮的亲'],
];
const NOW = '2026-11-10T12:00:00+08:00';
const SHEETS = ['询单记录', '订单记录'];

const csv = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n');
/** Dates as the wall clock of each workbook shows them (.xlsx keeps wall clocks in UTC). */
const shown = (grid: Cell[][], zone: string) =>
  grid.map((row) => row.map((cell) => (cell instanceof Date ? wallClock(cell, zone) : cell)));

let cli: Record<string, Cell[][]>;
let gas: Record<string, Cell[][]>;

beforeAll(async () => {
  await build();
  const dir = tempDir('spiral-orders-parity');
  const book = join(dir, 'shop.xlsx');
  writeFileSync(join(dir, 'orders.csv'), csv(ORDERS));
  writeFileSync(join(dir, 'chats.csv'), csv(CHATS));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  expect(await main(['init', book])).toBe(0);
  expect(await main(['import', book, '--sheet', 'orders', '--file', join(dir, 'orders.csv')])).toBe(0);
  expect(await main(['import', book, '--sheet', 'chats', '--file', join(dir, 'chats.csv')])).toBe(0);
  expect(await main(['match', book, '--now', NOW])).toBe(0);
  vi.restoreAllMocks();
  const xlsx = await XlsxWorkbook.open(book);
  cli = Object.fromEntries(SHEETS.map((s) => [s, shown(xlsx.read(s), 'UTC')]));

  const sheets = await setUpBook({ timeZone: 'Asia/Shanghai' }, NOW);
  // The panel's import: the whole file as one batch of rows the page parsed.
  const request = (sheet: string, [header, ...rows]: string[][]) => ({
    sheet,
    file: `${sheet}.csv`,
    header,
    headerLine: 1,
    rows: rows.map((cells, i) => ({ line: i + 2, cells })),
    unreadable: [],
    range: { from: 1, to: rows.length, of: rows.length },
  });
  const orders = sheets
    .execution('active', NOW)
    .bundle.call('sidebarImport', request('orders', ORDERS), 'zh');
  expect(orders).toMatchObject({ new: 3, rejected: 0 });
  const chats = sheets.execution('active', NOW).bundle.call('sidebarImport', request('chats', CHATS), 'zh');
  expect(chats).toMatchObject({ new: 3, rejected: 0 });
  await sheets.run('matchOrders', 'active', NOW);
  gas = Object.fromEntries(SHEETS.map((s) => [s, shown(sheets.wb.read(s), 'Asia/Shanghai')]));
}, 120_000);

describe('orders and chats through the bundle and through the CLI', () => {
  it('give the same Inquiries and Orders sheets, cell by cell', () => {
    for (const sheet of SHEETS) expect(gas[sheet], sheet).toEqual(cli[sheet]);
  });

  it('imported and matched what the fixture says', () => {
    const [header, ...rows] = cli.询单记录!;
    const pick = (labels: string[]) => rows.map((r) => labels.map((l) => r[header!.indexOf(l)]));
    expect(
      pick([
        '日期',
        '客服',
        '客户ID',
        '阶段',
        '首次响应(秒)',
        '是否成交',
        '成交金额',
        '商品',
        '地区',
        '交易类型',
      ]),
    ).toEqual([
      ['2026-11-03 09:00:00', '小美', '阿明', '售前', 65, '是', 1120, '纯棉四件套', '浙江', '零售'],
      // The Orders sheet begins on 11-04: 小红's window (11-03 → 11-04) is not covered, so it waits.
      ['2026-11-03 10:00:00', '未接待', '小红', '售前', '', '', '', '', '', ''],
      ['2026-11-04 08:00:00', '婷婷', '老王', '售前', 30, '否', '', '', '', ''],
    ]);
    expect(cli.订单记录).toHaveLength(4);
  });
});
