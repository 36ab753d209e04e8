import type ExcelJS from 'exceljs';
import { CHART_SIZE } from '../../core/tabs';
import type { TabContent } from '../../ports';
import { renderChartPng } from '../charts/render-chart';

/** exceljs keeps a sheet's pictures in `_media` and a book's in `media`; neither is in its typings. */
type SheetMedia = ExcelJS.Worksheet & { _media: Array<{ type: string; imageId?: string | number }> };
type BookMedia = ExcelJS.Workbook & { media: Array<Record<string, unknown>> };

/**
 * Places each chart of a tab as a PNG picture over the cells its spec anchors it to (Excel and WPS
 * have no way to draw Sheets' chart from exceljs, so the picture is rendered from the same ChartSpec).
 * A rewritten tab reuses the book's picture slots of its previous charts, so a workbook summarised
 * every week does not keep every old picture.
 */
export function placeChartPictures(
  book: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  content: TabContent,
): void {
  const media = (sheet as SheetMedia)._media;
  const bookMedia = (book as BookMedia).media;
  if (!Array.isArray(media) || !Array.isArray(bookMedia))
    throw new Error('Unsupported exceljs version: pictures are not where expected.');
  const freeSlots = media
    .filter((m) => m.type === 'image' && m.imageId !== undefined)
    .map((m) => Number(m.imageId))
    .filter((id) => Number.isInteger(id) && bookMedia[id] !== undefined);
  media.length = 0;
  for (const chart of content.charts ?? []) {
    const png = Buffer.from(renderChartPng(chart, content.values));
    const picture = { type: 'image', extension: 'png', buffer: png };
    const slot = freeSlots.shift();
    let id: number;
    if (slot === undefined)
      id = book.addImage({ extension: 'png', buffer: png as unknown as ExcelJS.Buffer });
    else {
      bookMedia[slot] = picture;
      id = slot;
    }
    sheet.addImage(id, {
      tl: { col: chart.anchor.col - 1, row: chart.anchor.row - 1 },
      ext: { width: chart.width ?? CHART_SIZE.width, height: chart.height ?? CHART_SIZE.height },
    });
  }
}

/**
 * Drops the book's pictures no sheet shows any more, numbering the rest anew: exceljs keeps a
 * removed sheet's pictures in the book and writes every one, so a workbook whose sheets were
 * removed and written again (`spiral demo --force`) doubled its pictures at each run.
 */
export function dropUnshownPictures(book: ExcelJS.Workbook): void {
  const bookMedia = (book as BookMedia).media;
  const shown = book.worksheets.flatMap((sheet) =>
    ((sheet as SheetMedia)._media ?? []).filter((m) => m.imageId !== undefined),
  );
  const used = new Set(shown.map((m) => Number(m.imageId)));
  if (!Array.isArray(bookMedia) || used.size === bookMedia.length) return;
  const renumbered = new Map<number, number>();
  const kept: Array<Record<string, unknown>> = [];
  bookMedia.forEach((medium, id) => {
    if (!used.has(id)) return;
    renumbered.set(id, kept.length);
    kept.push(medium);
  });
  bookMedia.splice(0, bookMedia.length, ...kept);
  for (const m of shown) m.imageId = renumbered.get(Number(m.imageId));
}
