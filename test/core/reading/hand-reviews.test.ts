import { describe, expect, it } from 'vitest';
import { defaultTaxonomyRows } from '../../../src/core/classify/taxonomy-rules';
import { readText } from '../../../src/core/reading/reader';
import { readerOf } from '../../../src/core/reading/taxonomy-reader';
import { HAND_REVIEWS, type Mark } from '../../fixtures/reading/reviews';

const reader = readerOf(defaultTaxonomyRows('zh'), 'review');
const MARK = { negative: 'n', neutral: '0', positive: 'p' } as const;

describe('the hand-written reviews read as a person reads them (issue 20)', () => {
  it.each(HAND_REVIEWS.map((r, i) => [i + 1, r.why, r] as const))('#%i %s', (_n, _why, review) => {
    const reading = readText(reader, review.text, review.rating);
    const got: Record<string, Mark> = {};
    for (const a of reading.aspects) got[a.category] = MARK[a.polarity];
    expect(
      { overall: MARK[reading.overall], aspects: pick(got, Object.keys(review.aspects)) },
      review.text,
    ).toEqual({
      overall: review.overall,
      aspects: review.aspects,
    });
    for (const category of review.absent ?? [])
      expect(got[category], `${review.text}: ${category}`).toBeUndefined();
  });
});

function pick(got: Record<string, Mark>, keys: readonly string[]): Record<string, Mark | undefined> {
  return Object.fromEntries(keys.map((k) => [k, got[k]]));
}
