import taxonomy from '../../rules/taxonomy.json';
import type { CategoryKind } from './records';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { Lang } from './template';

export interface TaxonomySeedRow {
  kind: CategoryKind;
  category: string;
  dimension: string;
  keywords: string[];
}

/** Seed 002's service-experience dimensions, as the Taxonomy sheet shows them. */
const DIMENSION_LABELS: Record<string, { zh: string; en: string }> = {
  visual: { zh: '视觉', en: 'visual' },
  service: { zh: '服务', en: 'service' },
  process: { zh: '流程', en: 'process' },
  product: { zh: '产品', en: 'product' },
  culture: { zh: '文化', en: 'culture' },
};

interface CategoryRuleJson {
  conditions: unknown;
  event: { type: string; params?: { kind?: string; zh?: string; en?: string; dimension?: string } };
}

/** The default taxonomy (rules/taxonomy.json) as rows of the Taxonomy sheet. */
export function defaultTaxonomyRows(lang: Lang): TaxonomySeedRow[] {
  const rules = (taxonomy as unknown as { rules: CategoryRuleJson[] }).rules;
  return rules
    .filter((rule) => rule.event.type === 'category')
    .map((rule) => {
      const params = rule.event.params ?? {};
      return {
        kind: params.kind as CategoryKind,
        category: (lang === 'zh' ? params.zh : params.en) ?? '',
        dimension: DIMENSION_LABELS[params.dimension ?? '']?.[lang] ?? '',
        keywords: keywordsOf(rule.conditions),
      };
    });
}

/** Every keyword a rule's conditions test for with `containsAny`, in order. */
function keywordsOf(condition: unknown): string[] {
  if (condition === null || typeof condition !== 'object') return [];
  const node = condition as Record<string, unknown>;
  if (node.operator === 'containsAny' && Array.isArray(node.value)) return node.value.map(String);
  const children = [node.all, node.any, node.not].flatMap((c) => (Array.isArray(c) ? c : c ? [c] : []));
  return children.flatMap(keywordsOf);
}

export function defaultSettingsValue(lang: Lang): Settings {
  return { ...DEFAULT_SETTINGS, basePay: { ...DEFAULT_SETTINGS.basePay }, language: lang };
}
