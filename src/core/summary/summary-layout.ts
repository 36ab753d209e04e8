/**
 * The summary model laid out for people: a headline block first, then titled sections, shares as
 * percentages, labels coloured, charts where a picture reads better. Text from the user's data is
 * put in cells as it is (adapters write text literally).
 */
import type { TabContent } from '../../ports';
import { say } from '../messages/catalogue';
import { PRODUCT_ROLES } from '../roles/suggest-role';
import type { Lang } from '../sheets/template';
import { FORMAT, num, type Polarity, pCell } from '../tabs/tab-builder';
import { layoutAgentBuyers, layoutBuyerHeadline } from './buyer-layout';
import { layoutAds } from './layout-ads';
import { CHART_COLUMN, COLUMN_WIDTHS, LayoutContext, NOTE, TABLE_WIDTH, TITLE } from './layout-context';
import { layoutDsr } from './layout-dsr';
import { layoutFindings, layoutMoreFindings } from './layout-findings';
import { layoutClosures, layoutMonthlyDesk } from './layout-monthly-desk';
import {
  layoutEffectLines,
  layoutMoney,
  layoutPartFolds,
  layoutPartLines,
  type Part,
  pointsText,
} from './layout-overview';
import { layoutRepeat } from './layout-repeat';
import { layoutNegativeComparison, layoutReviews } from './layout-reviews';
import { layoutRoles } from './layout-roles';
import {
  layoutAgents,
  layoutBands,
  layoutComparison,
  layoutRankings,
  layoutScorecard,
} from './layout-sections';
import { layoutTrends } from './layout-trends';
import type { SummaryModel } from './summary-model';
import type { AnyLabel } from './summary-text';
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
  if (model.period.partial && model.dataRange !== null) {
    tab.row([say(lang, 'summary.headline.partial', model.dataRange)], { bold: true, fontColor: '#b06000' });
  }
  // The first screen: findings, the money line, the effects (issue 23 item 6).
  layoutFindings(ctx, model);
  layoutMoney(ctx, model);
  layoutEffectLines(ctx, model);
  const all = parts(ctx, model);
  layoutPartLines(ctx, all);
  layoutMoreFindings(ctx, model);
  layoutPartFolds(ctx, all);
  return tab.build(TABLE_WIDTH, COLUMN_WIDTHS, FROZEN_ROWS);
}

/** A stage's question categories, shares against the previous period. */
function questionPart(
  ctx: LayoutContext,
  model: SummaryModel,
  stage: 'pre-sale' | 'after-sale',
  title: string,
  polarity: Polarity,
): Part {
  return {
    title,
    labels: model.questionCategories[stage].map((r) => r.label),
    kind: 'change',
    draw: () => {
      ctx.section(title);
      ctx.shareTable(model.questionCategories[stage], model.bases[stage], polarity);
    },
  };
}

/** Every part below the first screen, in order, with the labels of the tests it shows. */
function parts(ctx: LayoutContext, model: SummaryModel): Part[] {
  const { tab, t, lang } = ctx;
  const q = model.inquiries;
  const shareLabels = (rows: readonly { label: AnyLabel }[]) => rows.map((r) => r.label);
  const shops = Object.values(model.reviews.shops);
  const list: (Part | false)[] = [
    {
      title: say(lang, 'overview.headline.title'),
      labels: [q.change.label, q.salesChange.label, q.averageOrderValueChange.label],
      kind: 'change',
      draw: () => {
        ctx.section(say(lang, 'overview.headline.title'));
        layoutHeadline(ctx, model);
        tab.blank();
        layoutBuyerHeadline(ctx, model);
      },
    },
    model.ads !== undefined && {
      title: say(lang, 'ads.section'),
      labels: [
        ...model.ads.channels.map((c) => c.roiChange.label),
        model.ads.total.roiChange.label,
        model.ads.store.change.label,
      ],
      kind: 'change',
      draw: () => layoutAds(ctx, model),
    },
    model.dsr !== undefined && {
      title: say(lang, 'dsr.section', { weeks: model.dsr.weeks.length }),
      labels: model.dsr.correlations.map((c) =>
        c.label === 'negative' || c.label === 'positive' ? 'significant-up' : 'noise',
      ),
      kind: 'change',
      draw: () => layoutDsr(ctx, model),
    },
    model.repeat !== undefined && {
      title: say(lang, 'repeat.section'),
      labels: [model.repeat.label],
      kind: 'change',
      draw: () => layoutRepeat(ctx, model),
    },
    { draw: () => layoutTrends(ctx, model) },
    {
      title: t.sections.noDealReasons,
      labels: shareLabels(model.noDealReasons),
      kind: 'change',
      draw: () => layoutNoDeal(ctx, model),
    },
    questionPart(ctx, model, 'pre-sale', t.sections.preSale, 'neutral'),
    questionPart(ctx, model, 'after-sale', t.sections.afterSale, 'up-bad'),
    {
      title: t.sections.reviews,
      labels: shops.flatMap((s) => [
        ...s.categories.flatMap((r) => [r.label, r.negativeLabel]),
        s.negativeRatings.label,
        s.neutralRatings.label,
      ]),
      kind: 'change',
      draw: () => layoutReviews(ctx, model),
    },
    model.reviews.comparison.length > 0 && {
      title: t.sections.comparison,
      labels: shareLabels(model.reviews.comparison),
      kind: 'difference',
      draw: () => layoutComparison(ctx, model),
    },
    model.reviews.negativeComparison.length > 0 && {
      title: say(lang, 'summary.reviews.negativeComparison'),
      labels: shareLabels(model.reviews.negativeComparison),
      kind: 'difference',
      draw: () => layoutNegativeComparison(ctx, model),
    },
    {
      title: t.sections.agents,
      labels: model.agents.map((a) => a.change.label),
      kind: 'change',
      draw: () => {
        layoutAgents(ctx, model);
        layoutAgentBuyers(ctx, model);
      },
    },
    {
      title: t.sections.bands,
      labels: [model.responseBandTest.label],
      kind: 'difference',
      draw: () => layoutBands(ctx, model),
    },
    { draw: () => layoutRankings(ctx, model) },
    model.roles !== undefined && {
      title: say(lang, 'roles.section'),
      labels: PRODUCT_ROLES.flatMap((role) => model.roles!.roles[role].map((r) => r.change.label)),
      kind: 'change',
      draw: () => layoutRoles(ctx, model),
    },
    model.competitorProbes !== undefined &&
      model.dimensions !== undefined && {
        draw: () =>
          layoutMonthlyDesk(ctx, { probes: model.competitorProbes!, dimensions: model.dimensions! }),
      },
    model.orderClosures !== undefined && {
      draw: () => layoutClosures(ctx, model.orderClosures!, model.unmatchedClosures ?? 0),
    },
    // The month's pay is what the team opens the monthly tab for: it never folds shut.
    model.scorecard !== undefined && { open: true, draw: () => layoutScorecard(ctx, model.scorecard!) },
  ];
  return list.filter((p): p is Part => p !== false);
}

