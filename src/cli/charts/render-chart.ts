import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { CHART_SIZE, chartOption } from '../../core/summary/chart-option';
import type { Cell, ChartSpec } from '../../ports';

/** A chart as an SVG string, drawn by ECharts' server-side renderer (no DOM, no canvas). */
export function renderChartSvg(spec: ChartSpec, values: Cell[][]): string {
  const width = spec.width ?? CHART_SIZE.width;
  const height = spec.height ?? CHART_SIZE.height;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(chartOption(spec, values));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** SVG → PNG with the system's fonts (Chinese needs a CJK font installed: see cjkFontAvailable). */
export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'sans-serif' },
  });
  return resvg.render().asPng();
}

export function renderChartPng(spec: ChartSpec, values: Cell[][]): Uint8Array {
  return svgToPng(renderChartSvg(spec, values));
}

let cjk: boolean | undefined;

/**
 * Whether Chinese text renders as glyphs here rather than as empty boxes: with no CJK font every
 * character is the same missing-glyph box, so two different characters give the same picture.
 */
export function cjkFontAvailable(): boolean {
  if (cjk === undefined) {
    const draw = (ch: string) =>
      Buffer.from(
        svgToPng(
          `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="4" y="30" font-size="28" font-family="sans-serif">${ch}</text></svg>`,
        ),
      );
    cjk = !draw('汉').equals(draw('字'));
  }
  return cjk;
}
