/** The review section of a summary tab: per shop mentions, negative mentions and ratings; negative comparison. */
import { say } from '../messages/catalogue';
import { FORMAT, num, pCell } from '../tabs/tab-builder';
import type { LayoutContext } from './layout-context';
import { comparisonTable } from './layout-sections';
import type { RatingShare, ShareRow, ShopReviews, SummaryModel } from './summary-model';

export function layoutReviews(ctx: LayoutContext, model: SummaryModel): void {
  const { t, lang } = ctx;
  ctx.section(t.sections.reviews);
  const shops = Object.entries(model.reviews.shops);
  if (shops.length === 0) ctx.noData();
  for (const [shop, table] of shops) {
    ctx.subtitle(`${ctx.shopName(shop)} · ${say(lang, 'summary.reviews.mentions')}`);
    if (table.defaultPraise > 0 || table.previousDefaultPraise > 0)
      ctx.note(
        say(lang, 'summary.reviews.defaultPraise', {
          count: table.defaultPraise,
          previous: table.previousDefaultPraise,
        }),
      );
    ctx.shareTable(table.categories, table, 'neutral');
    const negative = negativeRows(table);
    if (negative.length > 0) {
      ctx.subtitle(`${ctx.shopName(shop)} · ${say(lang, 'summary.reviews.negative')}`);
      ctx.shareTable(negative, table, 'up-bad');
    }
    layoutRatings(ctx, shop, table);
  }
}

/** The categories some review spoke of negatively, this period or last, as share rows. */
function negativeRows(table: ShopReviews): ShareRow[] {
  return table.categories
    .filter((r) => r.negativeCount > 0 || r.previousNegativeCount > 0)
    .map((r) => ({
      category: r.category,
      count: r.negativeCount,
      share: r.negativeShare,
      ci95: r.negativeCi95,
      previousCount: r.previousNegativeCount,
      previousShare: r.previousNegativeShare,
      label: r.negativeLabel,
      p: r.negativeP,
    }))
    .sort((a, b) => b.count - a.count || b.previousCount - a.previousCount);
}

/** Average rating, 差评率 and 中评率 with intervals, the change (absolute) and its test. */
function layoutRatings(ctx: LayoutContext, shop: string, table: ShopReviews): void {
  const { tab, t, lang, none } = ctx;
  const h = t.headline;
  if (table.rated === 0 && table.previousRated === 0) return;
  ctx.subtitle(`${ctx.shopName(shop)} · ${say(lang, 'summary.reviews.ratings')}`);
  ctx.note(say(lang, 'summary.ratings.base', { rated: table.rated, previousRated: table.previousRated }));
  const delta = (a: number | null, b: number | null) => (a === null || b === null ? none : a - b);
  const shareRow = (label: string, r: RatingShare) => [
    label,
    num(r.share, none),
    num(r.previousShare, none),
    delta(r.share, r.previousShare),
    t.labels[r.label],
    pCell(r.p, none),
    r.ci95[0],
    r.ci95[1],
  ];
  const ratings = tab.table(
    [
      { header: say(lang, 'summary.ratings.metric') },
      { header: h.current, format: FORMAT.percent },
      { header: h.previous, format: FORMAT.percent },
      { header: say(lang, 'summary.headline.delta'), format: FORMAT.percent },
      { header: h.change, label: 'up-bad' },
      { header: h.p, format: FORMAT.p },
      { header: h.low, format: FORMAT.percent },
      { header: h.high, format: FORMAT.percent },
    ],
    [
      [
        say(lang, 'summary.ratings.average'),
        num(table.averageRating, none),
        num(table.previousAverageRating, none),
        delta(table.averageRating, table.previousAverageRating),
        '',
        '',
        '',
        '',
      ],
      shareRow(say(lang, 'summary.ratings.negative'), table.negativeRatings),
      shareRow(say(lang, 'summary.ratings.neutral'), table.neutralRatings),
    ],
    [[null, table.negativeRatings.label, table.neutralRatings.label]],
  );
  // The average is in stars, not a share.
  tab.style({ row: ratings.first, col: 2, rows: 1, cols: 3, numberFormat: '0.00', align: 'right' });
}

/** Ours vs each competitor on the share of reviews that speak of a category negatively. */
export function layoutNegativeComparison(ctx: LayoutContext, model: SummaryModel): void {
  const rows = model.reviews.negativeComparison;
  if (rows.length === 0) return;
  ctx.section(say(ctx.lang, 'summary.reviews.negativeComparison'));
  comparisonTable(ctx, rows);
}
