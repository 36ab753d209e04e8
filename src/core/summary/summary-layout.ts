/**
 * The summary model laid out for people: a headline block first, then titled sections, shares as
 * percentages, labels coloured, charts where a picture reads better. Text from the user's data is
 * put in cells as it is (adapters write text literally).
 */
import type { TabContent } from '../../ports';
import { layoutAgentBuyers, layoutBuyerHeadline } from '../matching/buyer-layout';
import type { Lang } from '../template';
import { CHART_COLUMN, COLUMN_WIDTHS, LayoutContext, NOTE, TABLE_WIDTH, TITLE } from './layout-context';
import { layoutMonthlyDesk } from './layout-monthly-desk';
import {
  layoutAgents,
  layoutBands,
  layoutComparison,
  layoutRankings,
  layoutScorecard,
} from './layout-sections';
import type { SummaryModel } from './summary-model';
import { FORMAT, num } from './tab-builder';
import { summaryTabName } from './tab-name';

/** Rows 1–2 (the period and the previous one) stay in view while scrolling. */
export const FROZEN_ROWS = 2;

export function layoutSummary(model: SummaryModel, lang: Lang): TabContent {
  const ctx = new LayoutContext(lang);
  const { tab, t } = ctx;
  tab.row(
    [`${summaryTabName(model.period, lang)} · ${t.dates(model.period.start, model.period.end)}`],
    TITLE,
  );
  tab.row(
    [`${t.previousPeriod} ${model.previous.id} · ${t.dates(model.previous.start, model.previous.end)}`],
    NOTE,
  );
  tab.blank();
  layoutHeadline(ctx, model);
  tab.blank();
  layoutBuyerHeadline(ctx, model);

  ctx.section(t.sections.noDealReasons);
  const noDeal = ctx.shareTable(model.noDealReasons, model.bases.noDealReasons, 'up-bad');
  if (noDeal !== null) {
    tab.chart({
      kind: 'bar',
      title: t.sections.noDealReasons,
      data: { row: noDeal, col: 1, rows: model.noDealReasons.length + 1, cols: 2 },
      anchor: { row: noDeal, col: CHART_COLUMN },
      percentAxis: true,
    });
  }
  ctx.section(t.sections.preSale);
  ctx.shareTable(model.questionCategories['pre-sale'], model.bases['pre-sale'], 'neutral');
  ctx.section(t.sections.afterSale);
  ctx.shareTable(model.questionCategories['after-sale'], model.bases['after-sale'], 'up-bad');

  ctx.section(t.sections.reviews);
  const shops = Object.entries(model.reviews.shops);
  if (shops.length === 0) ctx.noData();
  for (const [shop, table] of shops) {
    ctx.subtitle(ctx.shopName(shop));
    ctx.shareTable(table.categories, table, 'neutral');
  }
  layoutComparison(ctx, model);
  layoutAgents(ctx, model);
  layoutAgentBuyers(ctx, model);
  layoutBands(ctx, model);
  layoutRankings(ctx, model);
  if (model.competitorProbes && model.dimensions)
    layoutMonthlyDesk(ctx, { probes: model.competitorProbes, dimensions: model.dimensions });
  if (model.scorecard) layoutScorecard(ctx, model.scorecard);
  return tab.build(TABLE_WIDTH, COLUMN_WIDTHS, FROZEN_ROWS);
}

function layoutHeadline(ctx: LayoutContext, model: SummaryModel): void {
  const { tab, t, none } = ctx;
  const h = t.headline;
  const q = model.inquiries;
  const headline = tab.table(
    [
      { header: h.metric },
      { header: h.current },
      { header: h.previous },
      { header: h.change, label: 'up-good' },
      { header: h.p, format: FORMAT.p },
      { header: h.low, format: FORMAT.percent },
      { header: h.high, format: FORMAT.percent },
    ],
    [
      [h.preSale, q.total, q.previousTotal],
      [h.converted, q.converted, q.previousConverted],
      [
        h.conversionRate,
        num(q.conversionRate, none),
        num(q.previousConversionRate, none),
        t.labels[q.change.label],
        num(q.change.p, none),
        q.ci95[0],
        q.ci95[1],
      ],
      [h.sales, q.sales, q.previousSales],
      [h.averageOrderValue, num(q.averageOrderValue, none), num(q.previousAverageOrderValue, none)],
      [h.afterSale, q.afterSaleTotal, q.previousAfterSaleTotal],
      [h.excludedRows, model.excludedRows],
    ],
    [[null, null, q.change.label]],
  );
  // Each headline row has its own unit, so formats go by row here rather than by column.
  tab.style({ row: headline.first, col: 2, rows: 2, cols: 2, numberFormat: FORMAT.count });
  tab.style({ row: headline.first + 2, col: 2, rows: 1, cols: 2, numberFormat: FORMAT.percent });
  tab.style({ row: headline.first + 3, col: 2, rows: 2, cols: 2, numberFormat: FORMAT.money });
  tab.style({ row: headline.first + 5, col: 2, rows: 2, cols: 2, numberFormat: FORMAT.count });
  tab.row([t.legend], { ...NOTE, fontSize: 9 });
}
