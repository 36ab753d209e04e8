import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ORDER_EXPORT_HEADER } from '../../src/cli/demo/exports';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import type { Cell } from '../../src/ports';

let dir: string;
let out: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'spiral-orders-'));
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const csv = (rows: string[][]) =>
  rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');

/** The Taobao order report's header, as the demo's export writes it. */
const ORDER_HEADER = ORDER_EXPORT_HEADER;
const EARLY = [
  [
    '3120000000001',
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
    '3120000000002',
    '小红',
    '99.00',
    '卖家已发货，等待买家确认',
    '2026-11-05 08:59:00',
    '2026-11-05 09:00:00',
    '江苏省 南京市',
    '夏凉被',
    '2',
    '',
  ],
  [
    '3120000000003',
    '老王',
    '50.00',
    '买家已付款，等待卖家发货',
    '2026-11-05 10:00:00',
    '2026-11-05 10:01:00',
    '北京 北京市',
    '枕套',
    '1',
    '',
  ],
];
/** A later export overlapping the first: 0002 and 0003 refunded and closed, 0004 new. */
const LATER = [
  [
    '3120000000002',
    '小红',
    '99.00',
    '交易关闭',
    '2026-11-05 08:59:00',
    '2026-11-05 09:00:00',
    '江苏省 南京市',
    '夏凉被',
    '2',
    '99.00',
  ],
  [
    '3120000000003',
    '老王',
    '50.00',
    '交易关闭',
    '2026-11-05 10:00:00',
    '2026-11-05 10:01:00',
    '北京 北京市',
    '枕套',
    '1',
    '50',
  ],
  [
    '3120000000004',
    '丽丽',
    '200.00',
    '交易成功',
    '2026-11-06 09:59:00',
    '2026-11-06 10:00:00',
    '广西壮族自治区 南宁市',
    '爬行垫',
    '1',
    '',
  ],
];

async function book(): Promise<string> {
  const path = join(dir, 'shop.xlsx');
  expect(await main(['init', path])).toBe(0);
  return path;
}

async function sheet(path: string, name: string): Promise<Cell[][]> {
  return (await XlsxWorkbook.open(path)).read(name);
}

describe('spiral import --sheet orders', () => {
  it('imports an export twice and an overlapping later one: each order once, with its latest state', async () => {
    const path = await book();
    const early = join(dir, 'orders-early.csv');
    const later = join(dir, 'orders-later.csv');
    // The platform's exports are GBK.
    writeFileSync(early, iconv.encode(csv([ORDER_HEADER, ...EARLY]), 'gbk'));
    writeFileSync(later, iconv.encode(csv([ORDER_HEADER, ...LATER]), 'gbk'));
    expect(await main(['import', path, '--sheet', 'orders', '--file', early])).toBe(0);
    out = [];
    expect(await main(['import', path, '--sheet', 'orders', '--file', early])).toBe(0);
    expect(out.join('')).toContain('新增 0 行，更新 0 行，已存在跳过 3 行，拒绝 0 行');
    out = [];
    expect(await main(['import', path, '--sheet', 'orders', '--file', later])).toBe(0);
    expect(out.join('')).toContain('新增 1 行，更新 2 行，已存在跳过 0 行，拒绝 0 行');
    const rows = await sheet(path, '订单记录');
    const header = rows[0]!;
    const at = (row: Cell[], label: string) => row[header.indexOf(label)];
    const orders = rows
      .slice(1)
      .map((r) => [at(r, '订单编号'), at(r, '订单状态'), at(r, '退款金额'), at(r, '买家实际支付金额')]);
    expect(orders).toEqual([
      ['3120000000001', '交易成功', '', 1120],
      ['3120000000002', '交易关闭', 99, 99],
      ['3120000000003', '交易关闭', 50, 50],
      ['3120000000004', '交易成功', '', 200],
    ]);
    const paidAt = at(rows[4]!, '订单付款时间') as Date;
    expect(paidAt.toISOString()).toBe('2026-11-06T10:00:00.000Z');
  });

  it('reads a 1688 export through the header aliases', async () => {
    const path = await book();
    const file = join(dir, 'orders-1688.csv');
    const header = [
      '订单编号',
      '买家公司名',
      '买家会员名',
      '货品总价(元)',
      '运费(元)',
      '实付款(元)',
      '订单状态',
      '订单创建时间',
      '订单付款时间',
      '收货地址',
      '货品标题',
      '数量',
    ];
    writeFileSync(
      file,
      csv([
        header,
        [
          '240000001',
          '义乌某商行',
          'yiwu_buyer',
          '1000',
          '20',
          '1020',
          '交易成功',
          '2026-11-04 09:00',
          '2026-11-04 09:05',
          '浙江省 金华市 义乌市',
          '加厚毛毯',
          '50',
        ],
      ]),
    );
    expect(await main(['import', path, '--sheet', 'orders', '--file', file])).toBe(0);
    const rows = await sheet(path, '订单记录');
    const header2 = rows[0]!;
    const row = rows[1]!;
    const at = (label: string) => row[header2.indexOf(label)];
    expect([
      at('订单编号'),
      at('买家会员名'),
      at('买家公司名'),
      at('买家实际支付金额'),
      at('宝贝标题'),
      at('宝贝总数量'),
    ]).toEqual(['240000001', 'yiwu_buyer', '义乌某商行', 1020, '加厚毛毯', 50]);
  });
});

describe('spiral import --sheet chats', () => {
  const CHATS = [
    ['时间', '买家', '客服', '发送方', '内容'],
    ['2026-11-03 09:00:00', '阿明', '', '买家', '这个四件套有现货吗'],
    ['2026-11-03 09:01:05', '阿明', '小美', '客服', '亲，有现货的'],
    ['2026-11-03 10:00:00', '小红', '', '买家', '能便宜点吗'],
    ['2026-11-04 08:00:00', '老王', '', '买家', '包邮吗'],
    ['2026-11-04 08:00:30', '老王', '婷婷', '客服', '包邮的亲'],
  ];

  it('writes one inquiry per buyer per day with the first message time, and a re-import adds nothing', async () => {
    const path = await book();
    const file = join(dir, 'chats.csv');
    writeFileSync(file, csv(CHATS));
    expect(await main(['import', path, '--sheet', 'chats', '--file', file])).toBe(0);
    out = [];
    expect(await main(['import', path, '--sheet', 'chats', '--file', file])).toBe(0);
    expect(out.join('')).toContain('新增 0 行，更新 0 行，已存在跳过 3 行，拒绝 0 行');
    const rows = await sheet(path, '询单记录');
    const header = rows[0]!;
    const pick = (row: Cell[]) =>
      ['日期', '客服', '客户ID', '询盘渠道', '阶段', '咨询内容', '首次响应(秒)', '是否成交'].map((l) => {
        const v = row[header.indexOf(l)];
        return v instanceof Date ? v.toISOString().slice(0, 19) : v;
      });
    expect(rows.slice(1).map(pick)).toEqual([
      ['2026-11-03T09:00:00', '小美', '阿明', '旺旺', '售前', '这个四件套有现货吗', 65, ''],
      ['2026-11-03T10:00:00', '未接待', '小红', '旺旺', '售前', '能便宜点吗', '', ''],
      ['2026-11-04T08:00:00', '婷婷', '老王', '旺旺', '售前', '包邮吗', 30, ''],
    ]);
  });
});
