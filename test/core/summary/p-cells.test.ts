/**
 * A p-value reads the same wherever the tab prints it: below 0.001 it is `< 0.001` in every table
 * (a cell formatted 0.000 would print 0.000, "impossible", beside another table's `< 0.001`).
 */

import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src/core/ingest/orders';
import { buildSummary } from '../../../src/core/summary/build-summary';
import { layoutSummary } from '../../../src/core/summary/summary-layout';
import { P_FLOOR } from '../../../src/core/tabs/tab-builder';
import { parsePeriod } from '../../../src/core/time/periods';
import { anOrder } from '../../fixtures/order';

let row = 2;
const order = (buyer: string, paidAt: string, paidAmount: number): Order => {
  const r = row++;
  return anOrder({
    row: r,
    orderId: `O${r + 1}`,
    buyer,
    paidAmount,
    paidAt,
    address: '浙江省 杭州市',
    title: '围巾',
  });
};

// W46: 10 orders of 100; W47: 100 orders of 100. 110 orders dealt ½ each, 100 or more in W47:
// far in the tail: the sampled test gives its smallest p, 1/5,000 (two-sided over 9,999 draws).
const orders = [
  ...Array.from({ length: 10 }, (_, i) => order(`a${i}`, '2026-11-10 10:00:00', 100)),
  ...Array.from({ length: 100 }, (_, i) => order(`b${i}`, '2026-11-18 10:00:00', 100)),
];

describe('p-values below 0.001', () => {
  const model = buildSummary({
    period: parsePeriod('2026-W47'),
    inquiries: [],
    reviews: [],
    excludedRows: 0,
    settings: { responseThresholdSeconds: 120, rankingSize: 3, language: 'zh' },
    orders,
  });
  const values = layoutSummary(model, 'zh').values;

  it('read < 0.001 in the per-buyer table as in the others', () => {
    expect(model.inquiries.storeSalesChange!.p!).toBeLessThan(P_FLOOR);
    const store = values.filter((r) => r[0] === '全店销售额（付款订单）');
    expect(store.length).toBeGreaterThan(0);
    for (const r of store) expect(r[4]).toBe(`< ${P_FLOOR}`);
  });
});
