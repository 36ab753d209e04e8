/**
 * The tests' reference for the engine path: logs with their blank categories classified, as the
 * engine reads an export folder: an
 * inquiry's blank question category takes its question's first match (by stage), a review whose
 * category cells are both blank takes every category its text mentions. What is written stays.
 */

import { type CompiledTaxonomy, classifyText } from '../../../src/core/classify/classify-text';
import type { Inquiry, Review } from '../../../src/core/sheets/records';

export function classifyBlanks(
  taxonomy: CompiledTaxonomy,
  inquiries: readonly Inquiry[],
  reviews: readonly Review[],
): { inquiries: Inquiry[]; reviews: Review[] } {
  return {
    inquiries: inquiries.map((r) =>
      r.questionCategory.trim() !== '' || r.stage === null
        ? r
        : { ...r, questionCategory: classifyText(taxonomy, r.stage, r.question).categories[0] ?? '' },
    ),
    reviews: reviews.map((r) =>
      r.categoryOverride.length > 0 || r.categories.length > 0
        ? r
        : { ...r, categories: classifyText(taxonomy, 'review', r.text).categories },
    ),
  };
}
