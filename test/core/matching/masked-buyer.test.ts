import { describe, expect, it } from 'vitest';
import { buyerResolver, fitsMask, isMaskedBuyer } from '../../../src/core/ingest/masked-buyer';
import { matchOrders } from '../../../src/core/matching/match-orders';
import { matchSummary } from '../../../src/core/matching/match-report';
import { say } from '../../../src/core/messages/catalogue';
import { readSettings } from '../../../src/core/settings/settings';
import type { Inquiry } from '../../../src/core/sheets/records';
import { orderSales } from '../../../src/core/summary/buyer-figures';
import type { Cell } from '../../../src/ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';
import { anOrder } from '../../fixtures/order';

describe('masked buyer names', () => {
  it('tells a masked name from a plain one', () => {
    expect(isMaskedBuyer('t**1')).toBe(true);
    expect(isMaskedBuyer('小**')).toBe(true);
    expect(isMaskedBuyer('**9')).toBe(true);
    expect(isMaskedBuyer('小＊＊')).toBe(true);
    expect(isMaskedBuyer('tb1234561')).toBe(false);
    expect(isMaskedBuyer('a*b')).toBe(false);
  });

  it('fits a name by the characters shown, with at least one hidden', () => {
    expect(fitsMask('t**1', 'tb1234561')).toBe(true);
    expect(fitsMask('t**1', 'tb1234562')).toBe(false);
    expect(fitsMask('t**1', 't1')).toBe(false);
    expect(fitsMask('小**', '小美')).toBe(true);
    expect(fitsMask('小**', '大美')).toBe(false);
    expect(fitsMask('t**1', 't**1')).toBe(true);
    expect(fitsMask('tb1', 'tb1')).toBe(true);
  });

  it('resolves a masked name only when one known buyer fits', () => {
    const resolve = buyerResolver(['tb1234561', 'tc99', 'td88', '小美']);
    expect(resolve('t**1')).toEqual({ buyer: 'tb1234561', masked: true, ambiguous: false });
    expect(resolve('t**8')).toEqual({ buyer: 'td88', masked: true, ambiguous: false });
    expect(resolve('t**')).toEqual({ buyer: null, masked: true, ambiguous: true });
    expect(resolve('z**1')).toEqual({ buyer: null, masked: true, ambiguous: false });
    expect(resolve('阿明')).toEqual({ buyer: '阿明', masked: false, ambiguous: false });
  });
});

const INQUIRIES = ['日期', '客服', '客户ID', '阶段', '是否成交', '成交金额', '交易类型'];
const ORDERS = ['订单编号', '买家会员名', '买家实际支付金额', '订单状态', '订单创建时间', '订单付款时间'];

/**
 * Hand-worked: tb1234561 is the only inquiring buyer that t**1 fits, so her order (100) is hers;
 * 小美 and 小红 both fit 小** (the 200 order stays a store sale, one Problems warning); m**9 fits
 * nobody who asked (a silent order like any other, not a warning).
 */
function fixture(): MemoryWorkbook {
  const inquiries: Cell[][] = [
    INQUIRIES,
    ['2026-11-03 10:00', '小美', 'tb1234561', '售前', '', '', ''],
    ['2026-11-03 11:00', '小美', '小美', '售前', '', '', ''],
    ['2026-11-03 12:00', '小美', '小红', '售前', '', '', ''],
  ];
  const orders: Cell[][] = [
    ORDERS,
    ['A1', 't**1', '100', '交易成功', '2026-11-03 10:30', '2026-11-03 10:31'],
    ['A2', '小**', '200', '交易成功', '2026-11-03 12:30', '2026-11-03 12:31'],
    ['A3', 'm**9', '40', '交易成功', '2026-11-03 12:40', '2026-11-03 12:41'],
    // Unpaid, so the orders cover the windows (11-03 → 11-04) and unmatched rows become 否.
    ['A4', 'zz', '10', '等待买家付款', '2026-11-06 08:00', ''],
  ];
  return MemoryWorkbook.from({ 询单记录: inquiries, 订单记录: orders });
}

describe('matching orders with masked buyer names', () => {
  it('matches the unique mask, leaves the ambiguous one as a store sale and says how many', () => {
    const wb = fixture();
    const report = matchOrders(wb, { now: '2026-11-10 12:00:00', settings: readSettings(wb).settings });
    expect(
      wb
        .read('询单记录')
        .slice(1)
        .map((r) => r.slice(4)),
    ).toEqual([
      ['是', 100, '零售'],
      ['否', '', ''],
      ['否', '', ''],
    ]);
    expect(report).toMatchObject({ paidOrders: 3, silentOrders: 2, converted: 1 });
    // What the CLI's spiral match and the panel's import print says how many, not only Problems.
    expect(matchSummary(report, 'zh')).toContain(say('zh', 'matching.maskedBuyers', { count: 1 }));
    expect(report.problems).toEqual([
      {
        sheet: '订单记录',
        row: 0,
        column: '买家会员名',
        value: '',
        reason:
          '1 笔付款订单的买家会员名被打码（如 t**1），且与多位询单买家相符，无法确定是谁；这些订单计入全店销售额，不归入任何询单',
        severity: 'warning',
      },
    ]);
  });

  it('splits the month’s sales the same way: the ambiguous order is shop sales only', () => {
    const preSale = ['tb1234561', '小美', '小红'].map(
      (customerId, i) =>
        ({ row: i + 2, customerId, date: '2026-11-03', dateTime: '2026-11-03 10:00:00' }) as Inquiry,
    );
    const order = (row: number, buyer: string, paidAmount: number) =>
      anOrder({
        row,
        orderId: `A${row}`,
        buyer,
        paidAmount,
        createdAt: '2026-11-03 10:30:00',
        paidAt: '2026-11-03 10:31:00',
        quantity: null,
      });
    const sales = orderSales({
      period: { kind: 'month', id: '2026-11', start: '2026-11-01', end: '2026-11-30' },
      preSale,
      orders: [order(2, 't**1', 100), order(3, '小**', 200), order(4, 'm**9', 40)],
      attributionDays: 1,
    });
    expect(sales).toEqual({ store: 340, attributed: 100 });
  });
});
