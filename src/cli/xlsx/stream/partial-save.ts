import type { TabContent } from '../../../ports';
import { renderChartPng } from '../../charts/render-chart';
import { type BookParts, readRelationships, relsPathOf, resolveTarget } from './book-parts';
import { patchSheet } from './sheet-patch';
import type { SheetState } from './sheet-state';
import { StyleBook } from './style-book';
import { drawingXml, tabXml } from './tab-xml';
import { escapeXml } from './xml-text';
import { writeZip, type ZipArchive, type ZipOut } from './zip';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A free part name like xl/worksheets/sheet7.xml: one past the highest number in use. */
function freeName(taken: Set<string>, folder: string, stem: string, ext: string): string {
  let n = 1;
  while (taken.has(`${folder}${stem}${n}.${ext}`)) n++;
  const name = `${folder}${stem}${n}.${ext}`;
  taken.add(name);
  return name;
}

const relsXml = (rels: Array<{ id: string; type: string; target: string }>) =>
  `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join('')}</Relationships>`;

/** The relative path from the folder of `from` to `to` (both zip paths). */
function relative(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

/**
 * Writes the workbook back changing only what the command changed: a sheet with cell edits is
 * patched, a rewritten tab is written anew (with its chart pictures), styles.xml gains the formats
 * new cells need, new sheets are listed in the workbook; every other part — the sheets nobody
 * wrote, shared strings, theme, properties — is copied compressed, byte for byte.
 */
export async function partialSave(
  zip: ZipArchive,
  parts: BookParts,
  sheets: readonly SheetState[],
): Promise<Buffer> {
  const styles = new StyleBook(zip.text(parts.stylesPath!));
  const replaced = new Map<string, Buffer>();
  const patched = new Map<string, AsyncIterable<Buffer>>();
  const dropped = new Set<string>();
  const added: Array<{ name: string; content: Buffer; store?: boolean }> = [];
  const taken = new Set(zip.entries.keys());
  const newSheets: Array<{ name: string; path: string }> = [];
  const overrides: Array<{ part: string; type: string }> = [];
  let png = false;

  const writeTab = (path: string, content: TabContent) => {
    replaced.set(path, Buffer.from(tabXml(content, styles, parts.date1904), 'utf8'));
    const relsPath = relsPathOf(path);
    // The tab's earlier pictures go with it, so a tab rewritten every week keeps only its current charts.
    for (const rel of readRelationships(zip, path)) {
      if (!rel.type.endsWith('/drawing') || rel.external) continue;
      const drawing = resolveTarget(path, rel.target);
      for (const media of readRelationships(zip, drawing))
        if (!media.external) dropped.add(resolveTarget(drawing, media.target));
      dropped.add(drawing);
      dropped.add(relsPathOf(drawing));
    }
    const charts = content.charts ?? [];
    if (charts.length === 0) {
      if (zip.has(relsPath)) dropped.add(relsPath);
      return;
    }
    const drawing = freeName(taken, 'xl/drawings/', 'drawing', 'xml');
    overrides.push({ part: drawing, type: DRAWING_TYPE });
    const images = charts.map((chart) => {
      const image = freeName(taken, 'xl/media/', 'image', 'png');
      added.push({ name: image, content: Buffer.from(renderChartPng(chart, content.values)), store: true });
      return image;
    });
    png = true;
    added.push({ name: drawing, content: Buffer.from(drawingXml(content), 'utf8') });
    const drawingRels = images.map((image, i) => ({
      id: `rId${i + 1}`,
      type: 'image',
      target: relative(drawing, image),
    }));
    added.push({ name: relsPathOf(drawing), content: Buffer.from(relsXml(drawingRels), 'utf8') });
    const sheetRels = relsXml([{ id: 'rId1', type: 'drawing', target: relative(path, drawing) }]);
    dropped.delete(relsPath);
    replaced.set(relsPath, Buffer.from(sheetRels, 'utf8'));
  };

  for (const sheet of sheets) {
    if (sheet.part === null) {
      const path = freeName(taken, 'xl/worksheets/', 'sheet', 'xml');
      newSheets.push({ name: sheet.name, path });
      overrides.push({ part: path, type: SHEET_TYPE });
      writeTab(path, sheet.tab ?? { values: sheet.values(), styles: [] });
      const content = replaced.get(path)!;
      replaced.delete(path);
      added.push({ name: path, content });
      const rels = replaced.get(relsPathOf(path));
      if (rels) {
        replaced.delete(relsPathOf(path));
        added.push({ name: relsPathOf(path), content: rels });
      }
    } else if (sheet.tab !== null) writeTab(sheet.part.path, sheet.tab);
    else if (sheet.changed)
      patched.set(sheet.part.path, patchSheet(zip, sheet.part.path, sheet, styles, parts.date1904));
  }

  if (newSheets.length > 0) {
    const workbook = zip.text(parts.workbookPath);
    const rels = readRelationships(zip, parts.workbookPath);
    const ids = new Set(rels.map((r) => r.id));
    let nextSheetId = Math.max(0, ...[...workbook.matchAll(/\ssheetId="(\d+)"/g)].map((m) => Number(m[1])));
    let nextRel = rels.length;
    const listed = newSheets.map((sheet) => {
      do nextRel++;
      while (ids.has(`rId${nextRel}`));
      const id = `rId${nextRel}`;
      rels.push({
        id,
        type: `${REL}/worksheet`,
        target: relative(parts.workbookPath, sheet.path),
        external: false,
      });
      return `<sheet name="${escapeXml(sheet.name)}" sheetId="${++nextSheetId}" r:id="${id}"/>`;
    });
    const withSheets = workbook.replace(/<\/((?:\w+:)?sheets)>/, (close) => `${listed.join('')}${close}`);
    replaced.set(parts.workbookPath, Buffer.from(withSheets, 'utf8'));
    const relsText = `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}">${rels
      .map(
        (r) =>
          `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
      )
      .join('')}</Relationships>`;
    replaced.set(relsPathOf(parts.workbookPath), Buffer.from(relsText, 'utf8'));
  }

  // A picture another drawing still shows stays.
  for (const name of zip.entries.keys()) {
    if (!/\/drawings\/_rels\/[^/]+\.rels$/.test(name) || dropped.has(name)) continue;
    const drawing = name.replace('/_rels/', '/').replace(/\.rels$/, '');
    for (const rel of readRelationships(zip, drawing)) dropped.delete(resolveTarget(drawing, rel.target));
  }

  if (overrides.length > 0 || dropped.size > 0) {
    let types = zip.text('[Content_Types].xml');
    for (const part of dropped)
      types = types.replace(
        new RegExp(`<Override PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`),
        '',
      );
    const extra = overrides.map((o) => `<Override PartName="/${o.part}" ContentType="${o.type}"/>`).join('');
    const pngDefault =
      png && !/Extension="png"/i.test(types) ? '<Default Extension="png" ContentType="image/png"/>' : '';
    types = types.replace('</Types>', `${pngDefault}${extra}</Types>`);
    replaced.set('[Content_Types].xml', Buffer.from(types, 'utf8'));
  }
  const entries: ZipOut[] = [];
  for (const entry of zip.entries.values()) {
    if (dropped.has(entry.name) || entry.name === parts.stylesPath) continue;
    const content = replaced.get(entry.name);
    const pieces = patched.get(entry.name);
    if (pieces) entries.push({ name: entry.name, pieces });
    else if (content) entries.push({ name: entry.name, content });
    else entries.push({ name: entry.name, copy: entry });
  }
  for (const entry of added) if (!dropped.has(entry.name)) entries.push(entry);
  // Patching adds the formats new cells need, so styles.xml goes last, once every sheet is written.
  const stylesEntry = zip.entries.get(parts.stylesPath!)!;
  entries.push({
    name: stylesEntry.name,
    later: () =>
      styles.changed
        ? { name: stylesEntry.name, content: Buffer.from(styles.toXml(), 'utf8') }
        : { name: stylesEntry.name, copy: stylesEntry },
  });
  return writeZip(zip, entries);
}
