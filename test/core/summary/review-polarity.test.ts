import { describe, expect, it } from 'vitest';
import { polarityRulesOf } from '../../../src/core/classify/polarity-rules';
import { taxonomyRowsOf } from '../../../src/core/classify/taxonomy-rules';
import { defaultRuleBook } from '../../../src/core/rules/default-rules';
import { OURS, type Review } from '../../../src/core/sheets/records';
import { buildSummary } from '../../../src/core/summary/build-summary';
import { parsePeriod } from '../../../src/core/time/periods';
import { reviewOf } from '../../fixtures/summary/review';

const rules = polarityRulesOf(taxonomyRowsOf(defaultRuleBook().taxonomy, 'zh'));

let row = 2;
const reviews = (n: number, date: string, text: string, categories: string[], rating: number): Review[] =>
  Array.from({ length: n }, () => reviewOf({ row: row++, date, text, categories, rating }));

// This week, ours, 10 reviews: 4 × 味道很大 (★5: the keyword makes 气味 negative), 2 × 没有异味 (★1:
// the negation makes 气味 positive), 4 × 快递到了 (★2: no polarity word, the rating makes 快递 negative).
// Last week: 10 × 快递很快 (★5). Ratings: 4×5 + 2×1 + 4×2 = 30 → average 3.0; 1–2 ★ 6/10; 3 ★ 0/10.
// 差评率 0/10 → 6/10: expected 3 < 5 → Fisher p .010836; 中评率 0/10 → 0/10: p 1; Holm ×2 → .021672.
// Negative 快递 0/10 → 4/10: Fisher p .086687; negative 气味 0/10 → 4/10: the same; Holm over the two → .1734.
const model = buildSummary({
  period: parsePeriod('2026-W47'),
  inquiries: [],
  reviews: [
    ...reviews(4, '2026-11-18', '味道很大', ['气味'], 5),
    ...reviews(2, '2026-11-18', '没有异味', ['气味'], 1),
    ...reviews(4, '2026-11-18', '快递到了', ['快递'], 2),
    ...reviews(10, '2026-11-10', '快递很快', ['快递'], 5),
  ],
  excludedRows: 0,
  settings: { responseThresholdSeconds: 120, rankingSize: 3, language: 'zh' },
  polarityRules: rules,
});

describe('reviews with a direction, and ratings (summary)', () => {
  const ours = model.reviews.shops[OURS]!;

  it('counts negative mentions per category over the shop’s reviews', () => {
    const smell = ours.categories.find((c) => c.category === '气味')!;
    expect(smell).toMatchObject({ count: 6, share: 0.6, negativeCount: 4, negativeShare: 0.4 });
    const courier = ours.categories.find((c) => c.category === '快递')!;
    expect(courier).toMatchObject({
      count: 4,
      previousCount: 10,
      negativeCount: 4,
      negativeShare: 0.4,
      previousNegativeCount: 0,
      previousNegativeShare: 0,
      negativeLabel: 'noise',
    });
    expect(courier.negativeP).toBeCloseTo(2 * 0.08668730650154799, 12);
  });

  it('gives the average rating, 差评率 and 中评率 with their change', () => {
    expect(ours).toMatchObject({
      rated: 10,
      averageRating: 3,
      previousAverageRating: 5,
      negativeRatingShare: 0.6,
      neutralRatingShare: 0,
    });
    expect(ours.negativeRatings).toMatchObject({ count: 6, previousCount: 0, label: 'significant-up' });
    expect(ours.negativeRatings.p).toBeCloseTo(2 * 0.010835913312693497, 12);
    expect(ours.neutralRatings).toMatchObject({ count: 0, label: 'noise', p: 1 });
    // Mentions moved too: 气味 0/10 → 6/10 and 快递 10/10 → 4/10 are mirror tables (Fisher p .010836
    // each, Holm ×2). Three ties on p and on size (60 points): they keep the tab's order.
    expect(model.findings.map((f) => f.text)).toEqual([
      '本店评价「气味」占比 0% → 60%，显著上升',
      '本店评价「快递」占比 100% → 40%，显著下降',
      '本店差评率 0% → 60%，显著上升',
    ]);
  });
});
