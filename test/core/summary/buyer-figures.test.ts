import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src/core/ingest/orders';
import type { Inquiry } from '../../../src/core/sheets/records';
import { buildSummary } from '../../../src/core/summary/build-summary';
import { parsePeriod } from '../../../src/core/time/periods';
import { anOrder } from '../../fixtures/order';

const inquiry = (
  row: number,
  customerId: string,
  agent: string,
  dateTime: string,
  converted: boolean | null,
  amount: number | null = null,
  stage: Inquiry['stage'] = 'pre-sale',
): Inquiry => ({
  row,
  date: dateTime.slice(0, 10),
  dateTime,
  agent,
  customerId,
  customerType: null,
  channel: null,
  stage,
  question: '',
  questionCategory: '',
  converted,
  transactionType: null,
  amount,
  product: '',
  region: '',
  noDealReason: '',
  followUp: '',
  firstResponseSeconds: null,
  note: '',
});

const order = (row: number, buyer: string, paidAt: string | null, paidAmount: number): Order =>
  anOrder({ row, buyer, paidAmount, paidAt, address: '浙江省 杭州市', title: '围巾' });

/**
 * 2026-W47 (Mon 16 – Sun 22 Nov) against W46, counted by hand:
 * this week's pre-sale rows: b1 张三 ×2 (one converted, 100); b2 张三 (no) then 李四 (yes, 50);
 * b3 李四 (no); b4 李四 twice the same day (yes 200, yes 30); a row with no customer ID (张三, no).
 * Buyers: b1, b2, b3, b4 and the ID-less row = 5; paying: b1, b2, b4 = 3 → 60 %.
 * 张三: b1, b2, ID-less = 3 buyers, paying b1 only (b2 converted with 李四) = 1, sales 100 → 落实客单价 100.
 * 李四: b2, b3, b4 = 3 buyers, paying b2, b4 = 2, sales 50 + 200 + 30 = 280 → 140.
 * W46: b1 (yes), b6 twice (no) → 2 buyers, 1 paying.
 * Orders paid in W47: O1 b1 100 and O2 b2 50 and O3 b4 230 (each after its inquiry, in the window);
 * O4 b9 70 (never asked) and O5 b3 40 (three days after asking): silent. Shop 490, from inquiries
 * 380, silent 110, share 380 / 490. O6 (W46) and the unpaid O7 are not this week's sales.
 */
const inquiries: Inquiry[] = [
  inquiry(2, 'b1', '张三', '2026-11-16 10:00:00', true, 100),
  inquiry(3, 'b1', '张三', '2026-11-17 10:00:00', false),
  inquiry(4, 'b2', '张三', '2026-11-16 11:00:00', false),
  inquiry(5, 'b2', '李四', '2026-11-18 09:00:00', true, 50),
  inquiry(6, 'b3', '李四', '2026-11-19 10:00:00', false),
  inquiry(7, 'b4', '李四', '2026-11-20 10:00:00', true, 200),
  inquiry(8, 'b4', '李四', '2026-11-20 15:00:00', true, 30),
  inquiry(9, '', '张三', '2026-11-21 10:00:00', false),
  inquiry(10, 'b5', '李四', '2026-11-18 10:00:00', null, null, 'after-sale'),
  inquiry(11, 'b1', '张三', '2026-11-10 10:00:00', true, 80),
  inquiry(12, 'b6', '李四', '2026-11-11 10:00:00', false),
  inquiry(13, 'b6', '李四', '2026-11-12 10:00:00', false),
];
const orders: Order[] = [
  order(2, 'b1', '2026-11-16 12:00:00', 100),
  order(3, 'b2', '2026-11-18 10:00:00', 50),
  order(4, 'b4', '2026-11-20 16:00:00', 230),
  order(5, 'b9', '2026-11-19 09:00:00', 70),
  order(6, 'b3', '2026-11-22 10:00:00', 40),
  order(7, 'b1', '2026-11-15 20:00:00', 80),
  order(8, 'b7', null, 999),
];

const summary = (withOrders: boolean) =>
  buildSummary({
    period: parsePeriod('2026-W47'),
    inquiries,
    reviews: [],
    excludedRows: 0,
    settings: { responseThresholdSeconds: 120, rankingSize: 10, language: 'zh' },
    ...(withOrders ? { orders, attributionDays: 1 } : {}),
  });

describe('per-buyer figures of a fixture week', () => {
  it('match the hand count, beside the per-row ones', () => {
    const q = summary(true).inquiries;
    expect([q.total, q.converted]).toEqual([8, 4]);
    expect(q).toMatchObject({
      buyers: 5,
      paidBuyers: 3,
      buyerConversionRate: 0.6,
      buyerChange: {
        previousBuyers: 2,
        previousPaidBuyers: 1,
        previousRate: 0.5,
        label: 'insufficient-base',
      },
      attributedSales: 380,
      storeSales: 490,
      silentSales: 110,
    });
    expect(q.inquiryShareOfSales).toBeCloseTo(380 / 490, 10);
  });

  it('per agent: buyers, paying buyers and 落实客单价', () => {
    const agents = summary(true).agents.map((a) => [
      a.agent,
      a.buyers,
      a.paidBuyers,
      a.attributedAverageOrderValue,
    ]);
    // Both have four pre-sale rows; 李四's after-sale row puts him first.
    expect(agents).toEqual([
      ['李四', 3, 2, 140],
      ['张三', 3, 1, 100],
    ]);
  });

  it('without orders: sales from the log, no shop or silent sales', () => {
    const q = summary(false).inquiries;
    expect(q).toMatchObject({
      buyers: 5,
      paidBuyers: 3,
      attributedSales: 380,
      storeSales: null,
      silentSales: null,
    });
    expect(q.inquiryShareOfSales).toBeNull();
    expect(summary(false).rankings.source).toBe('inquiries');
  });

  it('ranks products and regions over every paid order when there are orders', () => {
    const r = summary(true).rankings;
    expect(r.source).toBe('orders');
    expect(r.product.hot).toEqual([
      expect.objectContaining({ key: '围巾', sales: 490, orders: 5, previousSales: 80, previousOrders: 1 }),
    ]);
    expect(r.region).toEqual([expect.objectContaining({ key: '浙江', sales: 490, orders: 5 })]);
  });
});
