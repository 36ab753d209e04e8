/**
 * The month tab's 商品角色 section (issue 23 item 2) on the hand-worked catalogue of role-fixture.ts,
 * November against October. Roles: 袜子 traffic, 毛巾 promotion, 四件套 profit, 夏凉被 channel (all
 * suggested), 枕头 profit (typed); 抱枕 (typed 爆款: not a role, no sale) and 床垫 (2 orders) none.
 *
 * By hand:
 *   引流款 袜子: pre-sale inquiries naming it 8, converted 4 → 50 % (October 5, 1 → 20 %); orders 11
 *     (n1–n10 and n16's added line), October 4.
 *   利润款, by sales: 四件套 1,500 (n16's 310 × 300/310 = 300, + 4 × 300), 5 orders, AOV 300;
 *     October 600, AOV 300. 枕头 300, 5 orders, AOV 60; October none.
 *   活动款 毛巾: sales 100, all of it paid below list (20 < 30 × 0.85) → 100 %; 5 orders.
 *   渠道款 夏凉被: trade orders 4 (n21–n24, 批发), of them re-orders 1 (d1 first paid on 10-20);
 *     October 1 trade order (d1's first), 0 re-orders; sales 750.
 *   未定角色: 抱枕, 床垫. Zero-sale in November: 抱枕 only (床垫 sold twice).
 */
import { describe, expect, it } from 'vitest';
import { importRows } from '../../../src/core/ingest/import-rows';
import { installTemplates } from '../../../src/core/setup/install';
import { generateSummary } from '../../../src/core/summary/generate-summary';
import { MemoryWorkbook } from '../../fakes/memory-workbook';
import {
  ASK_HEADER,
  asks,
  LINE_HEADER,
  LINES,
  ORDER_HEADER,
  ORDERS,
  PRODUCT_HEADER,
  PRODUCTS,
} from './role-fixture';

function book(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  importRows(wb, 'products', PRODUCT_HEADER, PRODUCTS);
  importRows(wb, 'orders', ORDER_HEADER, ORDERS);
  importRows(wb, 'orderLines', LINE_HEADER, LINES);
  importRows(wb, 'inquiries', ASK_HEADER, [...asks('2026-11-10', 8, 4), ...asks('2026-10-10', 5, 1)]);
  return wb;
}

describe('the month tab judges each item by its role', () => {
  const wb = book();
  const { model, tabName } = generateSummary(wb, '2026-11');
  const roles = model.roles!;

  it('traffic items by inquiries naming them and their conversion', () => {
    expect(roles.roles.traffic).toHaveLength(1);
    expect(roles.roles.traffic[0]).toMatchObject({
      item: '袜子',
      typed: false,
      inquiries: 8,
      converted: 4,
      conversionRate: 0.5,
      previousInquiries: 5,
      previousConverted: 1,
      previousConversionRate: 0.2,
      orders: 11,
      previousOrders: 4,
    });
  });

  it('profit items by sales and average order value, the typed role counted', () => {
    expect(roles.roles.profit.map((r) => [r.item, r.typed, r.sales, r.orders, r.averageOrderValue])).toEqual([
      ['四件套', false, 1500, 5, 300],
      ['枕头', true, 300, 5, 60],
    ]);
    expect(roles.roles.profit[0]).toMatchObject({ previousSales: 600, previousAverageOrderValue: 300 });
    expect(roles.roles.profit[1]).toMatchObject({ previousSales: 0, previousAverageOrderValue: null });
  });

  it('promotion items by sales paid below list; channel items by trade orders and re-orders', () => {
    expect(roles.roles.promotion[0]).toMatchObject({
      item: '毛巾',
      sales: 100,
      discountedSales: 100,
      discountedShare: 1,
      orders: 5,
    });
    expect(roles.roles.channel[0]).toMatchObject({
      item: '夏凉被',
      tradeOrders: 4,
      tradeReorders: 1,
      previousTradeOrders: 1,
      previousTradeReorders: 0,
      sales: 750,
    });
  });

  it('lists the items with no role and the zero-sale items, in the tab too', () => {
    expect(roles.unassigned).toEqual(['抱枕', '床垫']);
    expect(roles.zeroSale).toEqual([{ item: '抱枕', role: null, previousOrders: 0 }]);
    const cells = wb.read(tabName).map((r) => r.join('|'));
    const at = (text: string) => cells.findIndex((r) => r.includes(text));
    expect(at('商品角色')).toBeGreaterThan(0);
    expect(cells[at('本月零销量的商品（1 个）') + 2]).toMatch(/^抱枕\|未定\|0/);
    expect(cells.some((r) => r.startsWith('袜子|建议|8|4|0.5|0.2|11|4'))).toBe(true);
  });

  it('weekly tabs have no roles section', () => {
    expect(generateSummary(book(), '2026-W47').model.roles).toBeUndefined();
  });
});
