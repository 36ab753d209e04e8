import { attr } from './xml-text';
import type { ZipArchive } from './zip';

/** A sheet as the workbook part lists it. */
export interface SheetPart {
  name: string;
  sheetId: number;
  relId: string;
  /** Zip path of the sheet's XML, e.g. xl/worksheets/sheet1.xml. */
  path: string;
  state: string;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The rels part beside a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that holds it. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = part.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

export function readRelationships(zip: ZipArchive, part: string): Relationship[] {
  const path = relsPathOf(part);
  if (!zip.has(path)) return [];
  return [...zip.text(path).matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)].map((m) => ({
    id: attr(m[1]!, 'Id') ?? '',
    type: attr(m[1]!, 'Type') ?? '',
    target: attr(m[1]!, 'Target') ?? '',
    external: attr(m[1]!, 'TargetMode') === 'External',
  }));
}

const typeIs = (rel: Relationship, last: string) => rel.type.endsWith(`/${last}`);

/** Where the workbook's parts are: the workbook itself, its sheets, styles and shared strings. */
export interface BookParts {
  workbookPath: string;
  sheets: SheetPart[];
  stylesPath: string | null;
  sharedStringsPath: string | null;
  date1904: boolean;
}

export function readBookParts(zip: ZipArchive): BookParts {
  const root = readRelationships(zip, '').find((r) => typeIs(r, 'officeDocument'));
  const workbookPath = root ? resolveTarget('', root.target) : 'xl/workbook.xml';
  if (!zip.has(workbookPath)) throw new Error('no workbook part (xl/workbook.xml)');
  const xml = zip.text(workbookPath);
  const rels = readRelationships(zip, workbookPath);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetPart[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const relId = attr(m[1]!, 'r:id') ?? attr(m[1]!, 'relationships:id') ?? '';
    const rel = byId.get(relId);
    // Chart sheets and dialog sheets have no cells: they stay in the file, untouched, but are no tables.
    if (!rel || !typeIs(rel, 'worksheet')) continue;
    sheets.push({
      name: attr(m[1]!, 'name') ?? '',
      sheetId: Number(attr(m[1]!, 'sheetId') ?? 0),
      relId,
      path: resolveTarget(workbookPath, rel.target),
      state: attr(m[1]!, 'state') ?? 'visible',
    });
  }
  const find = (type: string) => {
    const rel = rels.find((r) => typeIs(r, type));
    return rel ? resolveTarget(workbookPath, rel.target) : null;
  };
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(xml);
  const date1904 = pr ? ['1', 'true'].includes(attr(pr[1]!, 'date1904') ?? '') : false;
  return {
    workbookPath,
    sheets,
    stylesPath: find('styles'),
    sharedStringsPath: find('sharedStrings'),
    date1904,
  };
}
