import { defaultRuleBook } from '../rules/default-rules';
import type { TaxonomyFile } from '../rules/rule-file';
import type { SpiralRule } from '../rules/types';
import type { CategoryParams, Dimension } from '../rules/vocabulary';
import type { CategoryKind, TaxonomyEntry } from '../sheets/records';
import type { Lang } from '../sheets/template';

/** A Taxonomy sheet row without its row number: kind, category label, dimension text, keywords. */
export type TaxonomyRow = Omit<TaxonomyEntry, 'row'>;

export type CategoryRule = SpiralRule<{ type: 'category'; params: CategoryParams }>;

const normalize = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/** Seed 002's dimension for a label typed in the sheet ('服务', 'service'); '' when it is none of them. */
export function dimensionKey(text: string, file: TaxonomyFile = defaultRuleBook().taxonomy): Dimension | '' {
  const wanted = normalize(text);
  if (wanted === '') return '';
  for (const [key, label] of Object.entries(file.dimensions)) {
    if ([key, label.zh, label.en].some((l) => normalize(l) === wanted)) return key as Dimension;
  }
  return '';
}

/**
 * Turns Taxonomy sheet rows into category rules of the same shape as rules/taxonomy.json, so
 * keywords the team adds take effect on the next run. Within a kind, earlier rows rank higher.
 */
export function taxonomyRules(rows: readonly TaxonomyRow[]): CategoryRule[] {
  const perKind = new Map<CategoryKind, number>();
  for (const row of rows) perKind.set(row.kind, (perKind.get(row.kind) ?? 0) + 1);
  const seenInKind = new Map<CategoryKind, number>();
  const names = new Map<string, number>();
  return rows.map((row) => {
    const index = seenInKind.get(row.kind) ?? 0;
    seenInKind.set(row.kind, index + 1);
    const base = `${row.kind}/${row.category}`;
    const count = (names.get(base) ?? 0) + 1;
    names.set(base, count);
    return {
      name: count === 1 ? base : `${base} #${count}`,
      priority: (perKind.get(row.kind) ?? 1) - index,
      conditions: {
        all: [
          { fact: 'kind', operator: 'equal', value: row.kind },
          { fact: 'text', operator: 'containsAny', value: row.keywords.filter((k) => k.trim() !== '') },
        ],
      },
      event: {
        type: 'category',
        params: {
          kind: row.kind,
          category: row.category,
          zh: row.category,
          en: row.category,
          dimension: dimensionKey(row.dimension),
        },
      },
    };
  });
}

/** The shipped taxonomy as sheet rows in one language: labels, dimension labels and keywords. */
export function taxonomyRowsOf(file: TaxonomyFile, lang: Lang): TaxonomyRow[] {
  return file.rules.map((rule) => {
    const params = rule.event.params;
    const dimension = params.dimension === '' ? '' : file.dimensions[params.dimension][lang];
    const row: TaxonomyRow = {
      kind: params.kind,
      category: params[lang],
      dimension,
      keywords: keywordsOf(rule.conditions),
    };
    const polarity = params.kind === 'review' ? file.polarity?.categories[params.category] : undefined;
    if (polarity) {
      row.negativeKeywords = [...polarity.negative];
      row.positiveKeywords = [...polarity.positive];
    }
    return row;
  });
}

/** The keywords a rule tests the row text for (its `containsAny` conditions on `text`). */
export function keywordsOf(condition: unknown): string[] {
  if (condition === null || typeof condition !== 'object') return [];
  const node = condition as Record<string, unknown>;
  if (node.fact === 'text' && node.operator === 'containsAny' && Array.isArray(node.value)) {
    return node.value.filter((k): k is string => typeof k === 'string');
  }
  const children = [node.all, node.any].flatMap((c) => (Array.isArray(c) ? c : []));
  return children.flatMap(keywordsOf);
}

/** The default taxonomy (rules/taxonomy.json) as rows of the Taxonomy sheet. */
export function defaultTaxonomyRows(lang: Lang): TaxonomyRow[] {
  return taxonomyRowsOf(defaultRuleBook().taxonomy, lang);
}