function layoutNoDeal(ctx: LayoutContext, model: SummaryModel): void {
  const { tab, t, lang } = ctx;
  ctx.section(t.sections.noDealReasons);
  const noDeal = ctx.shareTable(model.noDealReasons, model.bases.noDealReasons, 'up-bad');
  if ((model.suggestedReasons ?? 0) > 0)
    tab.row([say(lang, 'summary.noDeal.suggested', { count: model.suggestedReasons ?? 0 })], {
      fontColor: '#666666',
    });
  if (noDeal !== null) {
    tab.chart({
      kind: 'bar',
      title: t.sections.noDealReasons,
      data: { row: noDeal, col: 1, rows: model.noDealReasons.length + 1, cols: 2 },
      anchor: { row: noDeal, col: CHART_COLUMN },
      percentAxis: true,
    });
  }
}

function layoutHeadline(ctx: LayoutContext, model: SummaryModel): void {
  const { tab, t, none, lang } = ctx;
  const h = t.headline;
  const q = model.inquiries;
  const d = q.deltas;
  const change = (metric: keyof typeof d) => [num(d[metric].absolute, none), num(d[metric].relative, none)];
  const excluded =
    model.undatedExcludedRows > 0
      ? `${h.excludedRows}（${say(lang, 'summary.headline.undatedExcluded', { count: model.undatedExcludedRows })}）`
      : h.excludedRows;
  const headline = tab.table(
    [
      { header: h.metric },
      { header: h.current },
      { header: h.previous },
      { header: say(lang, 'summary.headline.delta') },
      { header: say(lang, 'summary.headline.deltaPercent'), format: FORMAT.percent },
      { header: h.change, label: 'up-good' },
      { header: h.p, format: FORMAT.p },
      { header: h.low, format: FORMAT.percent },
      { header: h.high, format: FORMAT.percent },
    ],
    [
      [h.preSale, q.total, q.previousTotal, ...change('total')],
      [h.converted, q.converted, q.previousConverted, ...change('converted')],
      [
        h.conversionRate,
        num(q.conversionRate, none),
        num(q.previousConversionRate, none),
        // A change of a rate is in percentage points, labelled so; a percent of a percent would mislead.
        pointsText(q.previousConversionRate, q.conversionRate, lang),
        none,
        t.labels[q.change.label],
        pCell(q.change.p, none),
        q.ci95[0],
        q.ci95[1],
      ],
      [
        // Named as the finding names it: with orders, the shop's sales are another figure (全店销售额).
        say(lang, 'summary.findings.subject.sales'),
        q.sales,
        q.previousSales,
        ...change('sales'),
        t.labels[q.salesChange.label],
        pCell(q.salesChange.p, none),
      ],
      [
        h.averageOrderValue,
        num(q.averageOrderValue, none),
        num(q.previousAverageOrderValue, none),
        ...change('averageOrderValue'),
        t.labels[q.averageOrderValueChange.label],
        pCell(q.averageOrderValueChange.p, none),
      ],
      [h.afterSale, q.afterSaleTotal, q.previousAfterSaleTotal, ...change('afterSaleTotal')],
      [excluded, model.excludedRows],
    ],
    [[null, null, q.change.label, q.salesChange.label, q.averageOrderValueChange.label]],
  );
  // Each headline row has its own unit, so formats go by row here rather than by column.
  const byRow = (offset: number, rows: number, numberFormat: string) =>
    tab.style({ row: headline.first + offset, col: 2, rows, cols: 3, numberFormat, align: 'right' });
  byRow(0, 2, FORMAT.count);
  byRow(2, 1, FORMAT.percent);
  byRow(3, 2, FORMAT.money);
  byRow(5, 2, FORMAT.count);
  tab.row([t.legend], { ...NOTE, fontSize: 9 });
}
