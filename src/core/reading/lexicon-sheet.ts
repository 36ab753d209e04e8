/**
 * The 词库 / Lexicon sheet (issue 20): the team's own reading words over rules/lexicon.json. A row
 * puts a word in one kind — a polarity word with its strength, a negator or degree word with its
 * factor, a contrast word with its side — taking it out of that kind's shipped lists first (so a
 * row overrides the shipped entry), or with 停用 = 是 only takes it out. A row whose strength does
 * not fit its kind is a problem naming sheet, row and column; the other rows still apply.
 */

import type { WorkbookPort } from '../../ports';
import { say } from '../messages/catalogue';
import type { Problem } from '../sheets/records';
import { readRows } from '../sheets/rows';
import { columnLabel, type Lang } from '../sheets/template';
import type { Lexicon } from './lexicon';

export type LexiconKind = 'positive' | 'negative' | 'negator' | 'degree' | 'contrast';

export interface LexiconRow {
  row: number;
  kind: LexiconKind;
  word: string;
  strength: string;
  off: boolean;
}

const STRENGTHS: Record<string, 'strong' | 'normal' | 'weak'> = {
  强: 'strong',
  strong: 'strong',
  普通: 'normal',
  normal: 'normal',
  弱: 'weak',
  weak: 'weak',
};
const SIDES: Record<string, 'after' | 'before' | 'within'> = {
  后: 'after',
  after: 'after',
  前: 'before',
  before: 'before',
  句内: 'within',
  within: 'within',
};

/** The sheet's valid rows and the problems of the others (a missing sheet: none of either). */
export function readLexiconSheet(
  wb: WorkbookPort,
  lang: Lang,
): { sheet: string | null; rows: LexiconRow[]; problems: Problem[] } {
  const table = readRows(wb, 'lexicon', { lang });
  const rows = table.records.map((v) => ({
    row: v.row as number,
    kind: v.kind as LexiconKind,
    word: String(v.word ?? '').trim(),
    strength: typeof v.strength === 'string' ? v.strength.trim() : String(v.strength ?? '').trim(),
    off: v.off === 'yes',
  }));
  return { sheet: table.sheet, rows, problems: table.problems };
}

const without = (list: readonly string[], word: string) => list.filter((w) => w !== word);

/** The shipped lexicon with the sheet's rows applied in order; a row that cannot apply is a problem. */
export function lexiconWith(
  base: Lexicon,
  rows: readonly LexiconRow[],
  sheet: string,
  lang: Lang,
): { lexicon: Lexicon; problems: Problem[] } {
  const problems: Problem[] = [];
  const lex = JSON.parse(JSON.stringify(base)) as Lexicon;
  for (const r of rows) {
    const bad = (reason: 'lexicon.badStrength' | 'lexicon.badFactor' | 'lexicon.badSide') =>
      problems.push({
        sheet,
        row: r.row,
        column: columnLabel('lexicon', 'strength', lang),
        value: r.strength,
        reason: say(lang, reason, { word: r.word, value: r.strength }),
        severity: 'error',
      });
    const key = r.strength.normalize('NFKC').toLowerCase();
    if (r.kind === 'positive' || r.kind === 'negative') {
      const strength = key === '' ? 'normal' : STRENGTHS[key];
      if (!r.off && strength === undefined) {
        bad('lexicon.badStrength');
        continue;
      }
      for (const side of [lex.positive, lex.negative])
        for (const s of ['strong', 'normal', 'weak'] as const) side[s] = without(side[s], r.word);
      if (!r.off) lex[r.kind][strength!].push(r.word);
    } else if (r.kind === 'negator' || r.kind === 'degree') {
      const factor = Number(key);
      if (!r.off && !(key !== '' && Number.isFinite(factor) && factor > 0)) {
        bad('lexicon.badFactor');
        continue;
      }
      const groups = r.kind === 'negator' ? lex.negators : lex.degrees;
      for (const g of groups) g.words = without(g.words, r.word);
      if (r.off) continue;
      const group = groups.find((g) => g.factor === factor);
      if (group) group.words.push(r.word);
      else groups.push({ factor, words: [r.word] });
    } else {
      const side = key === '' ? 'after' : SIDES[key];
      if (!r.off && side === undefined) {
        bad('lexicon.badSide');
        continue;
      }
      for (const s of ['after', 'before', 'within', 'opening'] as const)
        lex.contrast[s] = without(lex.contrast[s], r.word);
      if (!r.off) lex.contrast[side!].push(r.word);
    }
  }
  return { lexicon: lex, problems };
}
