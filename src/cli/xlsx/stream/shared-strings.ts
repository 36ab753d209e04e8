import { stringItemText } from './xml-text';
import type { ZipArchive } from './zip';

/** The workbook's shared strings: each item's text, and whether it is rich text (runs with their own fonts). */
export interface SharedStrings {
  texts: string[];
  rich: Uint8Array;
}

export function readSharedStrings(zip: ZipArchive, path: string | null): SharedStrings {
  if (path === null || !zip.has(path)) return { texts: [], rich: new Uint8Array(0) };
  const xml = zip.text(path);
  const texts: string[] = [];
  const rich: number[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)) {
    const body = match[1] ?? '';
    texts.push(stringItemText(body));
    rich.push(/<(?:\w+:)?r>/.test(body) ? 1 : 0);
  }
  return { texts, rich: Uint8Array.from(rich) };
}
