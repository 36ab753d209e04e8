import { CHART_SIZE } from '../../../core/tabs';
import type { AreaStyle, Cell, RowGroup, TabContent } from '../../../ports';
import { pixelsToCharacters } from '../xlsx-cells';
import { cellXml } from './cell-xml';
import type { CellLook, StyleBook } from './style-book';
import { columnLetters, escapeXml } from './xml-text';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** What one style area changes in a cell's look, merged over what the cell has (as exceljs merges). */
function applyArea(look: CellLook, style: AreaStyle): CellLook {
  const next = { ...look };
  if (style.numberFormat !== undefined) next.numFmt = style.numberFormat;
  if (style.bold !== undefined) next.bold = style.bold;
  if (style.italic !== undefined) next.italic = style.italic;
  if (style.fontSize !== undefined) next.size = style.fontSize;
  if (style.fontColor !== undefined) next.color = style.fontColor;
  if (style.wrap !== undefined) next.wrap = style.wrap;
  if (style.align !== undefined) next.align = style.align;
  if (style.background !== undefined) next.background = style.background;
  return next;
}

const midnight = (d: Date) => d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() === 0;

/**
 * A generated tab's sheet XML: values, each cell's look from the tab's style areas, column widths,
 * frozen rows, and a <drawing> reference when the tab has charts (relationship rId1).
 */
export function tabXml(content: TabContent, styles: StyleBook, date1904: boolean): string {
  const looks = new Map<string, CellLook>();
  const key = (r: number, c: number) => `${r},${c}`;
  content.values.forEach((line, i) => {
    line.forEach((value, j) => {
      // A written Date takes a date format first, as the exceljs writer sets one; areas may override it.
      if (value instanceof Date)
        looks.set(key(i + 1, j + 1), { numFmt: midnight(value) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss' });
    });
  });
  for (const style of content.styles)
    for (let r = style.row; r < style.row + style.rows; r++)
      for (let c = style.col; c < style.col + style.cols; c++)
        looks.set(key(r, c), applyArea(looks.get(key(r, c)) ?? {}, style));
  const rows = new Map<number, Map<number, Cell>>();
  const put = (r: number, c: number, value: Cell) => {
    let line = rows.get(r);
    if (!line) {
      line = new Map();
      rows.set(r, line);
    }
    line.set(c, value);
  };
  content.values.forEach((line, i) => {
    line.forEach((value, j) => {
      put(i + 1, j + 1, value);
    });
  });
  for (const k of looks.keys()) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    if (!rows.get(r)?.has(c)) put(r, c, '');
  }
  const groups = content.rowGroups ?? [];
  const outline = rowOutline(groups);
  // A grouped row is written even when empty, so the group does not break at a blank row.
  for (const r of outline.keys()) if (!rows.has(r)) rows.set(r, new Map());
  let lastRow = 0;
  let lastCol = 0;
  const data = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const line = rows.get(r)!;
      const cells = [...line.keys()]
        .sort((a, b) => a - b)
        .map((c) => {
          const look = looks.get(key(r, c));
          const xml = cellXml(r, c, line.get(c)!, look ? styles.look(look) : 0, styles, date1904);
          if (xml !== '') {
            lastRow = Math.max(lastRow, r);
            lastCol = Math.max(lastCol, c);
          }
          return xml;
        })
        .join('');
      return rowXml(r, cells, outline.get(r));
    })
    .join('');
  const frozen = content.frozenRows ?? 0;
  const pane =
    frozen > 0
      ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`
      : '';
  const widths = (content.columnWidths ?? [])
    .map((px, i) => `<col min="${i + 1}" max="${i + 1}" width="${pixelsToCharacters(px)}" customWidth="1"/>`)
    .join('');
  const dimension = lastRow > 0 ? `A1:${columnLetters(lastCol)}${lastRow}` : 'A1';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELS}">` +
    `${groups.length > 0 ? '<sheetPr><outlinePr summaryBelow="0" summaryRight="1"/></sheetPr>' : ''}` +
    `<dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"${groups.length > 0 ? ' outlineLevelRow="1"' : ''}/>${widths ? `<cols>${widths}</cols>` : ''}<sheetData>${data}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `${(content.charts?.length ?? 0) > 0 ? '<drawing r:id="rId1"/>' : ''}</worksheet>`
  );
}

/** Row attributes of an outline (see xlsx-row-groups.ts): level and hidden on grouped rows, collapsed on a folded group's summary row above. */
function rowOutline(groups: readonly RowGroup[]): Map<number, string> {
  const attributes = new Map<number, string>();
  for (const group of groups) {
    if (group.collapsed) attributes.set(group.first - 1, ' collapsed="1"');
    for (let r = group.first; r <= group.last; r++)
      attributes.set(r, ` outlineLevel="1"${group.collapsed ? ' hidden="1"' : ''}`);
  }
  return attributes;
}

function rowXml(r: number, cells: string, outline: string | undefined): string {
  if (outline === undefined) return cells === '' ? '' : `<row r="${r}">${cells}</row>`;
  return cells === '' ? `<row r="${r}"${outline}/>` : `<row r="${r}"${outline}>${cells}</row>`;
}

const EMU_PER_PIXEL = 9525;

/** The drawing part placing each chart picture (relationships rId1…rIdN to the images, in order). */
export function drawingXml(content: TabContent): string {
  const anchors = (content.charts ?? []).map((chart, i) => {
    const cx = (chart.width ?? CHART_SIZE.width) * EMU_PER_PIXEL;
    const cy = (chart.height ?? CHART_SIZE.height) * EMU_PER_PIXEL;
    return (
      `<xdr:oneCellAnchor editAs="oneCell"><xdr:from><xdr:col>${chart.anchor.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff>` +
      `<xdr:row>${chart.anchor.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="${cx}" cy="${cy}"/>` +
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 1}" name="${escapeXml(`Picture ${i + 1}`)}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip xmlns:r="${RELS}" r:embed="rId${i + 1}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>` +
      `<xdr:clientData/></xdr:oneCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join('')}</xdr:wsDr>`
  );
}
