/**
 * The platforms' review exports made into Reviews rows before the one import reads them:
 * 评价结果 好评 / 中评 / 差评 gives the rating 5 / 3 / 1 where the file has no rating (the text is
 * kept in its own column); a 追评内容 becomes a row of its own, linked to the first review; a file
 * without a shop column is one shop's reviews, the one the import names (本店 by default).
 */
import type { Cell } from '../../ports';
import { mapHeader } from '../sheets/header';
import { enumLabel, enumOption, type Lang, normalizeLabel, TEMPLATES } from '../sheets/template';
import { cellText, isBlank } from '../sheets/values';
import { isDefaultPraise } from './default-praise';
import { type ImportNote, importNote } from './import-note';
import type { InputRow, InputTable } from './input-table';

/** The follow-up review's own columns in a review export (追评 text and time). */
const FOLLOW_UP_TEXT = ['追评内容', '追加评论', 'afterContent'].map(normalizeLabel);
const FOLLOW_UP_DATE = ['追评时间', '追加评论时间', 'afterCreationTime'].map(normalizeLabel);

export interface ReviewTable {
  table: InputTable;
  notes: ImportNote[];
}

export function reviewExportTable(table: InputTable, lang: Lang, shop?: string): ReviewTable {
  const { columns } = mapHeader(table.header, TEMPLATES.reviews);
  const header = [...table.header];
  const notes: ImportNote[] = [];
  const find = (labels: string[]) => table.header.findIndex((h) => labels.includes(normalizeLabel(h)));
  const followText = find(FOLLOW_UP_TEXT);
  const followDate = find(FOLLOW_UP_DATE);
  const extra: Array<(row: InputRow) => Cell> = [];
  if (!('shop' in columns)) {
    const name = shop?.trim() || enumLabel('shop', 'ours', lang);
    header.push(TEMPLATES.reviews.columns.find((c) => c.key === 'shop')![lang]);
    extra.push(() => name);
    notes.push(importNote('import.reviewShop', { shop: name }));
  }
  const at = (row: InputRow, key: string) => {
    const col = columns[key];
    return col === undefined ? '' : (row.cells[col - 1] ?? '');
  };
  if (!('rating' in columns) && 'ratingText' in columns) {
    header.push(TEMPLATES.reviews.columns.find((c) => c.key === 'rating')![lang]);
    extra.push((row) => enumOption('reviewResult', cellText(at(row, 'ratingText')).trim())?.value ?? '');
  }
  const linkAt = header.length;
  header.push(TEMPLATES.reviews.columns.find((c) => c.key === 'followUpOf')![lang]);
  const rows: InputRow[] = [];
  let followUps = 0;
  for (const row of table.rows) {
    const cells = [...row.cells];
    while (cells.length < table.header.length) cells.push('');
    const base = [...cells, ...extra.map((f) => f(row)), ''];
    rows.push({ line: row.line, cells: base });
    const more = followText >= 0 ? cells[followText] : '';
    if (isBlank(more)) continue;
    followUps++;
    // The follow-up is its own review: its text, its time (or the first's), no rating, linked to the first.
    const next = [...base];
    if ('text' in columns) next[columns.text! - 1] = more ?? '';
    if (followDate >= 0 && !isBlank(cells[followDate]) && 'date' in columns)
      next[columns.date! - 1] = cells[followDate] ?? '';
    if ('rating' in columns) next[columns.rating! - 1] = '';
    if ('ratingText' in columns) next[columns.ratingText! - 1] = '';
    if (!('rating' in columns) && 'ratingText' in columns) next[linkAt - 1] = '';
    next[linkAt] = [at(row, 'buyer'), at(row, 'date'), at(row, 'product')]
      .map((c) => cellText(c).trim())
      .filter((t) => t !== '')
      .join(' · ');
    rows.push({ line: row.line, cells: next });
  }
  if (followUps > 0) notes.push(importNote('import.reviewFollowUps', {}, { count: followUps }));
  const defaults =
    'text' in columns ? table.rows.filter((r) => isDefaultPraise(cellText(at(r, 'text')))).length : 0;
  if (defaults > 0) notes.push(importNote('import.defaultPraise', {}, { count: defaults }));
  // The follow-up's own columns are read through the rows made above, not as columns.
  const dropped = new Set([followText, followDate].filter((i) => i >= 0));
  const keep = (cells: readonly Cell[]) => cells.filter((_, i) => !dropped.has(i));
  return {
    table: {
      ...table,
      header: keep(header) as string[],
      rows: rows.map((r) => ({ line: r.line, cells: keep(r.cells) })),
    },
    notes,
  };
}
