/**
 * The demo's typed logs for an English workbook: the category labels the demo team types (no-deal
 * reasons, manual review categories, an action's target) become the English labels of the same
 * taxonomy categories, so they are in the English Taxonomy as they are in the Chinese one.
 */
import { say } from '../../core/messages';
import { defaultRuleBook } from '../../core/rules';
import type { Lang } from '../../core/sheets';
import { AD_PLANS_EN } from './ads';
import type { DemoData } from './generate-demo';

/** Chinese category label → the same category's label in `lang`. */
export function categoryLabels(lang: Lang): Map<string, string> {
  const labels = new Map<string, string>();
  for (const rule of defaultRuleBook().taxonomy.rules) {
    const { zh, en } = rule.event.params;
    if (!labels.has(zh)) labels.set(zh, lang === 'zh' ? zh : en);
  }
  return labels;
}

/**
 * An action's target in English: the category's English label, with its kind written first where
 * that label names categories of two kinds (size/spec is a pre-sale question and a no-deal reason).
 */
function englishTarget(target: string): string {
  if (target === say('zh', 'effects.target.conversion')) return say('en', 'effects.target.conversion');
  const rules = defaultRuleBook().taxonomy.rules.map((r) => r.event.params);
  const own = rules.find((p) => p.zh === target);
  if (!own) return target;
  const kinds = new Set(rules.filter((p) => p.en === own.en).map((p) => p.kind));
  return kinds.size > 1 ? `${own.kind}: ${own.en}` : own.en;
}

export function demoInLanguage(data: DemoData, lang: Lang): DemoData {
  if (lang === 'zh') return data;
  const labels = categoryLabels(lang);
  const label = (text: string) => labels.get(text) ?? text;
  const actionTarget = (text: string) => (lang === 'en' ? englishTarget(text) : label(text));
  return {
    ...data,
    inquiries: data.inquiries.map((r) => ({
      ...r,
      noDealReason: label(r.noDealReason),
      questionCategory: label(r.questionCategory),
    })),
    reviews: data.reviews.map((r) => ({ ...r, categoryOverride: r.categoryOverride.map(label) })),
    actions: data.actions.map((a) => ({ ...a, target: actionTarget(a.target) })),
    ads: data.ads.map((a) => ({ ...a, plan: AD_PLANS_EN[a.plan] ?? a.plan })),
  };
}
