/**
 * 订单关闭原因 as the order report exports it: the closure reason read by one core function
 * (placeholders such as 订单未关闭 are no reason), and a small table of reasons in the monthly tab.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExport } from '../../src/cli/ingest/read-export';
import { importRecords } from '../../src/core/ingest/import-records';
import { importRows } from '../../src/core/ingest/import-rows';
import { closureReason, readOrderClosures } from '../../src/core/ingest/order-closures';
import { say } from '../../src/core/messages/catalogue';
import { installTemplates } from '../../src/core/setup/install';
import { loadSummaryData, summaryTab } from '../../src/core/summary/generate-summary';
import { parsePeriod } from '../../src/core/time/periods';
import { MemoryWorkbook } from '../fakes/memory-workbook';

const FIXTURES = join(__dirname, '../fixtures/exports');

function book(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  return wb;
}

const HEADER = [
  '订单编号',
  '买家会员名',
  '买家实际支付金额',
  '订单状态',
  '订单创建时间',
  '订单付款时间',
  '订单关闭原因',
];

/**
 * Hand-worked: in November two orders closed for 买家不想买了 (O1, O3) and one for 缺货 (O2); the
 * paid O4 is 订单未关闭 (no reason); O5 closed in October for 缺货; O6 has a blank reason.
 */
const ROWS = [
  ['O1', 'a', '0', '交易关闭', '2026-11-02 10:00', '', '买家不想买了'],
  ['O2', 'b', '0', '交易关闭', '2026-11-03 10:00', '', '缺货'],
  ['O3', 'c', '0', '交易关闭', '2026-11-20 10:00', '', ' 买家不想买了 '],
  ['O4', 'd', '88', '交易成功', '2026-11-05 10:00', '2026-11-05 10:01', '订单未关闭'],
  ['O5', 'e', '0', '交易关闭', '2026-10-30 10:00', '', '缺货'],
  ['O6', 'f', '0', '交易关闭', '2026-11-06 10:00', '', ''],
];

describe('order closure reasons', () => {
  it('reads a closed order’s reason, and none for an open one or a blank cell', () => {
    expect(closureReason({ closeReason: '买家不想买了' })).toBe('买家不想买了');
    expect(closureReason({ closeReason: ' 缺货 ' })).toBe('缺货');
    expect(closureReason({ closeReason: '订单未关闭' })).toBeNull();
    expect(closureReason({ closeReason: '' })).toBeNull();
  });

  it('lists the Orders sheet’s closed orders with their reasons', () => {
    const wb = book();
    importRows(wb, 'orders', HEADER, ROWS);
    expect(readOrderClosures(wb).records.map((c) => [c.orderId, c.buyer, c.at, c.reason])).toEqual([
      ['O1', 'a', '2026-11-02 10:00:00', '买家不想买了'],
      ['O2', 'b', '2026-11-03 10:00:00', '缺货'],
      ['O3', 'c', '2026-11-20 10:00:00', '买家不想买了'],
      ['O5', 'e', '2026-10-30 10:00:00', '缺货'],
    ]);
  });

  it('counts them in the monthly tab, last month beside, and not in a weekly tab', () => {
    const wb = book();
    importRows(wb, 'orders', HEADER, ROWS);
    const data = loadSummaryData(wb);
    const month = summaryTab(parsePeriod('2026-11'), data);
    expect(month.model.orderClosures).toEqual([
      { reason: '买家不想买了', orders: 2, previousOrders: 0 },
      { reason: '缺货', orders: 1, previousOrders: 1 },
    ]);
    const cells = month.content.values;
    const title = cells.findIndex((r) => r[0] === '订单关闭原因');
    expect(title).toBeGreaterThan(0);
    const table = cells.slice(title + 1).filter((r) => r[0] !== '');
    expect(table.slice(1, 5).map((r) => r.slice(0, 3))).toEqual([
      ['关闭原因', '本月订单数', '上月订单数'],
      ['买家不想买了', 2, 0],
      ['缺货', 1, 1],
      ['全部', 3, 1],
    ]);
    expect(summaryTab(parsePeriod('2026-W45'), data).model.orderClosures).toBeUndefined();
  });

  it('says how many of the month’s closed orders match no pre-sale inquiry', () => {
    const wb = book();
    importRows(wb, 'orders', HEADER, ROWS);
    // Buyer a asked before O1 was created, so O1 is hers; O2 and O3 (b, c) match no inquiry.
    importRows(
      wb,
      'inquiries',
      ['日期', '客服', '客户ID', '阶段', '咨询内容', '是否成交'],
      [['2026-11-02 09:00:00', '小美', 'a', '售前', '多少钱', '否']],
    );
    const month = summaryTab(parsePeriod('2026-11'), loadSummaryData(wb));
    expect(month.model.unmatchedClosures).toBe(2);
    const text = month.content.values.flat().map(String);
    expect(text).toContain(say('zh', 'effects.monthly.closuresUnmatched', { count: 2, orders: 3 }));
    expect(say('en', 'effects.monthly.closuresUnmatched', { count: 2, orders: 3 })).toBe(
      "Of this month's 3 closed orders, 2 match no pre-sale inquiry: they are not counted in the no-deal reason shares (whose base is the lost pre-sale inquiries).",
    );
  });

  it('takes the closed unpaid order of the 46-column report and leaves 订单未关闭 out', async () => {
    const wb = book();
    const { table } = await readExport(join(FIXTURES, 'order-report-46.csv'));
    importRecords(wb, 'orders', table);
    expect(readOrderClosures(wb).records.map((c) => [c.orderId, c.reason])).toEqual([
      ['3123456789012345680', '买家不想买了'],
    ]);
    expect(summaryTab(parsePeriod('2026-11'), loadSummaryData(wb)).model.orderClosures).toEqual([
      { reason: '买家不想买了', orders: 1, previousOrders: 0 },
    ]);
  });
});
