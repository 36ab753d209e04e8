/** The trend section: a table per measure, period by period, each with a line chart beside it. */
import { type MessageKey, say } from '../messages/catalogue';
import { FORMAT, num } from '../tabs/tab-builder';
import { CHART_COLUMN, type LayoutContext } from './layout-context';
import type { SummaryModel } from './summary-model';
import type { TrendTable } from './trends';

/** Tall enough to read, short enough not to run into the next trend's chart. */
const CHART = { width: 520, height: 200 } as const;

export function layoutTrends(ctx: LayoutContext, model: SummaryModel): void {
  const { tab, lang, none } = ctx;
  const trends = model.trends;
  const count = trends.periods.length;
  const span = say(lang, model.period.kind === 'week' ? 'summary.trends.weeks' : 'summary.trends.months', {
    count,
  });
  ctx.section(`${say(lang, 'summary.trends.title')} · ${span}`);
  const c = trends.conversion;
  const conversionTitle = say(lang, 'summary.trends.conversion');
  const conversion = tab.table(
    [
      { header: say(lang, 'summary.trends.period') },
      { header: conversionTitle, format: FORMAT.percent },
      { header: say(lang, 'summary.trends.inquiries'), format: FORMAT.count },
    ],
    trends.periods.map((id, i) => [id, num(c.rate[i], none), c.inquiries[i]!]),
  );
  tab.chart({
    kind: 'line',
    title: conversionTitle,
    data: { row: conversion.header, col: 1, rows: count + 1, cols: 2 },
    anchor: { row: conversion.header, col: CHART_COLUMN },
    percentAxis: true,
    ...CHART,
  });
  const tables: [MessageKey, TrendTable][] = [
    ['summary.trends.noDealReasons', trends.noDealReasons],
    ['summary.trends.preSale', trends.preSale],
    ['summary.trends.reviews', trends.reviews],
    ['summary.trends.negativeReviews', trends.negativeReviews],
  ];
  for (const [key, table] of tables) {
    const title = say(lang, key);
    tab.blank();
    ctx.subtitle(title);
    if (table.series.length === 0) {
      ctx.noData();
      continue;
    }
    const grid = tab.table(
      [
        { header: say(lang, 'summary.trends.period') },
        ...table.series.map((s) => ({ header: s.category, format: FORMAT.percent })),
      ],
      trends.periods.map((id, i) => [id, ...table.series.map((s) => num(s.shares[i], none))]),
    );
    tab.chart({
      kind: 'line',
      title,
      data: { row: grid.header, col: 1, rows: count + 1, cols: table.series.length + 1 },
      anchor: { row: grid.header, col: CHART_COLUMN },
      percentAxis: true,
      ...CHART,
    });
  }
}
