/**
 * The share an action aims to move, counted the way the summaries count it: a no-deal reason over
 * the non-converted pre-sale inquiries, a question category over that stage's inquiries, a review
 * category as our reviews mentioning it negatively over our reviews, conversion as converted over
 * pre-sale inquiries.
 */
import { NO_POLARITY_RULES, negativeUnder, type PolarityRules } from '../classify/polarity';
import { isDefaultPraise } from '../ingest/default-praise';
import { effectiveCategories, type Inquiry, OURS, type Review } from '../sheets/records';
import { normalizeLabel } from '../sheets/template';
import type { EffectTarget } from './target';

export interface Count {
  hits: number;
  base: number;
}

/** Whether a review mentions a category negatively. */
export type NegativeMention = (review: Review, category: string) => boolean;

/**
 * A review mentions a category negatively when it counts under that category and the polarity
 * words of the Taxonomy read that category negatively (the rating decides when none is found) —
 * the same reading as the summaries' negative mentions.
 */
export function negativeMention(rules: PolarityRules = NO_POLARITY_RULES): NegativeMention {
  return (review, category) => {
    const wanted = normalizeLabel(category);
    const own = effectiveCategories(review).find((c) => normalizeLabel(c) === wanted);
    return own !== undefined && negativeUnder(review.text, own.trim(), rules, review.rating);
  };
}

/** Adds the target's hits and base among these rows to `into`. */
export function countTarget(
  target: EffectTarget,
  inquiries: readonly Inquiry[],
  reviews: readonly Review[],
  negative: NegativeMention,
  into: Count,
): void {
  if (target.kind === 'review') {
    for (const r of reviews) {
      // 系统默认好评 says nothing about the goods or the service: in no share's base.
      if (r.shop !== OURS || isDefaultPraise(r.text)) continue;
      into.base++;
      if (negative(r, target.category)) into.hits++;
    }
    return;
  }
  const stage = target.kind === 'after-sale' ? 'after-sale' : 'pre-sale';
  const wanted = target.kind === 'conversion' ? '' : normalizeLabel(target.category);
  for (const r of inquiries) {
    if (r.stage !== stage) continue;
    switch (target.kind) {
      case 'conversion':
        into.base++;
        if (r.converted === true) into.hits++;
        break;
      case 'no-deal':
        if (r.converted === true) break;
        into.base++;
        if (normalizeLabel(r.noDealReason) === wanted) into.hits++;
        break;
      default:
        into.base++;
        if (normalizeLabel(r.questionCategory) === wanted) into.hits++;
    }
  }
}
