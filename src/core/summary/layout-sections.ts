/** The lower sections of a summary tab: competitors, agents, response bands, rankings, scorecard. */
import type { Cell } from '../../ports';
import { say } from '../messages/catalogue';
import { roundMoney } from '../scorecard/pay';
import { OURS } from '../sheets/records';
import { enumLabel, type Lang } from '../sheets/template';
import { FORMAT, labelStyle, num, pCell } from '../tabs/tab-builder';
import { CHART_COLUMN, type LayoutContext } from './layout-context';
import type { ComparisonRow, RankRow, ScorecardResultLike, SummaryModel } from './summary-model';

/** A share matrix (categories × shops, charted) and ours vs each competitor with verdicts. */
export function layoutComparison(ctx: LayoutContext, model: SummaryModel): void {
  const rows = model.reviews.comparison;
  if (rows.length === 0) return;
  const { tab, t } = ctx;
  const c = t.comparison;
  ctx.section(t.sections.comparison);
  const competitors = [...new Set(rows.map((r) => r.competitor))];
  const categories = [...new Set(rows.map((r) => r.category))];
  const theirs = (competitor: string, category: string): Cell =>
    rows.find((r) => r.competitor === competitor && r.category === category)?.theirsShare ?? 0;
  const ours = (category: string): Cell => rows.find((r) => r.category === category)?.oursShare ?? 0;
  ctx.subtitle(c.matrixTitle);
  const matrix = tab.table(
    [
      { header: t.share.category },
      ...[OURS, ...competitors].map((s) => ({ header: ctx.shopName(s), format: FORMAT.percent })),
    ],
    categories.map((category) => [category, ours(category), ...competitors.map((s) => theirs(s, category))]),
  );
  tab.chart({
    kind: 'bar',
    title: c.matrixTitle,
    data: { row: matrix.header, col: 1, rows: categories.length + 1, cols: competitors.length + 2 },
    anchor: { row: matrix.header, col: CHART_COLUMN },
    percentAxis: true,
  });
  tab.blank();
  comparisonTable(ctx, rows);
}

/** Ours vs each competitor, one row per category, with the verdict; noise reads "no clear difference". */
export function comparisonTable(ctx: LayoutContext, rows: readonly ComparisonRow[]): void {
  const { tab, t, none } = ctx;
  const c = t.comparison;
  tab.table(
    [
      { header: c.competitor },
      { header: t.share.category },
      { header: c.oursShare, format: FORMAT.percent },
      { header: c.oursCount, format: FORMAT.count },
      { header: c.oursTotal, format: FORMAT.count },
      { header: c.theirsShare, format: FORMAT.percent },
      { header: c.theirsCount, format: FORMAT.count },
      { header: c.theirsTotal, format: FORMAT.count },
      { header: c.verdict, label: 'neutral' },
      { header: t.share.pHolm, format: FORMAT.p },
    ],
    rows.map((r) => [
      r.competitor,
      r.category,
      num(r.oursShare, none),
      r.oursCount,
      r.oursTotal,
      num(r.theirsShare, none),
      r.theirsCount,
      r.theirsTotal,
      ctx.differenceLabel(r.label),
      pCell(r.p, none),
    ]),
    [rows.map((r) => r.label)],
  );
}

export function layoutAgents(ctx: LayoutContext, model: SummaryModel): void {
  const { tab, t, none } = ctx;
  const a = t.agents;
  const h = t.headline;
  ctx.section(t.sections.agents);
  if (model.agents.length === 0) {
    ctx.noData();
    return;
  }
  tab.table(
    [
      { header: a.agent },
      { header: a.inquiries, format: FORMAT.count },
      { header: h.converted, format: FORMAT.count },
      { header: h.conversionRate, format: FORMAT.percent },
      { header: a.previousRate, format: FORMAT.percent },
      { header: h.change, label: 'up-good' },
      { header: t.share.pHolm, format: FORMAT.p },
      { header: a.median, format: FORMAT.seconds },
      { header: a.within(model.responseThresholdSeconds), format: FORMAT.percent },
      { header: a.responses, format: FORMAT.count },
    ],
    model.agents.map((r) => [
      r.agent,
      r.inquiries,
      r.converted,
      num(r.conversionRate, none),
      num(r.previousConversionRate, none),
      t.labels[r.change.label],
      pCell(r.change.p, none),
      num(r.medianFirstResponseSeconds, none),
      num(r.withinThresholdShare, none),
      r.responses,
    ]),
    [model.agents.map((r) => r.change.label)],
  );
}

