/**
 * Questions and reviews that exercise classification: each text draws 0–3 keywords from the
 * taxonomy (reviews: several categories, each with a polarity keyword, sometimes negated, sometimes
 * next to a word that only looks like a negation) and wraps them in chat noise. Seeded, so every
 * run measures the same texts.
 */
import type { PolarityRules, TaxonomyRow } from '../../core/classify';
import { defaultTaxonomyRows, polarityRulesOf } from '../../core/classify';
import { defaultRuleBook } from '../../core/rules';
import type { CategoryKind } from '../../core/sheets';

export type Draw = () => number;

const pick = <T>(rnd: Draw, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const NOISE = [
  '亲',
  '请问',
  '这个',
  '，',
  '。',
  '！',
  '谢谢',
  '好的',
  '我想问下',
  '宝贝',
  '😀',
  '👍',
  'ＯＫ',
  ' ',
  '还行',
  '在吗',
  '老板',
];
const REVIEW_NOISE = [
  '收到了',
  '，',
  '。',
  '！',
  '宝贝',
  '家里人',
  '总体',
  '物流',
  '第二次买了',
  '还会回购',
  '一般般',
  'ok',
  '👍',
];

export interface TextBank {
  keywords: Map<CategoryKind, string[]>;
  reviewCategories: { category: string; keywords: string[] }[];
  polarity: PolarityRules;
}

export function textBank(rows: readonly TaxonomyRow[] = defaultTaxonomyRows('zh')): TextBank {
  const keywords = new Map<CategoryKind, string[]>();
  for (const row of rows) keywords.set(row.kind, [...(keywords.get(row.kind) ?? []), ...row.keywords]);
  const reviewCategories = rows
    .filter((r) => r.kind === 'review' && r.keywords.length > 0)
    .map((r) => ({ category: r.category, keywords: r.keywords }));
  const file = defaultRuleBook().taxonomy;
  return { keywords, reviewCategories, polarity: polarityRulesOf(rows, undefined, file) };
}

/** A question of the given kind: 0–3 of its keywords (a fifth of questions none) among 2–8 noise words. */
export function questionText(rnd: Draw, bank: TextBank, kind: CategoryKind): string {
  const words = bank.keywords.get(kind) ?? [];
  const parts: string[] = [];
  const length = 2 + Math.floor(rnd() * 7);
  const hits = rnd() < 0.2 ? 0 : 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < length; i++) parts.push(pick(rnd, NOISE));
  for (let i = 0; i < hits && words.length > 0; i++)
    parts.splice(Math.floor(rnd() * (parts.length + 1)), 0, pick(rnd, words));
  return parts.join('');
}

/**
 * A review: 1–3 categories (a tenth none), each named by one of its keywords and, most of the time,
 * given a direction — a negative or positive keyword, a quarter of them negated (不 / 没有 …), some
 * preceded by a word that is not a negation (不错, 不过).
 */
export function reviewText(rnd: Draw, bank: TextBank): string {
  const clauses: string[] = [];
  const count = rnd() < 0.1 ? 0 : 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < count; i++) {
    const { category, keywords } = pick(rnd, bank.reviewCategories);
    let clause = pick(rnd, keywords);
    const words = bank.polarity.categories.get(category);
    if (words && rnd() < 0.8) {
      const side = rnd() < 0.5 ? words.negative : words.positive;
      if (side.length > 0) {
        let word = pick(rnd, side);
        if (rnd() < 0.25) word = pick(rnd, bank.polarity.negations) + word;
        else if (rnd() < 0.1) word = `${pick(rnd, bank.polarity.notNegations)}${word}`;
        clause += word;
      }
    }
    clauses.push(clause);
  }
  const noise = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(rnd, REVIEW_NOISE));
  return [...noise.slice(0, 1), ...clauses, ...noise.slice(1)].join('，');
}
