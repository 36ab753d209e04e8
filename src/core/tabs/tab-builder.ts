/** Builds a TabContent row by row, so a layout reads top to bottom like the tab it makes. */
import type { AreaStyle, Cell, ChartSpec, Fold, RowSpan, TabContent } from '../../ports';
import type { AnyLabel } from '../stats/proportions';
import { foldGroups } from './row-groups';

export const FORMAT = {
  percent: '0.0%',
  count: '0',
  money: '#,##0.00',
  p: '0.000',
  seconds: '0.0',
} as const;

/** How a significant change should read: where up is good news, bad news, or neither. */
export type Polarity = 'up-good' | 'up-bad' | 'neutral';

const GOOD = { fontColor: '#137333', background: '#e6f4ea', bold: true };
const BAD = { fontColor: '#a50e0e', background: '#fce8e6', bold: true };
const NOTABLE = { fontColor: '#b06000', background: '#fef7e0', bold: true };
const NOISE = { fontColor: '#80868b' };
const UNTESTED = { fontColor: '#9aa0a6', italic: true };

/** Style of a label cell: significant results stand out, noise recedes, untested reads as a note. */
export function labelStyle(
  label: AnyLabel,
  polarity: Polarity,
): Omit<AreaStyle, 'row' | 'col' | 'rows' | 'cols'> {
  if (label === 'noise') return NOISE;
  if (label === 'insufficient-base' || label === 'no-baseline') return UNTESTED;
  const up = label === 'significant-up' || label === 'ours-higher' || label === 'fast-higher';
  if (polarity === 'neutral') return NOTABLE;
  return up === (polarity === 'up-good') ? GOOD : BAD;
}

export interface Column {
  header: string;
  format?: string;
  /** Column holding a label: its cells get the label's style. */
  label?: Polarity;
}

/** A cell for a number that may be missing. */
export function num(x: number | null | undefined, none: string): Cell {
  return x === null || x === undefined || !Number.isFinite(x) ? none : x;
}

/** Below this a p-value reads `< 0.001` (a 0.000 cell would read as "impossible"). */
export const P_FLOOR = 0.001;

/** A cell for a p-value: the number, `< 0.001` below it, or the dash when no test was run. */
export function pCell(p: number | null | undefined, none: string): Cell {
  if (p === null || p === undefined || !Number.isFinite(p)) return none;
  return p < P_FLOOR ? `< ${P_FLOOR}` : p;
}

export class TabBuilder {
  private readonly values: Cell[][] = [];
  private readonly styles: AreaStyle[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly folds: Fold[] = [];
  private readonly tabOnly: RowSpan[] = [];

  /** The 1-based row the next `row` call writes. */
  get nextRow(): number {
    return this.values.length + 1;
  }

  row(cells: Cell[], style?: Omit<AreaStyle, 'row' | 'col' | 'rows' | 'cols'>): number {
    const at = this.nextRow;
    this.values.push(cells);
    if (style && cells.length > 0)
      this.styles.push({ row: at, col: 1, rows: 1, cols: cells.length, ...style });
    return at;
  }

  blank(): void {
    this.values.push([]);
  }

  style(style: AreaStyle): void {
    this.styles.push(style);
  }

  chart(chart: ChartSpec): void {
    this.charts.push(chart);
  }

  /** The rows `draw` writes, from the first non-blank one, as a part that folds to `line` (null: its title row). */
  fold(line: string | null, open: boolean, draw: () => void): void {
    const span = this.span(draw);
    if (span) this.folds.push({ ...span, line: line ?? String(this.values[span.first - 1]![0] ?? ''), open });
  }

  /** The rows `draw` writes, shown in the tab only (see TabContent.tabOnly). */
  tabOnlyRows(draw: () => void): void {
    const span = this.span(draw);
    if (span) this.tabOnly.push(span);
  }

  private span(draw: () => void): RowSpan | null {
    let first = this.nextRow;
    draw();
    const last = this.nextRow - 1;
    while (first <= last && this.values[first - 1]!.every((c) => c === '')) first++;
    return first <= last ? { first, last } : null;
  }

  /**
   * Writes a header and rows; each column's format covers its rows in one area, and label
   * columns are styled by label, runs of the same label merged. Returns the header row.
   */
  table(
    columns: Column[],
    rows: Cell[][],
    labels: (AnyLabel | null)[][] = [],
  ): { header: number; first: number; last: number } {
    const header = this.row(
      columns.map((c) => c.header),
      { bold: true, background: '#f1f3f4', wrap: true },
    );
    for (const r of rows) this.row(r);
    const first = header + 1;
    const last = header + rows.length;
    if (rows.length === 0) return { header, first, last };
    columns.forEach((c, i) => {
      // Right-aligned, so a dash or `< 0.001` in a numeric column sits where the numbers do.
      if (c.format)
        this.style({
          row: first,
          col: i + 1,
          rows: rows.length,
          cols: 1,
          numberFormat: c.format,
          align: 'right',
        });
    });
    const labelColumns = columns.map((c, i) => ({ c, i })).filter(({ c }) => c.label);
    labelColumns.forEach(({ c, i }, k) => {
      let start = 0;
      for (let r = 1; r <= rows.length; r++) {
        const here = labels[k]?.[start];
        if (r < rows.length && labels[k]?.[r] === here) continue;
        if (here)
          this.style({
            row: first + start,
            col: i + 1,
            rows: r - start,
            cols: 1,
            ...labelStyle(here, c.label!),
          });
        start = r;
      }
    });
    return { header, first, last };
  }

  build(width: number, columnWidths: number[], frozenRows: number): TabContent {
    const cols = Math.max(width, ...this.values.map((r) => r.length));
    const values = this.values.map((r) => [...r, ...new Array<Cell>(cols - r.length).fill('')]);
    // The tab folds as the report does: a part's rows under its title row, collapsed unless open.
    const groups = foldGroups(this.folds);
    return {
      values,
      styles: this.styles,
      columnWidths,
      frozenRows,
      charts: this.charts,
      ...(this.folds.length > 0 ? { folds: this.folds } : {}),
      ...(this.tabOnly.length > 0 ? { tabOnly: this.tabOnly } : {}),
      ...(groups.length > 0 ? { rowGroups: groups } : {}),
    };
  }
}
