/**
 * What an action aims at: a category of one kind in the Taxonomy, or the pre-sale conversion rate.
 * The target is typed by a person, so it is read loosely (case, width, spacing) and, where a label
 * sits in two kinds (其他), the kind may be written first: `未成交原因:其他`, `no-deal/其他`.
 */
import type { CategoryKind, TaxonomyEntry } from '../sheets/records';
import { enumOption, normalizeLabel } from '../sheets/template';

export type EffectTarget = { kind: 'conversion' } | { kind: CategoryKind; category: string };

export type TargetResolution =
  | { ok: true; target: EffectTarget }
  | { ok: false; reason: 'unknown' | 'ambiguous'; kinds: CategoryKind[] };

const SEPARATOR = /^(.+?)\s*[:：/]\s*(.+)$/;

export function resolveTarget(
  text: string,
  taxonomy: readonly Pick<TaxonomyEntry, 'kind' | 'category'>[],
): TargetResolution {
  const wanted = normalizeLabel(text);
  // The words that mean the pre-sale conversion rate are data: templates/enums.json's effectMetric.
  if (enumOption('effectMetric', text)?.value === 'conversion')
    return { ok: true, target: { kind: 'conversion' } };
  const exact = taxonomy.filter((t) => normalizeLabel(t.category) === wanted);
  const kinds = [...new Set(exact.map((t) => t.kind))];
  if (kinds.length === 1) return { ok: true, target: { kind: kinds[0]!, category: exact[0]!.category } };
  if (kinds.length > 1) return { ok: false, reason: 'ambiguous', kinds };
  const split = SEPARATOR.exec(text.trim());
  const kind = split ? enumOption('categoryKind', split[1]!)?.value : undefined;
  if (split && kind) {
    const label = normalizeLabel(split[2]!);
    const entry = taxonomy.find((t) => t.kind === kind && normalizeLabel(t.category) === label);
    if (entry) return { ok: true, target: { kind: entry.kind, category: entry.category } };
  }
  return { ok: false, reason: 'unknown', kinds: [] };
}
