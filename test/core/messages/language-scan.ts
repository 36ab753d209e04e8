import { CATALOGUE, type Entry } from '../../../src/core/messages/catalogue';
import { mapHeader } from '../../../src/core/sheets/header';
import { findSheet, type Lang, type SheetKey, TEMPLATES } from '../../../src/core/sheets/template';
import type { Cell, WorkbookPort } from '../../../src/ports';

const OWN_WORD: Record<Lang, RegExp> = { zh: /[\u3400-\u9fff]/, en: /[A-Za-z]{3}/ };

/**
 * The fixed text of every catalogue entry in one language, cut at its placeholders, keeping the
 * pieces long enough to belong to that entry alone (a lone "kept" or "、" says nothing).
 */
export function catalogueFragments(lang: Lang): string[] {
  const minimum = lang === 'zh' ? 4 : 12;
  const fragments = new Set<string>();
  for (const entry of Object.values(CATALOGUE as Record<string, Entry>)) {
    for (const piece of entry[lang].split(/\{\w+\}/)) {
      const text = piece.trim();
      // A piece with no word of its language ("< 0.001", "{a} / {b}") belongs to both.
      if (text.length >= minimum && OWN_WORD[lang].test(text)) fragments.add(text);
    }
  }
  return [...fragments];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole sentences of `lang`: each catalogue entry with a word of that language outside its
 * placeholders, as a pattern for a whole line ({rows} 行, "{sheet}: {rows} rows"), and every sheet name
 * and column label of the templates in that language alone, for a whole cell. Short entries that
 * no fragment can tell apart are caught this way.
 */
function wholeSentences(lang: Lang): { line: RegExp; cell: Set<string> } {
  const patterns: string[] = [];
  for (const entry of Object.values(CATALOGUE as Record<string, Entry>)) {
    const pieces = entry[lang].split(/\{\w+\}/);
    if (!pieces.some((piece) => OWN_WORD[lang].test(piece))) continue;
    // Spaces inside the sentence are kept (a lone "pay" in a file name is not "\tpay {pay}").
    const last = pieces.length - 1;
    const trimmed = pieces
      .map((p, i) => (i === 0 ? p.trimStart() : p))
      .map((p, i) => (i === last ? p.trimEnd() : p));
    patterns.push(trimmed.map(escapeRegExp).join('[\\s\\S]+?'));
  }
  const cell = new Set<string>();
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  for (const template of Object.values(TEMPLATES)) {
    for (const label of [template.name, ...template.columns]) {
      if (label[lang] !== label[other] && OWN_WORD[lang].test(label[lang])) cell.add(label[lang]);
    }
  }
  return { line: new RegExp(`^(?:${patterns.join('|')})$`), cell };
}

/** What in `text` is `other`'s: a catalogue fragment, a whole catalogue sentence or a template label. */
export function otherLanguageMatcher(other: Lang): (text: string) => string | undefined {
  const fragments = catalogueFragments(other);
  const whole = wholeSentences(other);
  return (text) => {
    const fragment = fragments.find((f) => text.includes(f));
    if (fragment !== undefined) return fragment;
    if (whole.cell.has(text.trim())) return text.trim();
    const line = text.split('\n').find((l) => whole.line.test(l.trim()));
    return line === undefined ? undefined : line.trim();
  };
}

/** Cells (sheet, row, column, text) holding a catalogue fragment of `other`. */
export function otherLanguageCells(
  sheets: Record<string, Cell[][]>,
  other: Lang,
): { sheet: string; row: number; col: number; text: string; fragment: string }[] {
  const match = otherLanguageMatcher(other);
  const found: { sheet: string; row: number; col: number; text: string; fragment: string }[] = [];
  for (const [sheet, grid] of Object.entries(sheets)) {
    grid.forEach((line, r) => {
      line.forEach((cell, c) => {
        if (typeof cell !== 'string' || cell === '') return;
        const fragment = match(cell);
        if (fragment) found.push({ sheet, row: r + 1, col: c + 1, text: cell.slice(0, 120), fragment });
      });
    });
  }
  return found;
}

/** The logs the team types (the demo's rows stand for theirs); every other sheet is Spiral's writing. */
export const INPUT_LOGS: readonly SheetKey[] = [
  'inquiries',
  'reviews',
  'taxonomy',
  'competitors',
  'probes',
  'actions',
  'orders',
];

/**
 * What Spiral wrote in a workbook: every sheet but the typed logs in full, and of each typed log its
 * header and the columns Spiral fills (`auto` in the template: categories, keywords, polarity).
 */
export function spiralWritten(wb: WorkbookPort): Record<string, Cell[][]> {
  const logs = new Map(INPUT_LOGS.map((key) => [findSheet(wb, key), key] as const));
  const sheets: Record<string, Cell[][]> = {};
  for (const name of wb.sheetNames()) {
    const grid = wb.read(name);
    const key = logs.get(name);
    if (key === undefined) {
      sheets[name] = grid;
      continue;
    }
    const header = mapHeader(grid[0] ?? [], TEMPLATES[key]);
    const auto = TEMPLATES[key].columns.filter((c) => c.auto !== undefined && c.key in header.columns);
    sheets[name] = grid.map((row, r) =>
      r === 0 ? row : row.map((cell, c) => (auto.some((a) => header.columns[a.key] === c + 1) ? cell : '')),
    );
  }
  return sheets;
}

/** Lines of printed text holding a catalogue fragment, sentence or template label of `other`. */
export function otherLanguageLines(text: string, other: Lang): { line: string; fragment: string }[] {
  const match = otherLanguageMatcher(other);
  return text.split('\n').flatMap((line) => {
    const fragment = match(line.trim());
    return fragment === undefined ? [] : [{ line: line.slice(0, 160), fragment }];
  });
}
