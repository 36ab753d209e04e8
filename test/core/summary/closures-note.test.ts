/**
 * The closed-orders note under 订单关闭原因 says something true when every closed order matched an
 * inquiry: not "0 个找不到对应的售前询单：它们不计入…" (nothing to leave out).
 */
import { describe, expect, it } from 'vitest';
import { LayoutContext } from '../../../src/core/summary/layout-context';
import { layoutClosures } from '../../../src/core/summary/layout-monthly-desk';

const lines = (unmatched: number) => {
  const ctx = new LayoutContext('zh');
  layoutClosures(ctx, [{ reason: '买家不想买了', orders: 3, previousOrders: 1 }], unmatched);
  return ctx.tab
    .build(1, [], 0)
    .values.map((r) => String(r[0]))
    .filter((l) => l.startsWith('本月 '));
};

describe('the closed-orders note', () => {
  it('with none unmatched, says they all matched', () => {
    expect(lines(0)).toEqual(['本月 3 个关闭订单都找到了对应的售前询单。']);
  });

  it('with some unmatched, says how many and that they stay out of the shares', () => {
    expect(lines(2)).toEqual([
      '本月 3 个关闭订单中，2 个找不到对应的售前询单：它们不计入未成交原因的占比（占比的基数是未成交的售前询单）。',
    ]);
  });
});

describe('the closed-orders note with none this month', () => {
  it('is left out (only last month had closed orders)', () => {
    const ctx = new LayoutContext('zh');
    layoutClosures(ctx, [{ reason: '买家不想买了', orders: 0, previousOrders: 2 }], 0);
    const text = ctx.tab.build(1, [], 0).values.map((r) => String(r[0]));
    expect(text.some((l) => l.startsWith('本月 0 个'))).toBe(false);
  });
});
