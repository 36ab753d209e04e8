/**
 * Monthly: the service-experience dimensions of seed 002 (视觉 visual, 服务 service, 流程 process,
 * 产品 product, 文化 culture). Every category carries one in the Taxonomy; this rolls the month's
 * questions, problems, no-deal reasons and our reviews' mentions up to them, beside last month.
 */
import { dimensionKey, type TaxonomyRow } from '../classify/taxonomy-rules';
import { type NegativeMention, negativeMention } from '../effects/target-share';
import { type Period, periodContains } from '../periods';
import { effectiveCategories, type Inquiry, OURS, type Review } from '../records';
import { defaultRuleBook } from '../rules/default-rules';
import { type Lang, normalizeLabel } from '../template';

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

export function dimensionRollup(
  input: {
    inquiries: readonly Inquiry[];
    reviews: readonly Review[];
    taxonomy: readonly TaxonomyRow[];
    period: Period;
    previous: Period;
    lang: Lang;
    unassigned: string;
  },
  negative: NegativeMention = negativeMention(),
): DimensionRow[] {
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
  const count = (period: Period, side: 'current' | 'previous') => {
    for (const r of input.inquiries) {
      if (!periodContains(period, r.date)) continue;
      if (r.stage === 'pre-sale') {
        const q = look('pre-sale', r.questionCategory);
        if (q) at(q)[side].preSale++;
        if (r.converted !== true) {
          const d = look('no-deal', r.noDealReason);
          if (d) at(d)[side].noDeal++;
        }
      } else if (r.stage === 'after-sale') {
        const a = look('after-sale', r.questionCategory);
        if (a) at(a)[side].afterSale++;
      }
    }
    for (const r of input.reviews) {
      if (r.shop !== OURS || !periodContains(period, r.date)) continue;
      const seen = new Set<string>();
      const bad = new Set<string>();
      for (const category of effectiveCategories(r)) {
        const d = look('review', category);
        if (!d) continue;
        seen.add(d);
        if (negative(r, category)) bad.add(d);
      }
      for (const d of seen) at(d)[side].reviewMentions++;
      for (const d of bad) at(d)[side].reviewNegative++;
    }
  };
  count(input.period, 'current');
  count(input.previous, 'previous');
  const rank = (d: string) => {
    const i = order.findIndex((k) => labels[k as keyof typeof labels][input.lang] === d);
    return i < 0 ? order.length : i;
  };
  return [...rows.values()].sort(
    (a, b) => rank(a.dimension) - rank(b.dimension) || (a.dimension < b.dimension ? -1 : 1),
  );
}
