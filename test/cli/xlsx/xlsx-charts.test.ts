import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderChartPng } from '../../../src/cli/charts/render-chart';
import { StreamingXlsxWorkbook } from '../../../src/cli/xlsx/stream/streaming-workbook';
import { XlsxWorkbook } from '../../../src/cli/xlsx/xlsx-workbook';
import { installTemplates } from '../../../src/core/setup/install';
import { generateSummary, loadSummaryData, summaryTab } from '../../../src/core/summary/generate-summary';
import { parsePeriod } from '../../../src/core/time/periods';
import type { Cell, ChartSpec, WorkbookPort } from '../../../src/ports';
import { tempDir } from '../../fakes/temp-dir';
import { weekInquiries, weekReviews } from '../../fixtures/summary/week-fixture';
import { inquirySheet, reviewSheet } from '../../fixtures/summary/workbook';

const TAB = '周报 2026-W47';
const dir = tempDir('spiral-charts');

function fill(wb: WorkbookPort): void {
  installTemplates(wb);
  wb.write('询单记录', 2, 1, inquirySheet(weekInquiries, 'zh').slice(1));
  wb.write('评价记录', 2, 1, reviewSheet(weekReviews, 'zh').slice(1));
}

/** The pictures of one sheet of a saved file, decoded, with where they are anchored. */
async function pictures(path: string, sheetName: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(sheetName)!;
  return {
    mediaCount: (book as unknown as { media: unknown[] }).media.length,
    images: sheet.getImages().map((image) => {
      const medium = book.getImage(Number(image.imageId));
      return { png: PNG.sync.read(Buffer.from(medium.buffer as unknown as Uint8Array)), range: image.range };
    }),
  };
}

let path: string;
let chartCount: number;
/** Each chart's picture size, as the spec gives it (600 × 360 unless it says otherwise). */
let sizes: string[];

beforeAll(async () => {
  path = join(dir, 'shop.xlsx');
  const wb = XlsxWorkbook.create();
  fill(wb);
  const charts = summaryTab(parsePeriod('2026-W47'), loadSummaryData(wb)).content.charts ?? [];
  chartCount = charts.length;
  sizes = charts.map((c) => `${c.width ?? 600}×${c.height ?? 360}`).sort();
  generateSummary(wb, '2026-W47');
  await wb.save(path);
}, 240_000);

describe('charts in .xlsx tabs', () => {
  it('places one picture per chart of the weekly tab, at the chart size, where the spec anchors it', async () => {
    expect(chartCount).toBeGreaterThanOrEqual(2);
    const { images } = await pictures(path, TAB);
    expect(images).toHaveLength(chartCount);
    // The trend charts are shorter (520 × 200) so the stacked trend tables do not run into each other.
    expect(images.map(({ png }) => `${png.width}×${png.height}`).sort()).toEqual(sizes);
    expect(sizes).toContain('600×360');
    for (const { png, range } of images) {
      expect(range.tl.nativeCol).toBeGreaterThan(0);
      // Not a blank picture: some pixels are the bars' colour, not white.
      const coloured = countPixels(png, (r, g, b) => !(r > 240 && g > 240 && b > 240));
      expect(coloured).toBeGreaterThan(1000);
    }
  });

  it('rewriting a tab reuses its picture slots, so the file does not grow week after week', async () => {
    const wb = await XlsxWorkbook.open(path);
    generateSummary(wb, '2026-W47');
    generateSummary(wb, '2026-W47');
    const again = join(dir, 'again.xlsx');
    await wb.save(again);
    const before = await pictures(path, TAB);
    const after = await pictures(again, TAB);
    expect(after.images).toHaveLength(chartCount);
    expect(after.mediaCount).toBe(before.mediaCount);
  }, 240_000);

  it('a removed tab takes its pictures along: a book set up again from scratch twice holds one picture per chart', async () => {
    // What `spiral demo --force` does to an existing workbook: every sheet removed, then written anew.
    const rebuilt = join(dir, 'rebuilt.xlsx');
    copyFileSync(path, rebuilt);
    for (let run = 0; run < 2; run++) {
      const wb = await StreamingXlsxWorkbook.open(rebuilt);
      for (const name of wb.sheetNames()) wb.removeSheet(name);
      fill(wb);
      generateSummary(wb, '2026-W47');
      await wb.save(rebuilt);
    }
    const after = await pictures(rebuilt, TAB);
    expect(after.images).toHaveLength(chartCount);
    expect(after.mediaCount).toBe(chartCount);
  }, 240_000);
});

function countPixels(png: PNG, test: (r: number, g: number, b: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (test(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!)) n++;
  return n;
}

/** The title band of a chart whose only text is its title. */
function titleBand(title: string): Buffer {
  const values: Cell[][] = [
    ['', 'n'],
    ['a', 1],
  ];
  const spec: ChartSpec = {
    kind: 'column',
    title,
    data: { row: 1, col: 1, rows: 2, cols: 2 },
    anchor: { row: 1, col: 3 },
  };
  const png = PNG.sync.read(Buffer.from(renderChartPng(spec, values)));
  return Buffer.from(png.data.subarray(0, png.width * 4 * 40));
}

describe('Chinese text in chart pictures', () => {
  it('draws glyphs, not boxes or nothing: different characters give different pictures', () => {
    const gift = titleBand('赠品不满意');
    const courier = titleBand('快递太慢了');
    const none = titleBand('');
    const boxes = titleBand('\u25a1\u25a1\u25a1\u25a1\u25a1');
    expect(gift.equals(none)).toBe(false);
    expect(gift.equals(courier)).toBe(false);
    expect(gift.equals(boxes)).toBe(false);
    expect(courier.equals(boxes)).toBe(false);
  });
});
