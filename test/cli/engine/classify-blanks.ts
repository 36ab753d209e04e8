/**
 * The tests' reference for the engine path: logs with their blank categories classified as
 * "Classify new rows" classifies them — an inquiry's blank question category by the core's one
 * question reading (by stage), a review whose category cells are both blank by the categories its
 * reading names. What is written stays.
 */

import { readingOf } from '../../../src/core/classify/polarity';
import { polarityRulesOf } from '../../../src/core/classify/polarity-rules';
import { questionReader } from '../../../src/core/classify/question-category';
import type { TaxonomyRow } from '../../../src/core/classify/taxonomy-rules';
import type { Inquiry, Review } from '../../../src/core/sheets/records';

export function classifyBlanks(
  taxonomy: readonly TaxonomyRow[],
  inquiries: readonly Inquiry[],
  reviews: readonly Review[],
): { inquiries: Inquiry[]; reviews: Review[] } {
  const questionOf = questionReader(taxonomy);
  const reader = polarityRulesOf(taxonomy).reader!;
  return {
    inquiries: inquiries.map((r) =>
      r.questionCategory.trim() !== '' || r.stage === null
        ? r
        : { ...r, questionCategory: questionOf(r.stage, r.question)?.category ?? '' },
    ),
    reviews: reviews.map((r) =>
      r.categoryOverride.length > 0 || r.categories.length > 0
        ? r
        : { ...r, categories: readingOf(reader, r.text, r.rating).aspects.map((a) => a.category) },
    ),
  };
}
