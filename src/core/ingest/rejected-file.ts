/**
 * The rejected file: each refused row as the user gave it, its reasons in a column of their own,
 * safe to open in Excel or Sheets (nothing runs as a formula), and importable again as it is.
 */
import type { Cell } from '../../ports';
import { say } from '../messages/catalogue';
import { normalizeLabel } from '../sheets/template';

export interface RejectedRow {
  /** Line (CSV) or row (.xlsx) in the source file. */
  line: number;
  cells: Cell[];
  reasons: string[];
}

const LANGS = ['zh', 'en'] as const;

/** Whether a header cell is the reason column, or a padding column for extra fields, of a rejected file. */
export function isRejectedFileHeader(text: string, which: 'reason' | 'extra'): boolean {
  const label = normalizeLabel(text);
  if (which === 'reason')
    return LANGS.some((lang) => normalizeLabel(say(lang, 'import.reasonHeader')) === label);
  return LANGS.some((lang) => {
    const [before = '', after = ''] = normalizeLabel(say(lang, 'import.extraHeader')).split('{n}');
    return (
      label.startsWith(before) &&
      /^\d+$/.test(label.slice(before.length, label.length - after.length)) &&
      label.endsWith(after)
    );
  });
}

/**
 * What a spreadsheet would run as a formula or command when it opens a CSV (OWASP's list), and
 * a leading apostrophe, which is escaped too so that unescaping is exact.
 */
const RISKY = /^[=+\-@\t\r']/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** A cell of the rejected file: an apostrophe before anything a spreadsheet would execute. */
export function safeCell(text: string): string {
  return RISKY.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The inverse of `safeCell`, applied when a rejected file is imported again. */
export function unescapeRejectedCell(cell: Cell): Cell {
  if (typeof cell !== 'string' || cell[0] !== "'") return cell;
  const rest = cell.slice(1);
  return RISKY.test(rest) && !PLAIN_NUMBER.test(rest) ? rest : cell;
}

/** Text of an input cell for the rejected file; a date from an .xlsx keeps its time of day. */
function cellText(cell: Cell): string {
  if (!(cell instanceof Date)) return String(cell);
  const iso = cell.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/**
 * The rejected rows as a grid: the file's header, padding columns for fields beyond it, then the
 * reason column, so the reason never lands in a data column.
 */
export function rejectedGrid(
  header: readonly string[],
  rows: readonly RejectedRow[],
  lang: 'zh' | 'en',
): string[][] {
  const width = Math.max(header.length, ...rows.map((r) => r.cells.length));
  const head = Array.from({ length: width }, (_, i) =>
    i < header.length ? (header[i] ?? '') : say(lang, 'import.extraHeader', { n: i - header.length + 1 }),
  );
  return [
    [...head, say(lang, 'import.reasonHeader')].map(safeCell),
    ...rows.map((row) => [
      ...Array.from({ length: width }, (_, i) => safeCell(cellText(row.cells[i] ?? ''))),
      safeCell(row.reasons.join('; ')),
    ]),
  ];
}
