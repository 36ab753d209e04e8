import { describe, expect, it } from 'vitest';
import { polarityRulesOf } from '../../../src/core/classify/polarity-rules';
import { taxonomyRowsOf } from '../../../src/core/classify/taxonomy-rules';
import { countTarget } from '../../../src/core/effects/target-share';
import { isDefaultPraise } from '../../../src/core/ingest/default-praise';
import { defaultRuleBook } from '../../../src/core/rules/default-rules';
import { OURS, type Review } from '../../../src/core/sheets/records';
import { buildSummary } from '../../../src/core/summary/build-summary';
import { parsePeriod } from '../../../src/core/time/periods';
import { reviewOf } from '../../fixtures/summary/review';

const rules = polarityRulesOf(taxonomyRowsOf(defaultRuleBook().taxonomy, 'zh'));
const DEFAULT = '评价方未及时做出评价,系统默认好评!';

let row = 2;
const reviews = (n: number, fields: Partial<Review>): Review[] =>
  Array.from({ length: n }, () => reviewOf({ row: row++, date: '2026-11-18', ...fields }));

// Hand-worked, week 2026-W47. Ours: 2 × 质量差 (★1, 产品质量), 2 × 快递很快 (★5, 快递), and 6 ×
// 系统默认好评 (★5): the shares are over the 4 real reviews — 差评率 2/4, 产品质量 2/4, 快递 2/4 —
// not over 10 (差评率 2/10 would hide half the complaints). 竞品A: 1 × 质量差 (★1) and 3 defaults:
// its base is 1. Last week, ours: 1 default only (counted, a base of 0).
const logged: Review[] = [
  ...reviews(2, { text: '质量差', categories: ['产品质量'], rating: 1 }),
  ...reviews(2, { text: '快递很快', categories: ['快递'], rating: 5 }),
  ...reviews(6, { text: DEFAULT, rating: 5 }),
  ...reviews(1, { shop: '竞品A', text: '质量差', categories: ['产品质量'], rating: 1 }),
  ...reviews(3, { shop: '竞品A', text: `  ${DEFAULT}`, rating: 5 }),
  ...reviews(1, { date: '2026-11-10', text: '系统默认好评', rating: 5 }),
];

const model = buildSummary({
  period: parsePeriod('2026-W47'),
  inquiries: [],
  reviews: logged,
  excludedRows: 0,
  settings: { responseThresholdSeconds: 120, rankingSize: 3, language: 'zh' },
  polarityRules: rules,
});

describe('系统默认好评 (default praise) rows', () => {
  it('are told by the phrases of templates/reviews.json', () => {
    expect(isDefaultPraise(DEFAULT)).toBe(true);
    expect(isDefaultPraise('系统默认好评')).toBe(true);
    expect(isDefaultPraise('好评，质量不错')).toBe(false);
    expect(isDefaultPraise('')).toBe(false);
  });

  it('are counted per shop and left out of every share’s base', () => {
    const ours = model.reviews.shops[OURS]!;
    expect(ours).toMatchObject({ total: 4, defaultPraise: 6, previousDefaultPraise: 1, previousTotal: 0 });
    expect(ours).toMatchObject({ rated: 4, negativeRatingShare: 0.5, averageRating: 3 });
    expect(ours.categories.find((c) => c.category === '产品质量')).toMatchObject({ count: 2, share: 0.5 });
    expect(model.reviews.shops.竞品A).toMatchObject({ total: 1, defaultPraise: 3, rated: 1 });
  });

  it('are left out of ours vs a competitor', () => {
    const quality = model.reviews.comparison.find((c) => c.category === '产品质量')!;
    expect(quality).toMatchObject({ oursCount: 2, oursTotal: 4, theirsCount: 1, theirsTotal: 1 });
  });

  it('are left out of an effect’s review base', () => {
    const into = { hits: 0, base: 0 };
    countTarget({ kind: 'review', category: '产品质量' }, [], logged, () => false, into);
    expect(into.base).toBe(4);
  });
});
