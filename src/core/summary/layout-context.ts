/** What every part of the summary layout shares: the builder, the words, the language. */
import { say } from '../messages/catalogue';
import { OURS } from '../sheets/records';
import type { Lang } from '../sheets/template';
import { NOTE, SECTION, SUBTITLE } from '../tabs/looks';
import { type Column, FORMAT, num, type Polarity, pCell, TabBuilder } from '../tabs/tab-builder';
import type { ShareRow } from './summary-model';
import { type AnyLabel, type SummaryText, summaryText } from './summary-text';

/** Tables use columns A–J; charts float to the right of them. */
export const TABLE_WIDTH = 10;
export const CHART_COLUMN = 12;
export { NOTE, SECTION, SUBTITLE, TITLE } from '../tabs/looks';
export const COLUMN_WIDTHS = [200, 100, 100, 100, 100, 100, 100, 100, 110, 100];

export class LayoutContext {
  readonly tab = new TabBuilder();
  readonly t: SummaryText;

  constructor(readonly lang: Lang) {
    this.t = summaryText(lang);
  }

  get none(): string {
    return this.t.none;
  }

  shopName(shop: string): string {
    return shop === OURS ? this.t.ours : shop;
  }

  section(title: string): void {
    this.tab.blank();
    this.tab.row([title], SECTION);
  }

  subtitle(title: string): void {
    this.tab.row([title], SUBTITLE);
  }

  note(text: string): void {
    this.tab.row([text], NOTE);
  }

  noData(): void {
    this.note(this.t.noData);
  }

  /** A difference between two groups (ours vs a competitor, fast vs slow replies): noise is "no clear difference". */
  differenceLabel(label: AnyLabel): string {
    return label === 'noise' ? say(this.lang, 'summary.label.noDifference') : this.t.labels[label];
  }

  /**
   * The columns of a table of figures, this period beside the last: the figure, both values, the
   * tested change and its p, and the 95 % interval where the figure is a rate.
   */
  figureColumns(figure: string, interval = false): Column[] {
    const h = this.t.headline;
    const columns: Column[] = [
      { header: figure },
      { header: h.current },
      { header: h.previous },
      { header: h.change, label: 'up-good' },
      { header: h.p, format: FORMAT.p },
    ];
    if (interval)
      columns.push({ header: h.low, format: FORMAT.percent }, { header: h.high, format: FORMAT.percent });
    return columns;
  }

  /** A share table with its base line; returns the header row, or null when there are no rows. */
  shareTable(
    rows: ShareRow[],
    base: { total: number; previousTotal: number },
    polarity: Polarity,
  ): number | null {
    const { t, none } = this;
    const s = t.share;
    const h = t.headline;
    this.note(t.base(base.total, base.previousTotal));
    if (rows.length === 0) {
      this.noData();
      return null;
    }
    return this.tab.table(
      [
        { header: s.category },
        { header: s.share, format: FORMAT.percent },
        { header: h.low, format: FORMAT.percent },
        { header: h.high, format: FORMAT.percent },
        { header: s.count, format: FORMAT.count },
        { header: s.previousShare, format: FORMAT.percent },
        { header: s.previousCount, format: FORMAT.count },
        { header: h.change, label: polarity },
        { header: s.pHolm, format: FORMAT.p },
      ],
      rows.map((r) => [
        r.category,
        num(r.share, none),
        r.ci95[0],
        r.ci95[1],
        r.count,
        num(r.previousShare, none),
        r.previousCount,
        t.labels[r.label],
        pCell(r.p, none),
      ]),
      [rows.map((r) => r.label)],
    ).header;
  }
}
