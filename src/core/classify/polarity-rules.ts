/** Polarity rules from Taxonomy rows (the sheet, or the shipped file as rows). */
import type { Lexicon } from '../reading/lexicon';
import { readerOf } from '../reading/taxonomy-reader';
import { defaultRuleBook } from '../rules/default-rules';
import type { TaxonomyFile } from '../rules/rule-file';
import type { PolarityKeywords, PolarityRules } from './polarity';
import type { TaxonomyRow } from './taxonomy-rules';

/**
 * The review rows' polarity keywords by category label. A review category whose 负面词 / 正面词
 * cells are both blank (a sheet set up before those columns existed) takes the shipped keywords
 * of the default category with the same Chinese or English label, so polarity works at once.
 */
export function polarityRulesOf(
  rows: readonly TaxonomyRow[],
  lexicon?: Lexicon,
  file: TaxonomyFile = defaultRuleBook().taxonomy,
): PolarityRules {
  const shipped = new Map<string, PolarityKeywords>();
  for (const rule of file.rules) {
    const params = rule.event.params;
    const keywords = file.polarity?.categories[params.category];
    if (params.kind !== 'review' || !keywords) continue;
    shipped.set(params.zh, keywords);
    shipped.set(params.en, keywords);
  }
  const categories = new Map<string, PolarityKeywords>();
  for (const row of rows) {
    if (row.kind !== 'review') continue;
    const negative = row.negativeKeywords ?? [];
    const positive = row.positiveKeywords ?? [];
    const own = negative.length > 0 || positive.length > 0;
    const keywords = own ? { negative, positive } : shipped.get(row.category);
    if (!keywords) continue;
    const before = categories.get(row.category);
    categories.set(
      row.category,
      before
        ? {
            negative: [...before.negative, ...keywords.negative],
            positive: [...before.positive, ...keywords.positive],
          }
        : keywords,
    );
  }
  return {
    categories,
    negations: file.polarity?.negations ?? [],
    notNegations: file.polarity?.notNegations ?? [],
    reader: readerOf(rows, 'review', lexicon, file),
  };
}
