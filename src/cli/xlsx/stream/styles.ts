import { isDateFormat } from '../xlsx-cells';
import { attr } from './xml-text';

/** Built-in number formats exceljs reads as dates (its defaultnumformats table), so both readers agree. */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** What a reader needs of styles.xml: which cell formats (xf indexes) show a date. */
export function dateStyleIndexes(xml: string | null): Set<number> {
  const dates = new Set<number>();
  if (xml === null) return dates;
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*?)\/?>/g)) {
    custom.set(Number(attr(m[1]!, 'numFmtId')), attr(m[1]!, 'formatCode') ?? '');
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!cellXfs) return dates;
  let index = 0;
  for (const m of cellXfs[1]!.matchAll(/<(?:\w+:)?xf\b([^>]*?)(?:\/>|>)/g)) {
    const id = Number(attr(m[1]!, 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code === undefined ? BUILT_IN_DATE_IDS.has(id) : isDateFormat(code)) dates.add(index);
    index++;
  }
  return dates;
}
