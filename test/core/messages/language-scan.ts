import { CATALOGUE, type Entry } from '../../../src/core/messages/catalogue';
import type { Lang } from '../../../src/core/template';
import type { Cell } from '../../../src/ports';

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
      if (text.length >= minimum) fragments.add(text);
    }
  }
  return [...fragments];
}

/** Cells (sheet, row, column, text) holding a catalogue fragment of `other`. */
export function otherLanguageCells(
  sheets: Record<string, Cell[][]>,
  other: Lang,
): { sheet: string; row: number; col: number; text: string; fragment: string }[] {
  const fragments = catalogueFragments(other);
  const found: { sheet: string; row: number; col: number; text: string; fragment: string }[] = [];
  for (const [sheet, grid] of Object.entries(sheets)) {
    grid.forEach((line, r) => {
      line.forEach((cell, c) => {
        if (typeof cell !== 'string' || cell === '') return;
        const fragment = fragments.find((f) => cell.includes(f));
        if (fragment) found.push({ sheet, row: r + 1, col: c + 1, text: cell.slice(0, 120), fragment });
      });
    });
  }
  return found;
}
