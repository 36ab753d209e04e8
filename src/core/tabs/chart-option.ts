/**
 * One chart, two renderers: the ECharts option of a tab's ChartSpec, used for the .xlsx pictures
 * (server-side SVG) and for the interactive charts of the HTML report. Sheets draws the same spec natively.
 */

import type { Cell, ChartSpec } from '../../ports';

export interface ChartSeries {
  name: string;
  /** null where the cell holds no number (a dash, a blank): a gap, never a zero. */
  data: (number | null)[];
}

export interface ChartData {
  categories: string[];
  series: ChartSeries[];
}

/** Fonts a Chinese or English chart asks for, most likely present first (Windows, macOS, Linux). */
export const CHART_FONTS =
  'Microsoft YaHei, PingFang SC, Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, sans-serif';

export const CHART_SIZE = { width: 600, height: 360 } as const;

const text = (cell: Cell | undefined): string => (cell === undefined ? '' : String(cell));
const number = (cell: Cell | undefined): number | null =>
  typeof cell === 'number' && Number.isFinite(cell) ? cell : null;

/** The spec's rectangle of the tab: first row series names, first column category labels. */
export function chartData(spec: ChartSpec, values: Cell[][]): ChartData {
  const { row, col, rows, cols } = spec.data;
  const at = (r: number, c: number): Cell | undefined => values[r - 1]?.[c - 1];
  const categories: string[] = [];
  for (let r = row + 1; r < row + rows; r++) categories.push(text(at(r, col)));
  const series: ChartSeries[] = [];
  for (let c = col + 1; c < col + cols; c++) {
    const data: (number | null)[] = [];
    for (let r = row + 1; r < row + rows; r++) data.push(number(at(r, c)));
    series.push({ name: text(at(row, c)), data });
  }
  return { categories, series };
}

/** The ECharts option of a spec: Sheets' bar is horizontal, column vertical, line a line per series. */
/** JSON-serialisable (no functions), so the HTML report can embed it as it is. */
export function chartOption(spec: ChartSpec, values: Cell[][]): Record<string, unknown> {
  const { categories, series } = chartData(spec, values);
  const horizontal = spec.kind === 'bar';
  // Shares are fractions in the tab; the chart shows percentages, kept as plain data so the option is JSON.
  const scale = (v: number | null) => (v === null || !spec.percentAxis ? v : Math.round(v * 1000) / 10);
  const valueAxis = { type: 'value', axisLabel: spec.percentAxis ? { formatter: '{value}%' } : {} };
  const categoryAxis = {
    type: 'category',
    data: horizontal ? [...categories].reverse() : categories,
    axisLabel: { interval: 0, hideOverlap: true },
  };
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONTS },
    title: { text: spec.title, left: 'center', textStyle: { fontSize: 14, fontFamily: CHART_FONTS } },
    legend: { show: series.length > 1, bottom: 0, textStyle: { fontFamily: CHART_FONTS } },
    tooltip: { trigger: 'axis' },
    grid: { left: 16, right: 24, top: 44, bottom: series.length > 1 ? 36 : 16, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({
      name: s.name,
      type: spec.kind === 'line' ? 'line' : 'bar',
      data: (horizontal ? [...s.data].reverse() : s.data).map(scale),
      connectNulls: false,
    })),
  };
}
