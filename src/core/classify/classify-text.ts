import { normalizeText, rowText } from '../rules/operators';
import { type CompiledRuleSet, compileRuleSet, matchRules } from '../rules/rule-set';
import type { CategoryKind } from '../sheets/records';
import { type CategoryRule, keywordsOf, type TaxonomyRow, taxonomyRules } from './taxonomy-rules';

/** A taxonomy ready to classify rows: its rules compiled, with each rule's keywords at hand. */
export interface CompiledTaxonomy {
  set: CompiledRuleSet<CategoryRule['event']>;
  /** Each rule's keywords as written and as compared (normalised once, at compile time). */
  keywords: Map<CategoryRule, { written: string; normalized: string }[]>;
}

export interface Classification {
  /** Category labels, highest priority first. */
  categories: string[];
  /** The keywords that matched, as written in the taxonomy. */
  matched: string[];
  /** Names of the rules that produced the categories. */
  rules: string[];
}

/** Compiles Taxonomy sheet rows (or taxonomyRowsOf the shipped file). */
export function compileTaxonomy(rows: readonly TaxonomyRow[]): CompiledTaxonomy {
  return compileTaxonomyRules(taxonomyRules(rows));
}

export function compileTaxonomyRules(rules: readonly CategoryRule[]): CompiledTaxonomy {
  const set = compileRuleSet(rules);
  const keywords = new Map(
    set.rules.map(({ rule }) => [
      rule,
      keywordsOf(rule.conditions).map((written) => ({ written, normalized: normalizeText(written) })),
    ]),
  );
  return { set, keywords };
}

/** Reviews carry every category they mention; an inquiry takes its first (highest-priority) match. */
const takesAll = (kind: CategoryKind) => kind === 'review';

/**
 * Classifies one text with the compiled fast path. Throws if the taxonomy holds a rule that only
 * the engine can evaluate (never the case for rules built from sheet rows); use classifyTexts then.
 */
export function classifyText(taxonomy: CompiledTaxonomy, kind: CategoryKind, text: string): Classification {
  const facts = { kind, text };
  const hits: CategoryRule[] = [];
  for (const { rule, predicate } of taxonomy.set.rules) {
    if (predicate === null) throw new Error(`rule "${rule.name}" needs the rules engine; use classifyTexts`);
    if (!predicate(facts)) continue;
    hits.push(rule);
    if (!takesAll(kind)) break;
  }
  return describe(taxonomy, hits, text);
}

/** Classifies many texts; rules that did not compile go through Engine.run in batches. */
export async function classifyTexts(
  taxonomy: CompiledTaxonomy,
  items: readonly { kind: CategoryKind; text: string }[],
): Promise<Classification[]> {
  if (taxonomy.set.fallback === null)
    return items.map((item) => classifyText(taxonomy, item.kind, item.text));
  const matches = await matchRules(taxonomy.set, items);
  return matches.map((rules, i) => {
    const item = items[i]!;
    return describe(taxonomy, takesAll(item.kind) ? rules : rules.slice(0, 1), item.text);
  });
}

function describe(taxonomy: CompiledTaxonomy, hits: readonly CategoryRule[], text: string): Classification {
  const categories: string[] = [];
  const matched: string[] = [];
  if (hits.length === 0) return { categories, matched, rules: [] };
  const normalized = rowText(text);
  for (const rule of hits) {
    const category = rule.event.params.category;
    if (!categories.includes(category)) categories.push(category);
    for (const { written, normalized: keyword } of taxonomy.keywords.get(rule) ?? []) {
      if (keyword !== '' && normalized.includes(keyword) && !matched.includes(written)) matched.push(written);
    }
  }
  return { categories, matched, rules: hits.map((rule) => rule.name) };
}
