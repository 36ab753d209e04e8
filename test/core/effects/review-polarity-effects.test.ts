/**
 * An action aimed at a review category is judged on our reviews that mention it negatively, by the
 * same polarity words as the summaries (issue 11, item 4) — not by the rating alone.
 */

import { describe, expect, it } from 'vitest';
import { generateEffects } from '../../../src/core/effects/generate-effects';
import { readSettings } from '../../../src/core/settings/settings';
import { OURS, type Review } from '../../../src/core/sheets/records';
import { MemoryWorkbook } from '../../fakes/memory-workbook';
import { actionSheet, NOW, ZONE } from '../../fixtures/effects/effects-fixture';
import { summarySheets } from '../../fixtures/summary/workbook';

/** `n` of our reviews on `date`, all mentioning 气味, rated `rating`, with `text`. */
function reviews(date: string, n: number, text: string, rating: number, from: number): Review[] {
  return Array.from({ length: n }, (_, i) => ({
    row: from + i,
    date,
    shop: OURS,
    product: '浴巾',
    rating,
    text,
    categories: ['气味'],
    categoryOverride: [],
    agentMentioned: '',
  }));
}

describe('effects on a review category follow review polarity', () => {
  // Before the action (weeks 38–41): 30 of 40 reviews complain of the smell, all rated 3 ★
  // (a rating alone calls them neutral). After it (weeks 43–46): 3 of 40 do.
  const before = [
    ...reviews('2026-09-22', 15, '毛巾有异味，洗了两次还是味道大', 3, 2),
    ...reviews('2026-10-06', 15, '有股味道，放阳台晾了好几天', 3, 100),
    ...reviews('2026-10-07', 10, '没有异味，很好', 5, 200),
  ];
  const after = [
    ...reviews('2026-10-27', 3, '还是有异味', 3, 300),
    ...reviews('2026-11-03', 37, '没有味道，很舒服', 4, 400),
  ];
  const wb = MemoryWorkbook.from({
    ...summarySheets([], [...before, ...after], 'zh'),
    ...actionSheet([['2026-10-14', '气味', '毛巾出厂前多晾晒两天', '产品', '小王']]),
  });
  const row = generateEffects(wb, NOW, ZONE, readSettings(wb).settings).rows[0]!;

  it('counts the 3 ★ reviews that say 有异味 as negative mentions, and 没有异味 as not', () => {
    expect(row.resolved).toEqual({ kind: 'review', category: '气味' });
    expect(row.before).toEqual({ hits: 30, base: 40, share: 0.75 });
    expect(row.after).toEqual({ hits: 3, base: 40, share: 0.075 });
    expect(row.label).toBe('significant-down');
  });
});
