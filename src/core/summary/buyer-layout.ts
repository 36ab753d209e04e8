/** The per-buyer rows of a summary tab: beside the per-row headline, and per agent. */
import { say } from '../messages/catalogue';
import { FORMAT, num, pCell } from '../tabs/tab-builder';
import type { LayoutContext } from './layout-context';
import { NOTE } from './layout-context';
import type { SummaryModel } from './summary-model';

export function layoutBuyerHeadline(ctx: LayoutContext, model: SummaryModel): void {
  const { tab, t, none, lang } = ctx;
  const q = model.inquiries;
  const w = (key: Parameters<typeof say>[1]) => say(lang, key);
  const rows = [
    [w('matching.summary.buyers'), q.buyers, q.buyerChange.previousBuyers],
    [w('matching.summary.paidBuyers'), q.paidBuyers, q.buyerChange.previousPaidBuyers],
    [
      w('matching.summary.buyerConversionRate'),
      num(q.buyerConversionRate, none),
      num(q.buyerChange.previousRate, none),
      t.labels[q.buyerChange.label],
      pCell(q.buyerChange.p, none),
      q.buyerCi95[0],
      q.buyerCi95[1],
    ],
    [w('matching.summary.attributedSales'), q.attributedSales],
  ];
  if (q.storeSales !== null) {
    rows.push(
      [
        w('matching.summary.storeSales'),
        q.storeSales,
        num(q.previousStoreSales, none),
        t.labels[q.storeSalesChange?.label ?? 'insufficient-base'],
        pCell(q.storeSalesChange?.p ?? null, none),
      ],
      [w('matching.summary.silentSales'), num(q.silentSales, none)],
      [w('matching.summary.inquiryShareOfSales'), num(q.inquiryShareOfSales, none)],
    );
  }
  const table = tab.table(ctx.figureColumns(w('matching.summary.perBuyer'), true), rows, [
    [null, null, q.buyerChange.label, null, q.storeSalesChange?.label ?? null],
  ]);
  tab.style({ row: table.first, col: 2, rows: 2, cols: 2, numberFormat: FORMAT.count });
  tab.style({ row: table.first + 2, col: 2, rows: 1, cols: 2, numberFormat: FORMAT.percent });
  tab.style({
    row: table.first + 3,
    col: 2,
    rows: q.storeSales === null ? 1 : 3,
    cols: 2,
    numberFormat: FORMAT.money,
  });
  if (q.storeSales !== null)
    tab.style({ row: table.first + 6, col: 2, rows: 1, cols: 2, numberFormat: FORMAT.percent });
  tab.row([w(q.storeSales === null ? 'matching.summary.noteNoOrders' : 'matching.summary.note')], {
    ...NOTE,
    fontSize: 9,
  });
}

/** Each agent's buyers, paid buyers and 落实客单价, under the per-row agent table. */
export function layoutAgentBuyers(ctx: LayoutContext, model: SummaryModel): void {
  if (model.agents.length === 0) return;
  const { tab, none, lang } = ctx;
  const w = (key: Parameters<typeof say>[1]) => say(lang, key);
  ctx.subtitle(w('matching.summary.agentsPerBuyer'));
  tab.table(
    [
      { header: ctx.t.agents.agent },
      { header: w('matching.summary.buyers'), format: FORMAT.count },
      { header: w('matching.summary.paidBuyers'), format: FORMAT.count },
      { header: w('matching.summary.buyerConversionRate'), format: FORMAT.percent },
      { header: w('matching.summary.attributedAverageOrderValue'), format: FORMAT.money },
    ],
    model.agents.map((a) => [
      a.agent,
      a.buyers,
      a.paidBuyers,
      num(a.buyers > 0 ? a.paidBuyers / a.buyers : null, none),
      num(a.attributedAverageOrderValue, none),
    ]),
  );
}
