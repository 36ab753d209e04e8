/**
 * Monthly: the service-experience dimensions of seed 002 (视觉 visual, 服务 service, 流程 process,
 * 产品 product, 文化 culture). Every category carries one in the Taxonomy; this rolls the month's
 * questions, problems, no-deal reasons and our reviews' mentions up to them, beside last month.
 */
import { dimensionKey, type TaxonomyRow } from '../classify/taxonomy-rules';
import { defaultRuleBook } from '../rules/default-rules';
import { OURS } from '../sheets/records';
import { type Lang, normalizeLabel } from '../sheets/template';
import type { SummaryCounts } from './summary-counts';

export interface DimensionCounts {
  preSale: number;
  afterSale: number;
  noDeal: number;
  /** Our reviews mentioning a category of the dimension. */
  reviewMentions: number;
  /** Of those, mentions that are negative. */
  reviewNegative: number;
}

export interface DimensionRow {
  /** The dimension's label in the workbook's language, or the unassigned label. */
  dimension: string;
  current: DimensionCounts;
  previous: DimensionCounts;
}

const empty = (): DimensionCounts => ({
  preSale: 0,
  afterSale: 0,
  noDeal: 0,
  reviewMentions: 0,
  reviewNegative: 0,
});

export function dimensionRollup(input: {
  counts: Pick<SummaryCounts, 'periods' | 'inquiries' | 'reviews'>;
  taxonomy: readonly TaxonomyRow[];
  lang: Lang;
  unassigned: string;
}): DimensionRow[] {
  const labels = defaultRuleBook().taxonomy.dimensions;
  const order = Object.keys(labels);
  // kind + category → dimension label
  const dimensionOf = new Map<string, string>();
  for (const t of input.taxonomy) {
    const key = dimensionKey(t.dimension);
    const label = key === '' ? t.dimension.trim() || input.unassigned : labels[key][input.lang];
    dimensionOf.set(`${t.kind}|${normalizeLabel(t.category)}`, label);
  }
  const look = (kind: string, category: string) =>
    category.trim() === ''
      ? null
      : (dimensionOf.get(`${kind}|${normalizeLabel(category)}`) ?? input.unassigned);
  const rows = new Map<string, DimensionRow>();
  const at = (dimension: string) => {
    let row = rows.get(dimension);
    if (!row) {
      row = { dimension, current: empty(), previous: empty() };
      rows.set(dimension, row);
    }
    return row;
  };
  const slots = input.counts.periods.length;
  const count = (slot: number, side: 'current' | 'previous') => {
    for (const t of input.counts.inquiries) {
      if (t.slot !== slot) continue;
      if (t.stage === 'pre-sale') {
        const q = look('pre-sale', t.questionCategory);
        if (q) at(q)[side].preSale += t.n;
        if (!t.converted) {
          const d = look('no-deal', t.noDealReason);
          if (d) at(d)[side].noDeal += t.n;
        }
      } else if (t.stage === 'after-sale') {
        const a = look('after-sale', t.questionCategory);
        if (a) at(a)[side].afterSale += t.n;
      }
    }
    for (const t of input.counts.reviews) {
      if (t.shop !== OURS || t.slot !== slot) continue;
      const seen = new Set<string>();
      const bad = new Set<string>();
      // A negative mention as the summaries and effects read it: the Taxonomy polarity words, else the rating.
      const negative = new Set(t.negative);
      for (const category of t.categories) {
        const d = look('review', category);
        if (!d) continue;
        seen.add(d);
        if (negative.has(category)) bad.add(d);
      }
      for (const d of seen) at(d)[side].reviewMentions += t.n;
      for (const d of bad) at(d)[side].reviewNegative += t.n;
    }
  };
  count(slots - 1, 'current');
  count(slots - 2, 'previous');
  const rank = (d: string) => {
    const i = order.findIndex((k) => labels[k as keyof typeof labels][input.lang] === d);
    return i < 0 ? order.length : i;
  };
  return [...rows.values()].sort(
    (a, b) => rank(a.dimension) - rank(b.dimension) || (a.dimension < b.dimension ? -1 : 1),
  );
}
