import { describe, expect, it } from 'vitest';
import { polarityRulesOf } from '../../../src/core/classify/polarity-rules';
import { taxonomyRowsOf } from '../../../src/core/classify/taxonomy-rules';
import { defaultRuleBook } from '../../../src/core/rules/default-rules';
import type { Review } from '../../../src/core/sheets/records';
import { countRows } from '../../../src/core/summary/summary-counts';
import { parsePeriod } from '../../../src/core/time/periods';
import { reviewOf } from '../../fixtures/summary/review';

const rules = polarityRulesOf(taxonomyRowsOf(defaultRuleBook().taxonomy, 'zh'));
const settings = { responseThresholdSeconds: 120, rankingSize: 3, language: 'zh' } as const;

const review = (date: string, text: string, categories: string[], rating: number): Review =>
  reviewOf({ date, text, categories, rating });

const counts = (period: string, reviews: Review[]) =>
  countRows({
    period: parsePeriod(period),
    inquiries: [],
    reviews,
    excludedRows: 0,
    settings,
    polarityRules: rules,
  });

describe('countRows over the same reviews, period after period (as a run writing several tabs does)', () => {
  it('counts a review edited between two periods as it is now: its text, rating and categories', () => {
    const smell = review('2026-11-18', '味道很大', ['气味'], 5);
    const before = counts('2026-W47', [smell]).reviews;
    expect(before).toEqual([
      expect.objectContaining({ categories: ['气味'], negative: ['气味'], rating: 5, n: 1 }),
    ]);
    smell.text = '没有异味';
    expect(counts('2026-W47', [smell]).reviews[0]).toMatchObject({ categories: ['气味'], negative: [] });
    smell.text = '还行';
    smell.rating = 1;
    expect(counts('2026-W47', [smell]).reviews[0]).toMatchObject({ negative: ['气味'], rating: 1 });
    // The same list edited in place, then replaced by a manual override.
    smell.categories.push('快递');
    expect(counts('2026-W47', [smell]).reviews[0]).toMatchObject({
      categories: ['气味', '快递'],
      negative: ['气味', '快递'],
    });
    smell.categoryOverride = ['包装'];
    expect(counts('2026-W47', [smell]).reviews[0]).toMatchObject({
      categories: ['包装'],
      negative: ['包装'],
    });
  });

  it('gives every period the same counts as a first count of the same rows', () => {
    const rows = [
      review('2026-11-18', '味道很大', ['气味'], 5),
      review('2026-11-10', '快递很快', ['快递'], 5),
      review('2026-10-02', '快递到了', ['快递'], 2),
    ];
    const fresh = (period: string) =>
      counts(
        period,
        rows.map((r) => ({ ...r, categories: [...r.categories] })),
      );
    for (const period of ['2026-W47', '2026-W46', '2026-11', '2026-10'])
      expect(counts(period, rows)).toEqual(fresh(period));
  });

  it('counts rows on the first and last day of the trend window, and none a day outside', () => {
    // 2026-W47's eight-week window runs from Monday 2026-09-28 (W40) to Sunday 2026-11-22.
    const edges = ['2026-09-27', '2026-09-28', '2026-11-22', '2026-11-23'].map((d) =>
      review(d, '快递到了', ['快递'], 2),
    );
    const counted = counts('2026-W47', edges);
    expect(counted.periods[0]).toBe('2026-W40');
    const slots = counted.reviews.map((t) => counted.periods[t.slot]).sort();
    expect(slots).toEqual(['2026-W40', '2026-W47']);
  });
});