/** Conversion by first-response band, charted, and seed 004's claim tested (fastest vs slowest). */
export function layoutBands(ctx: LayoutContext, model: SummaryModel): void {
  const { tab, t, none } = ctx;
  const h = t.headline;
  ctx.section(t.sections.bands);
  const bands = tab.table(
    [
      { header: t.bands.band },
      { header: h.conversionRate, format: FORMAT.percent },
      { header: h.low, format: FORMAT.percent },
      { header: h.high, format: FORMAT.percent },
      { header: t.bands.inquiries, format: FORMAT.count },
      { header: h.converted, format: FORMAT.count },
    ],
    model.responseBands.map((b) => [
      t.bands.names[b.band],
      num(b.conversionRate, none),
      b.ci95[0],
      b.ci95[1],
      b.inquiries,
      b.converted,
    ]),
  );
  const test = model.responseBandTest;
  const row = tab.row([t.bands.test, ctx.differenceLabel(test.label), pCell(test.p, none)]);
  tab.style({ row, col: 2, rows: 1, cols: 1, ...labelStyle(test.label, 'up-good') });
  tab.style({ row, col: 3, rows: 1, cols: 1, numberFormat: FORMAT.p });
  tab.chart({
    kind: 'column',
    title: t.bands.chart,
    data: { row: bands.header, col: 1, rows: model.responseBands.length + 1, cols: 2 },
    anchor: { row: bands.header, col: CHART_COLUMN },
    percentAxis: true,
  });
}

export function layoutRankings(ctx: LayoutContext, model: SummaryModel): void {
  const { t, lang } = ctx;
  const s = t.sections;
  const r = model.rankings;
  ctx.section(s.rankings);
  if (r.source === 'orders') ctx.note(say(lang, 'matching.summary.rankingsFromOrders'));
  rankingTable(ctx, s.channel, r.channel, (k) => enumLabel('channel', k, lang));
  ctx.tab.blank();
  rankingTable(ctx, s.customerType, r.customerType, (k) => enumLabel('customerType', k, lang));
  ctx.tab.blank();
  // With orders the regions are ranked by the orders' sales; without, by inquiries: the title says which.
  rankingTable(ctx, r.source === 'orders' ? say(lang, 'matching.summary.regionBySales') : s.region, r.region);
  ctx.tab.blank();
  rankingTable(ctx, s.hot, r.product.hot);
  ctx.tab.blank();
  rankingTable(ctx, s.slow, r.product.slow);
}

function rankingTable(ctx: LayoutContext, title: string, rows: RankRow[], name = (key: string) => key): void {
  const { tab, t, none } = ctx;
  const r = t.ranking;
  const h = t.headline;
  ctx.subtitle(title);
  if (rows.length === 0) {
    ctx.noData();
    return;
  }
  // Rankings from the Orders sheet show the order counts behind their sales.
  const orders = rows.some((x) => x.orders !== undefined);
  tab.table(
    [
      { header: r.key },
      { header: r.inquiries, format: FORMAT.count },
      { header: t.share.share, format: FORMAT.percent },
      { header: h.converted, format: FORMAT.count },
      { header: h.conversionRate, format: FORMAT.percent },
      { header: h.sales, format: FORMAT.money },
      { header: r.previousInquiries, format: FORMAT.count },
      { header: r.previousConverted, format: FORMAT.count },
      { header: r.previousSales, format: FORMAT.money },
      ...(orders ? [{ header: say(ctx.lang, 'matching.summary.orders'), format: FORMAT.count }] : []),
    ],
    rows.map((x) => [
      name(x.key),
      x.inquiries,
      num(x.share, none),
      x.converted,
      num(x.conversionRate, none),
      x.sales,
      x.previousInquiries,
      x.previousConverted,
      x.previousSales,
      ...(orders ? [x.orders ?? 0] : []),
    ]),
  );
}

export function layoutScorecard(ctx: LayoutContext, rows: readonly ScorecardResultLike[]): void {
  const { tab, t, lang } = ctx;
  const s = t.scorecard;
  ctx.section(t.sections.scorecard);
  if (rows.length === 0) {
    ctx.noData();
    return;
  }
  tab.table(
    [
      { header: s.agent },
      { header: s.role },
      { header: s.level },
      { header: s.score },
      { header: s.percent, format: FORMAT.percent },
      { header: s.qualified },
      { header: s.bonus, format: FORMAT.money },
      { header: s.basePay, format: FORMAT.money },
      { header: s.pay, format: FORMAT.money },
    ],
    rows
      .map((r) => [
        r.agent,
        enumLabel('role', r.role, lang),
        enumLabel('level', r.level, lang),
        r.score,
        r.percent,
        r.qualified ? s.yes : s.no,
        r.bonus,
        r.basePay,
        r.pay,
      ])
      .concat([monthTotal(rows, lang)]),
  );
}

/** The payroll line under the agents: what the month pays out in all. */
function monthTotal(rows: readonly ScorecardResultLike[], lang: Lang): (string | number)[] {
  const sum = (key: 'bonus' | 'basePay' | 'pay') => roundMoney(rows.reduce((s, r) => s + r[key], 0));
  return [say(lang, 'scorecard.pay.total'), '', '', '', '', '', sum('bonus'), sum('basePay'), sum('pay')];
}
