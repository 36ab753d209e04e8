import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { CHART_SIZE, chartOption } from '../../core/tabs';
import type { Cell, ChartSpec } from '../../ports';
import { CutFont, findCjkFont, shippedCjkFont } from './chart-font';

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

let shipped: string[] | undefined;

/** SVG → PNG with every system font and the shipped CJK font (see cjkFontAvailable). */
export function withSystemFonts(svg: string): Uint8Array {
  shipped ??= [shippedCjkFont()].filter((file) => file !== null);
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    font: { loadSystemFonts: true, fontFiles: shipped, defaultFontFamily: 'sans-serif' },
  });
  return resvg.render().asPng();
}

/** SVG → PNG with one font file only: with no other font loaded, resvg draws every text with it. */
export function withFontFile(svg: string, file: string): Uint8Array {
  return new Resvg(svg, { background: '#ffffff', font: { loadSystemFonts: false, fontFiles: [file] } })
    .render()
    .asPng();
}

const glyphSvg = (ch: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="4" y="30" font-size="28">${ch}</text></svg>`;
// A private-use character: never asked for, so never in a cut font — what a missing glyph looks like.
const MISSING = '\uE000';

let missing: { file: string; png: Buffer } | null = null;

/** Whether the font file draws `ch`: its picture differs from that of a character the file lacks (drawn once per file). */
export function drawsGlyph(file: string, ch: string): boolean {
  if (missing?.file !== file) missing = { file, png: Buffer.from(withFontFile(glyphSvg(MISSING), file)) };
  const escaped = ch.replace(/[<>&]/g, (c) => `&#${c.codePointAt(0)};`);
  return !Buffer.from(withFontFile(glyphSvg(escaped), file)).equals(missing.png);
}

let cutFont: CutFont | null | undefined;

/** The machine's CJK font cut down for charts (chart-font.ts), or null to draw with every system font. */
function chartFont(): CutFont | null {
  if (cutFont === undefined) {
    const file = findCjkFont();
    cutFont = file ? new CutFont(readFileSync(file), drawsGlyph) : null;
  }
  return cutFont;
}

/**
 * SVG → PNG. The text is drawn with the machine's CJK font cut down to the characters drawn so far
 * (the same glyphs as with every system font loaded, ten times faster); a chart holding a character
 * that font lacks, or a machine without a known CJK font, is drawn with every system font.
 */
export function svgToPng(svg: string): Uint8Array {
  const font = chartFont();
  if (font) {
    try {
      const png = font.draw(svg, (file) => withFontFile(svg, file));
      if (png) return png;
    } catch {
      // A font HarfBuzz cannot cut (damaged or an unusual format): every system font, as before.
      cutFont = null;
    }
  }
  return withSystemFonts(svg);
}

export function renderChartPng(spec: ChartSpec, values: Cell[][]): Uint8Array {
  return svgToPng(renderChartSvg(spec, values));
}

let cjk: boolean | undefined;

/**
 * Whether Chinese text renders as glyphs here rather than as empty boxes: with no CJK font every
 * character is the same missing-glyph box, so two different characters give the same picture.
 * `render` is how charts turn SVG into PNG (the answer for svgToPng is remembered).
 */
export function cjkFontAvailable(render: (svg: string) => Uint8Array = svgToPng): boolean {
  const draw = (ch: string) =>
    Buffer.from(
      render(
        `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="4" y="30" font-size="28" font-family="sans-serif">${ch}</text></svg>`,
      ),
    );
  if (render !== svgToPng) return !draw('汉').equals(draw('字'));
  cjk ??= !draw('汉').equals(draw('字'));
  return cjk;
}
