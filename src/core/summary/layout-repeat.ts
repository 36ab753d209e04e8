/** 老客复购: repeat buyers, their re-order interval and 返单, this period beside the last. */
import { type MessageKey, say } from '../messages/catalogue';
import { FORMAT, num, pCell } from '../tabs/tab-builder';
import type { LayoutContext } from './layout-context';
import type { SummaryModel } from './summary-model';

export function layoutRepeat(ctx: LayoutContext, model: SummaryModel): void {
  const r = model.repeat;
  if (r === undefined) return;
  const { tab, t, none, lang } = ctx;
  const w = (key: MessageKey, params?: Record<string, string | number>) => say(lang, key, params);
  ctx.section(w('repeat.section'));
  ctx.note(w('repeat.note', { days: r.windowDays }));
  if (r.shortHistory && r.firstOrder !== null) {
    const params = { first: r.firstOrder, days: r.windowDays, lookback: r.currentLookbackDays };
    const key: MessageKey =
      r.current.rate === null && r.current.buyers > 0
        ? 'repeat.noHistory'
        : r.currentLookbackDays === r.lookbackDays
          ? 'repeat.shortHistory'
          : 'repeat.shortHistory.notCompared';
    ctx.note(w(key, params));
  }
  const table = tab.table(
    ctx.figureColumns(w('repeat.figure'), true),
    [
      [w('repeat.buyers'), r.current.buyers, r.previous.buyers],
      [w('repeat.repeatBuyers'), r.current.repeatBuyers, r.previous.repeatBuyers],
      [
        w('repeat.rate'),
        num(r.current.rate, none),
        num(r.previous.rate, none),
        t.labels[r.label],
        pCell(r.p, none),
        num(r.ci95?.[0], none),
        num(r.ci95?.[1], none),
      ],
      [w('repeat.interval'), num(r.medianIntervalDays, none)],
      [w('repeat.reorders'), r.reorders, r.previousReorders],
      [w('repeat.leftOut'), r.leftOutOrders],
    ],
    [[null, null, r.label]],
  );
  tab.style({ row: table.first, col: 2, rows: 2, cols: 2, numberFormat: FORMAT.count, align: 'right' });
  tab.style({ row: table.first + 2, col: 2, rows: 1, cols: 2, numberFormat: FORMAT.percent, align: 'right' });
  tab.style({ row: table.first + 3, col: 2, rows: 3, cols: 2, numberFormat: '0', align: 'right' });
  if (r.tradeMonths === undefined) return;
  tab.blank();
  ctx.subtitle(w('repeat.months'));
  tab.table(
    [
      { header: w('repeat.month') },
      { header: w('repeat.tradeBuyers'), format: FORMAT.count },
      { header: w('repeat.tradeOrders'), format: FORMAT.count },
      { header: w('repeat.reorders'), format: FORMAT.count },
    ],
    r.tradeMonths.map((m) => [m.month, m.tradeBuyers, m.tradeOrders, m.reorders]),
  );
}
