/**
 * The panel's rule tester: a question or review typed by hand, classified by the same compiled
 * taxonomy as "Classify new rows", with each category's matched keywords and the rule (and Taxonomy
 * row) that produced it. Nothing is written.
 */
import type { WorkbookPort } from '../../ports';
import { classifyText, compileTaxonomyRules } from '../classify/classify-text';
import { type Polarity, type PolarityRules, polarityOf } from '../classify/polarity';
import { polarityRulesOf } from '../classify/polarity-rules';
import { taxonomyInEffect } from '../classify/taxonomy-in-effect';
import { type CategoryRule, taxonomyRules } from '../classify/taxonomy-rules';
import { normalizeText } from '../rules/operators';
import type { CategoryKind } from '../sheets/records';
import type { Lang } from '../sheets/template';

export const TESTABLE_KINDS: readonly CategoryKind[] = ['pre-sale', 'after-sale', 'review', 'no-deal'];

export interface RuleHit {
  category: string;
  /** The keywords of this rule found in the text, as written in the taxonomy. */
  keywords: string[];
  /** The rule's name, `<kind>/<category>`. */
  rule: string;
  /** The Taxonomy sheet row the rule comes from; null when the shipped taxonomy was used. */
  taxonomyRow: number | null;
  /** Reviews only: the direction the summaries give this category for the text (no rating typed). */
  polarity?: Polarity;
  /** The category's polarity words (Taxonomy 负面词 / 正面词, else the shipped ones) found in the text. */
  polarityWords?: string[];
}

export interface RuleTest {
  kind: CategoryKind;
  /** Where the keywords came from: the Taxonomy sheet, or rules/taxonomy.json when the sheet is missing or empty. */
  source: 'sheet' | 'default';
  /** Highest priority first; a question takes only the first, a review every one. */
  hits: RuleHit[];
}

export function testRule(wb: WorkbookPort, kind: CategoryKind, text: string, lang: Lang): RuleTest {
  const { rows, source } = taxonomyInEffect(wb, lang);
  const rules = taxonomyRules(rows);
  const rowOf = new Map<CategoryRule, number | null>(rules.map((rule, i) => [rule, rows[i]?.row ?? null]));
  const taxonomy = compileTaxonomyRules(rules);
  const result = classifyText(taxonomy, kind, text);
  const normalized = normalizeText(text);
  const polarity = kind === 'review' ? polarityRulesOf(rows) : null;
  const hits = result.rules.flatMap((name): RuleHit[] => {
    const rule = taxonomy.set.rules.find((r) => r.rule.name === name)?.rule;
    if (!rule) return [];
    const keywords = (taxonomy.keywords.get(rule) ?? [])
      .filter((k) => k.normalized !== '' && normalized.includes(k.normalized))
      .map((k) => k.written);
    const category = rule.event.params.category;
    const hit: RuleHit = { category, keywords, rule: name, taxonomyRow: rowOf.get(rule) ?? null };
    return [polarity === null ? hit : { ...hit, ...directionOf(text, normalized, category, polarity) }];
  });
  return { kind, source, hits };
}

/** The polarity of one review category, as the summaries compute it, and the polarity words behind it. */
function directionOf(
  text: string,
  normalized: string,
  category: string,
  rules: PolarityRules,
): { polarity: Polarity; polarityWords: string[] } {
  const words = rules.categories.get(category);
  const found = [...(words?.negative ?? []), ...(words?.positive ?? [])].filter((w) => {
    const n = normalizeText(w.trim());
    return n !== '' && normalized.includes(n);
  });
  return { polarity: polarityOf(text, category, rules), polarityWords: found };
}
