/** DSR 店铺评分 in the month tab: the three scores week by week beside the complaints that drive them. */
import { DSR_SCORES, type DsrScore } from '../dsr/dsr-sheet';
import { type MessageKey, say } from '../messages/catalogue';
import { FORMAT, num, pCell } from '../tabs/tab-builder';
import { CHART_COLUMN, type LayoutContext } from './layout-context';
import type { SummaryModel } from './summary-model';

const SCORE_KEY: Record<DsrScore, MessageKey> = {
  description: 'dsr.score.description',
  service: 'dsr.score.service',
  logistics: 'dsr.score.logistics',
};

export function dsrScoreName(score: DsrScore, lang: SummaryModel['language']): string {
  return say(lang, SCORE_KEY[score]);
}

export function layoutDsr(ctx: LayoutContext, model: SummaryModel): void {
  const dsr = model.dsr;
  if (dsr === undefined) return;
  const { tab, lang, none } = ctx;
  const w = (key: MessageKey, params?: Record<string, string | number>) => say(lang, key, params);
  const name = (score: DsrScore) => dsrScoreName(score, lang);
  const list = lang === 'zh' ? '、' : ', ';
  ctx.section(w('dsr.section', { weeks: dsr.weeks.length }));
  ctx.note(w('dsr.note', { min: dsr.minWeeks }));
  tab.table(
    [
      { header: w('dsr.score') },
      { header: w('dsr.latest'), format: '0.00' },
      { header: w('dsr.previous'), format: '0.00' },
      { header: w('dsr.industry'), format: '0.00' },
      { header: w('dsr.drivers') },
    ],
    DSR_SCORES.map((s) => [
      name(s),
      num(dsr.latest?.scores[s], none),
      num(dsr.previous?.scores[s], none),
      num(dsr.latest?.industry[s], none),
      dsr.correlations.find((c) => c.score === s)!.categories.join(list),
    ]),
  );
  const firstShown = dsr.weeks.findIndex((wk) => wk.scores !== null);
  const shown = dsr.weeks.slice(Math.max(0, firstShown));
  tab.blank();
  const weekly = tab.table(
    [
      { header: w('dsr.week') },
      ...DSR_SCORES.map((s) => ({ header: name(s), format: '0.00' })),
      { header: w('dsr.reviews'), format: FORMAT.count },
      ...DSR_SCORES.map((s) => ({
        header: w('dsr.negativeShare', { score: name(s) }),
        format: FORMAT.percent,
      })),
    ],
    shown.map((wk) => [
      wk.week,
      ...DSR_SCORES.map((s) => num(wk.scores?.[s], none)),
      wk.reviews,
      ...DSR_SCORES.map((s) => num(wk.share[s], none)),
    ]),
  );
  tab.chart({
    kind: 'line',
    title: w('dsr.chart'),
    data: { row: weekly.header, col: 1, rows: shown.length + 1, cols: 4 },
    anchor: { row: weekly.header, col: CHART_COLUMN },
    width: 520,
    height: 220,
  });
  tab.blank();
  ctx.subtitle(w('dsr.correlation.title'));
  if (dsr.weeksOfData < dsr.minWeeks) {
    ctx.note(w('dsr.tooFewWeeks', { weeks: dsr.weeksOfData, min: dsr.minWeeks }));
    return;
  }
  tab.table(
    [
      { header: w('dsr.score') },
      { header: w('dsr.drivers') },
      { header: w('dsr.correlation.pairs'), format: FORMAT.count },
      { header: w('dsr.correlation.rho'), format: '0.00' },
      { header: w('dsr.correlation.result') },
      { header: w('dsr.correlation.pHolm'), format: FORMAT.p },
    ],
    dsr.correlations.map((c) => [
      name(c.score),
      c.categories.join(list),
      c.pairs,
      num(c.rho, none),
      w(`dsr.label.${c.label}` as MessageKey, { min: dsr.minWeeks }),
      pCell(c.p, none),
    ]),
  );
}
