/**
 * The taxonomy's rules as SQL give each text the categories the compiled fast path gives, with the
 * one-search test for all keywords in front (a text naming no keyword skips the rules) and without
 * it (a rule that can hold without a keyword turns it off): rule shapes of every kind — kind tests,
 * containsAny, containsAll, any of two searches, a rule for every kind, not.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { DUCKDB } from '../../../src/cli/engine/sql-dialect';
import { allCategoriesSql, firstCategorySql } from '../../../src/cli/engine/taxonomy-sql';
import { classifyText, compileTaxonomyRules } from '../../../src/core/classify/classify-text';
import type { CategoryRule } from '../../../src/core/classify/taxonomy-rules';
import type { Condition, TopLevelCondition } from '../../../src/core/rules/types';
import type { CategoryKind } from '../../../src/core/sheets/records';

const rule = (name: string, priority: number, kind: CategoryKind, conditions: Condition[]): CategoryRule => ({
  name,
  priority,
  conditions: { all: conditions } as TopLevelCondition,
  event: { type: 'category', params: { kind, category: name, zh: name, en: name, dimension: '' } },
});
const kindIs = (value: CategoryKind | CategoryKind[]): Condition =>
  (Array.isArray(value)
    ? { fact: 'kind', operator: 'in', value }
    : { fact: 'kind', operator: 'equal', value }) as Condition;
const text = (operator: 'containsAny' | 'containsAll', value: string[]): Condition =>
  ({ fact: 'text', operator, value }) as Condition;

const RULES: CategoryRule[] = [
  rule('gift', 100, 'pre-sale', [kindIs('pre-sale'), text('containsAny', ['赠品', 'Gift'])]),
  rule('size', 90, 'pre-sale', [kindIs(['pre-sale', 'after-sale']), text('containsAll', ['尺寸', '床'])]),
  rule('refund', 80, 'after-sale', [
    { any: [text('containsAny', ['退款']), text('containsAny', ['refund'])] } as Condition,
  ]),
  rule('smell', 70, 'review', [kindIs('review'), text('containsAny', ['异味', '味道'])]),
  rule('delivery', 60, 'review', [text('containsAny', ['快递', '物流'])]),
];
const NOT_RULE = rule('not-good', 50, 'review', [
  kindIs('review'),
  { not: text('containsAny', ['好']) } as Condition,
]);

const TEXTS = [
  '有赠品吗',
  '有ＧＩＦＴ吗',
  '尺寸适合1.8米的床吗',
  '尺寸多大',
  '我要退款',
  'REFUND please',
  '有异味，快递也慢',
  '质量很好',
  '你好，在吗',
  '',
];

async function sqlCategories(rules: CategoryRule[], kind: CategoryKind): Promise<string[][]> {
  const taxonomy = compileTaxonomyRules(rules);
  const t = 'lower(t)';
  const expr =
    kind === 'review'
      ? allCategoriesSql(taxonomy, kind, t, DUCKDB)
      : `CASE WHEN (${firstCategorySql(taxonomy, kind, t, DUCKDB)}) IS NULL THEN [] ELSE [${firstCategorySql(taxonomy, kind, t, DUCKDB)}] END`;
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    const values = TEXTS.map((s, i) => `(${i}, '${s}')`).join(', ');
    const rows = (
      await db.runAndReadAll(`SELECT i, ${expr} AS c FROM (VALUES ${values}) AS v(i, t) ORDER BY i`)
    ).getRowObjectsJS();
    return rows.map((r) => (r.c as string[]).map(String));
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

describe('taxonomy rules as SQL', () => {
  for (const [label, rules, searchFirst] of [
    ['keyword rules: one search for all keywords first', RULES, true],
    ['with a rule that holds without a keyword: no first search for reviews', [...RULES, NOT_RULE], false],
  ] as const) {
    it(label, async () => {
      const taxonomy = compileTaxonomyRules(rules);
      for (const kind of ['pre-sale', 'after-sale', 'review'] as const) {
        const expected = TEXTS.map((t) => classifyText(taxonomy, kind, t).categories);
        expect(await sqlCategories([...rules], kind), kind).toEqual(expected);
      }
      const review = allCategoriesSql(taxonomy, 'review', 'x', DUCKDB);
      expect(review.startsWith('CASE WHEN regexp_matches(x,')).toBe(searchFirst);
      expect(
        firstCategorySql(taxonomy, 'pre-sale', 'x', DUCKDB).startsWith('CASE WHEN regexp_matches(x,'),
      ).toBe(true);
      // The texts reach every branch: matched by one rule, by several, by none.
      expect(TEXTS.map((t) => classifyText(taxonomy, 'review', t).categories.length)).toContain(2);
      expect(TEXTS.map((t) => classifyText(taxonomy, 'pre-sale', t).categories.length)).toContain(0);
    });
  }
});
