/**
 * The region ranking's title says what it is ranked by: with orders, by the orders' sales (a region
 * with 3 inquiries and the most sales leads); without, by inquiries.
 */

import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src/core/ingest/orders';
import type { Inquiry } from '../../../src/core/sheets/records';
import { buildSummary } from '../../../src/core/summary/build-summary';
import { layoutSummary } from '../../../src/core/summary/summary-layout';
import type { SummaryInput } from '../../../src/core/summary/summary-model';
import { parsePeriod } from '../../../src/core/time/periods';
import { anOrder } from '../../fixtures/order';

let row = 2;
const asked = (region: string): Inquiry => ({
  row: row++,
  date: '2026-11-18',
  agent: '张三',
  customerId: `c${row}`,
  customerType: 'new',
  channel: 'chat',
  stage: 'pre-sale',
  question: '',
  questionCategory: '价格优惠',
  converted: false,
  transactionType: null,
  amount: null,
  product: '围巾',
  region,
  noDealReason: '',
  followUp: '',
  firstResponseSeconds: 20,
  note: '',
});
const order = (address: string, paidAmount: number): Order => {
  const r = row++;
  return anOrder({
    row: r,
    orderId: `O${r + 1}`,
    buyer: `b${r + 1}`,
    paidAmount,
    paidAt: '2026-11-18 10:00:00',
    address,
    title: '围巾',
  });
};

// 广东 asks 5 times and buys 100; 湖北 asks once and buys 900: by sales 湖北 leads.
const input: SummaryInput = {
  period: parsePeriod('2026-W47'),
  inquiries: [...Array.from({ length: 5 }, () => asked('广东')), asked('湖北')],
  reviews: [],
  excludedRows: 0,
  settings: { responseThresholdSeconds: 120, rankingSize: 3, language: 'zh' },
  orders: [order('广东省 广州市', 100), order('湖北省 武汉市', 900)],
};

const regionTable = (values: readonly (readonly unknown[])[], title: string) => {
  const at = values.findIndex((r) => r[0] === title);
  return at < 0 ? null : values.slice(at + 2, at + 4).map((r) => r[0]);
};

describe('the region ranking’s title', () => {
  it('says sales when the orders rank it', () => {
    const values = layoutSummary(buildSummary(input), 'zh').values;
    expect(regionTable(values, '地区（询单最多）')).toBeNull();
    expect(regionTable(values, '地区（销售额最高）')).toEqual(['湖北', '广东']);
  });

  it('says inquiries without orders', () => {
    const values = layoutSummary(buildSummary({ ...input, orders: undefined }), 'zh').values;
    expect(regionTable(values, '地区（销售额最高）')).toBeNull();
    expect(regionTable(values, '地区（询单最多）')).toEqual(['广东', '湖北']);
  });
});
