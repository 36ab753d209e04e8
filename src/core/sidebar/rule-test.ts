/**
 * The panel's rule tester: a question or review typed by hand, classified by the same compiled
 * taxonomy as "Classify new rows", with each category's matched keywords and the rule (and Taxonomy
 * row) that produced it. Nothing is written.
 */
import type { WorkbookPort } from '../../ports';
import { classifyText, compileTaxonomyRules } from '../classify/classify-text';
import {
  type CategoryRule,
  type TaxonomyRow,
  taxonomyRowsOf,
  taxonomyRules,
} from '../classify/taxonomy-rules';
import type { CategoryKind } from '../records';
import { defaultRuleBook } from '../rules/default-rules';
import { normalizeText } from '../rules/operators';
import { readTaxonomy } from '../tables';
import type { Lang } from '../template';

export const TESTABLE_KINDS: readonly CategoryKind[] = ['pre-sale', 'after-sale', 'review', 'no-deal'];

export interface RuleHit {
  category: string;
  /** The keywords of this rule found in the text, as written in the taxonomy. */
  keywords: string[];
  /** The rule's name, `<kind>/<category>`. */
  rule: string;
  /** The Taxonomy sheet row the rule comes from; null when the shipped taxonomy was used. */
  taxonomyRow: number | null;
}

export interface RuleTest {
  kind: CategoryKind;
  /** Where the keywords came from: the Taxonomy sheet, or rules/taxonomy.json when the sheet is missing or empty. */
  source: 'sheet' | 'default';
  /** Highest priority first; a question takes only the first, a review every one. */
  hits: RuleHit[];
}

export function testRule(wb: WorkbookPort, kind: CategoryKind, text: string, lang: Lang): RuleTest {
  const table = readTaxonomy(wb, { lang });
  const fromSheet = table.records.length > 0;
  const rows: (TaxonomyRow & { row?: number })[] = fromSheet
    ? table.records
    : taxonomyRowsOf(defaultRuleBook().taxonomy, lang);
  const rules = taxonomyRules(rows);
  const rowOf = new Map<CategoryRule, number | null>(rules.map((rule, i) => [rule, rows[i]?.row ?? null]));
  const taxonomy = compileTaxonomyRules(rules);
  const result = classifyText(taxonomy, kind, text);
  const normalized = normalizeText(text);
  const hits = result.rules.flatMap((name): RuleHit[] => {
    const rule = taxonomy.set.rules.find((r) => r.rule.name === name)?.rule;
    if (!rule) return [];
    const keywords = (taxonomy.keywords.get(rule) ?? [])
      .filter((k) => k.normalized !== '' && normalized.includes(k.normalized))
      .map((k) => k.written);
    return [
      { category: rule.event.params.category, keywords, rule: name, taxonomyRow: rowOf.get(rule) ?? null },
    ];
  });
  return { kind, source: fromSheet ? 'sheet' : 'default', hits };
}
