import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CutFont, findCjkFont, shippedCjkFont, subsetFont } from '../../src/cli/charts/chart-font';
import {
  cjkFontAvailable,
  drawsGlyph,
  renderChartSvg,
  svgToPng,
  withFontFile,
} from '../../src/cli/charts/render-chart';
import { chartTextWarning } from '../../src/cli/commands/demo';
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
  it("finds a CJK font: the machine's, else the OpenType font npm ci brings", () => {
    expect(font).not.toBeNull();
    const shipped = shippedCjkFont();
    expect(shipped).toMatch(/NotoSansHans-Regular\.otf$/);
    // A machine without fonts: the shipped one, an OpenType file (CFF outlines), not a WOFF.
    expect(findCjkFont({}, [])).toBe(shipped);
    expect(readFileSync(shipped!).subarray(0, 4).toString('latin1')).toBe('OTTO');
    expect(findCjkFont({ SPIRAL_CHART_FONT: shipped! }, [])).toBe(shipped);
  });

  it('draws Chinese as glyphs with the shipped font alone, and tells when a font would draw boxes', () => {
    const shipped = shippedCjkFont()!;
    expect(cjkFontAvailable((svg) => withFontFile(svg, shipped))).toBe(true);
    // The same font cut down to ASCII has no Chinese glyph: every character is the same box.
    const dir = mkdtempSync(join(tmpdir(), 'spiral-ascii-font-'));
    try {
      const ascii = join(dir, 'ascii.otf');
      writeFileSync(ascii, subsetFont(readFileSync(shipped), codepoints('abc 012')));
      expect(cjkFontAvailable((svg) => withFontFile(svg, ascii))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(cjkFontAvailable()).toBe(true);
    // The demo says so when its pictures would show boxes, in the workbook's language.
    expect(chartTextWarning('zh', false)).toContain('方框');
    expect(chartTextWarning('en', false)).toContain('empty boxes');
    expect(chartTextWarning('en')).toBeNull();
  });

  it('draws a chart with the cut font exactly as with the whole font file: the same bytes', () => {
    const svg = renderChartSvg(spec, values);
    expect(Buffer.from(svgToPng(svg)).equals(Buffer.from(withFontFile(svg, font!)))).toBe(true);
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
