import { describe, expect, it } from 'vitest';
import { NO_POLARITY_RULES } from '../../../src/core/classify/polarity';
import { buildTrends, trendPeriods } from '../../../src/core/summary/trends';
import { parsePeriod } from '../../../src/core/time/periods';
import { weekInquiries, weekReviews } from '../../fixtures/summary/week-fixture';

const words = { unrecorded: '未填写', unclassified: '未分类' };

describe('trends (issue 11 item 3)', () => {
  it('spans 8 weeks or 6 months up to the period', () => {
    expect(trendPeriods(parsePeriod('2026-W02')).map((p) => p.id)).toEqual([
      '2025-W47',
      '2025-W48',
      '2025-W49',
      '2025-W50',
      '2025-W51',
      '2025-W52',
      '2026-W01',
      '2026-W02',
    ]);
    expect(trendPeriods(parsePeriod('2026-03')).map((p) => p.id)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });

  it('counts the hand-worked weeks period by period', () => {
    // W40 holds the one 30 September row (pre-sale, not converted, 价格太高); W41–W45 have no
    // pre-sale row; W46 70 (30 converted), W47 60 (20). The 23 November rows are in W48, outside.
    const t = buildTrends(parsePeriod('2026-W47'), weekInquiries, weekReviews, words, NO_POLARITY_RULES);
    expect(t.periods[0]).toBe('2026-W40');
    expect(t.conversion.inquiries).toEqual([1, 0, 0, 0, 0, 0, 70, 60]);
    expect(t.conversion.converted).toEqual([0, 0, 0, 0, 0, 0, 30, 20]);
    expect(t.conversion.rate).toEqual([0, null, null, null, null, null, 30 / 70, 20 / 60]);
    // Ranked by this week's count (16, 15, 5, 2, 2), the tie broken by the window (未填写 6 > 缺货 2).
    expect(t.noDealReasons.series.map((s) => s.category)).toEqual([
      '价格太高',
      '比较犹豫',
      '运费太贵',
      '未填写',
      '缺货',
    ]);
    expect(t.noDealReasons.base).toEqual([1, 0, 0, 0, 0, 0, 40, 40]);
    expect(t.noDealReasons.series[0]!.counts).toEqual([1, 0, 0, 0, 0, 0, 5, 16]);
    expect(t.noDealReasons.series[0]!.shares.at(-1)).toBe(0.4);
    // Our reviews: 1 in W45 (气味), 10 in W46, 20 in W47 (the 2 overridden to 气味 count as 气味).
    expect(t.reviews.base).toEqual([0, 0, 0, 0, 0, 1, 10, 20]);
    expect(t.reviews.series.map((s) => [s.category, s.counts.at(-1)])).toEqual([
      ['产品质量', 10],
      ['快递', 6],
      ['花色', 5],
      ['气味', 2],
    ]);
    // Rated 5 and saying 好: no negative mention anywhere.
    expect(t.negativeReviews.series).toEqual([]);
  });
});
