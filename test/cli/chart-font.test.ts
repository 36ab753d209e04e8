import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CutFont, findCjkFont, subsetFont } from '../../src/cli/charts/chart-font';
import { drawsGlyph, renderChartSvg, svgToPng, withSystemFonts } from '../../src/cli/charts/render-chart';
import type { Cell, ChartSpec } from '../../src/ports';

const spec: ChartSpec = {
  kind: 'line',
  title: '赠品不满意 · 快递太慢 (差评占比)',
  data: { row: 1, col: 1, rows: 4, cols: 3 },
  anchor: { row: 1, col: 5 },
  percentAxis: true,
};
const values: Cell[][] = [
  ['周', '物流', '赠品'],
  ['2026-W45', 0.12, 0.05],
  ['2026-W46', 0.18, 0.07],
  ['2026-W47', 0.09, 0.11],
];

const font = findCjkFont();
const codepoints = (text: string) => [...text].map((ch) => ch.codePointAt(0)!);

describe('the font chart pictures draw their text with', () => {
  it('finds a CJK font on this machine (CI installs fonts-wqy-microhei)', () => {
    expect(font).not.toBeNull();
  });

  it('draws a chart with the cut font exactly as with every system font: the same bytes', () => {
    const svg = renderChartSvg(spec, values);
    expect(Buffer.from(svgToPng(svg)).equals(Buffer.from(withSystemFonts(svg)))).toBe(true);
  });

  it('cuts the font down to the characters asked for: a few kilobytes of a multi-megabyte font', () => {
    const bytes = readFileSync(font!);
    const cut = subsetFont(bytes, codepoints('赠品快递 0123456789%'));
    expect(statSync(font!).size).toBeGreaterThan(1_000_000);
    expect(cut.length).toBeLessThan(bytes.length / 20);
    expect(cut.length).toBeGreaterThan(0);
  });

  it('grows the cut when a chart needs a new character, and notices a character the font lacks', () => {
    const cut = new CutFont(readFileSync(font!), drawsGlyph);
    const glyphs = (text: string, probe: string) => cut.draw(text, (file) => drawsGlyph(file, probe));
    expect(glyphs('赠品', '赠')).toBe(true);
    expect(glyphs('赠品', '快')).toBe(false);
    expect(glyphs('快递', '快')).toBe(true);
    // A private-use character is in no CJK font: the chart goes to every system font instead.
    expect(glyphs('赠品\uE123', '赠')).toBeNull();
    expect(glyphs('赠品', '赠')).toBe(true);
  });
});
