/**
 * The item report (宝贝报表, test/fixtures/exports/item-report.csv; its source in sources.ts) beside
 * the 46-column order report of the same orders: lines keyed by order + 商家编码/title, hot and
 * slow items counted per item, and every catalogue item ranked, 0 where nobody bought it.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExport } from '../../src/cli/ingest/read-export';
import { importRecords } from '../../src/core/ingest/import-records';
import { importRows } from '../../src/core/ingest/import-rows';
import type { InputTable } from '../../src/core/ingest/input-table';
import { readOrderLines } from '../../src/core/ingest/order-lines';
import { installTemplates } from '../../src/core/setup/install';
import { loadSummaryData, summaryTab } from '../../src/core/summary/generate-summary';
import { parsePeriod } from '../../src/core/time/periods';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { FIXTURE_SOURCES } from '../fixtures/exports/sources';

const FIXTURES = join(__dirname, '../fixtures/exports');

let items: InputTable;
let orders: InputTable;

beforeAll(async () => {
  const a = await readExport(join(FIXTURES, 'item-report.csv'));
  const b = await readExport(join(FIXTURES, 'order-report-46.csv'));
  expect(a.format).toBe('gb18030');
  items = a.table;
  orders = b.table;
});

function book(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  return wb;
}

const CATALOGUE = [
  ['纯棉四件套', 'SJT-001', 1000],
  ['夏凉被', 'XLB-002', 99],
  ['枕套', 'ZT-003', 50],
  ['毛毯', 'MT-004', 199],
];

describe('the item report (宝贝报表)', () => {
  it('names its public source', () => {
    expect(FIXTURE_SOURCES['item-report.csv']).toContain('EXCEL_CONSIGN_GOODS_CELL_NAME');
    expect(items.header.slice(0, 4)).toEqual(['订单编号', '标题', '价格', '购买数量']);
  });

  it('imports one line per item, numbers unwrapped; a re-import adds nothing', () => {
    const wb = book();
    expect(importRecords(wb, 'orderLines', items)).toMatchObject({ new: 5, rejected: 0 });
    expect(readOrderLines(wb).records.map((l) => [l.orderId, l.sku, l.price, l.quantity])).toEqual([
      ['3123456789012345678', 'SJT-001', 1000, 1],
      ['3123456789012345678', 'ZT-003', 100, 1],
      ['3123456789012345679', 'XLB-002', 99, 1],
      ['3123456789012345680', 'ZT-003', 50, 1],
      ['3123456789012345681', 'ZT-003', 30, 1],
    ]);
    expect(importRecords(wb, 'orderLines', items)).toMatchObject({ new: 0, skipped: 5, rejected: 0 });
  });

  it('counts hot and slow items per item and lists every catalogue item, 0 where unsold', () => {
    const wb = book();
    importRecords(wb, 'orders', orders);
    importRecords(wb, 'orderLines', items);
    importRows(wb, 'products', ['商品', '商家编码', '价格'], CATALOGUE);
    const { model } = summaryTab(parsePeriod('2026-11'), loadSummaryData(wb));
    const row = (r: { key: string; orders?: number; sales: number }) => [r.key, r.orders, r.sales];
    // Hand-worked: 阿明's order (paid 1070) is 四件套 1000 + 枕套 100, so 1070 × 10/11 and × 1/11;
    // 枕套 also sold to 李四 (35); 老王's closed order is unpaid; nobody bought 毛毯.
    expect(model.rankings.source).toBe('orders');
    expect(model.rankings.product.hot.map(row)).toEqual([
      ['纯棉四件套', 1, 972.73],
      ['枕套', 2, 132.27],
      ['夏凉被', 1, 99],
    ]);
    expect(model.rankings.product.slow.map(row)).toEqual([['毛毯', 0, 0]]);
  });

  it('without the item report or catalogue, ranks by order title as before', () => {
    const wb = book();
    importRecords(wb, 'orders', orders);
    const { model } = summaryTab(parsePeriod('2026-11'), loadSummaryData(wb));
    expect(model.rankings.product.hot.map((r) => [r.key, r.sales])).toEqual([
      ['纯棉四件套', 1070],
      ['夏凉被', 99],
      ['枕套', 35],
    ]);
  });
});

describe('multi-item orders of the Orders sheet (60 columns: one row per item under one 主订单编号)', () => {
  let report60: InputTable;
  beforeAll(async () => {
    report60 = (await readExport(join(FIXTURES, 'order-report-60.csv'))).table;
  });

  const hot = (wb: MemoryWorkbook) =>
    summaryTab(parsePeriod('2026-11'), loadSummaryData(wb)).model.rankings.product.hot.map((r) => [
      r.key,
      r.orders,
      r.sales,
    ]);

  it("without item-report lines, each of the order's rows is an item: 乳胶枕 and 纯棉枕套 each get half", () => {
    const wb = book();
    expect(importRecords(wb, 'orders', report60)).toMatchObject({ rejected: 0 });
    // Hand-worked: 阿杰's 主订单 …689 (paid 180, both rows repeat it) holds 乳胶枕 and 纯棉枕套: 90 each.
    // Before: the order counted only for its largest row's title, 乳胶枕 180, and 纯棉枕套 not at all.
    expect(hot(wb)).toEqual([
      ['纯棉四件套', 1, 1070],
      ['夏凉被', 1, 99],
      ['乳胶枕', 1, 90],
      ['纯棉枕套', 1, 90],
      ['枕套', 1, 35],
    ]);
  });

  it('item-report lines keyed by the 子订单 numbers count for their 主订单, by their prices', () => {
    const wb = book();
    importRecords(wb, 'orders', report60);
    importRows(
      wb,
      'orderLines',
      ['订单编号', '标题', '价格', '购买数量'],
      [
        ['3123456789012345690', '乳胶枕', '120', '1'],
        ['3123456789012345691', '纯棉枕套', '60', '1'],
      ],
    );
    // Hand-worked: …689 paid 180 split 120 : 60 by the lines' prices.
    expect(hot(wb)).toEqual([
      ['纯棉四件套', 1, 1070],
      ['乳胶枕', 1, 120],
      ['夏凉被', 1, 99],
      ['纯棉枕套', 1, 60],
      ['枕套', 1, 35],
    ]);
  });
});
