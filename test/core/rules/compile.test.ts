import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCondition } from '../../../src/core/rules/compile';
import { createEngine } from '../../../src/core/rules/engine';
import { compileRuleSet, matchRules } from '../../../src/core/rules/rule-set';
import type { Facts, SpiralRule, TopLevelCondition } from '../../../src/core/rules/types';
import { matchRulesSync } from './match-rules-sync';

const rule = (name: string, conditions: unknown, priority = 1): SpiralRule =>
  ({ name, priority, conditions, event: { type: 'points', params: { item: 'x', points: 1 } } }) as SpiralRule;

/** What Engine.run says about one rule: fired, not fired, or an error. */
async function engineSays(conditions: unknown, facts: Facts): Promise<boolean | 'error'> {
  try {
    const { results } = await createEngine([rule('r', conditions)]).run(facts);
    return results.length === 1;
  } catch {
    return 'error';
  }
}

function compiled(conditions: unknown): (facts: Facts) => boolean {
  const result = compileCondition(conditions);
  if (!result.ok) throw new Error(result.reason);
  return result.predicate;
}

describe('compileCondition follows the engine on its corner cases', () => {
  const cases: [string, TopLevelCondition, Facts][] = [
    ['empty all', { all: [] }, {}],
    ['empty any (the engine says true)', { any: [] }, {}],
    ['not of a false condition', { not: { fact: 'a', operator: 'equal', value: 1 } }, { a: 2 }],
    ['missing fact', { all: [{ fact: 'nope', operator: 'equal', value: null }] }, {}],
    [
      'path into an object',
      { all: [{ fact: 'o', path: '$.x.y', operator: 'equal', value: 3 }] },
      { o: { x: { y: 3 } } },
    ],
    [
      'path into a string gives the string',
      { all: [{ fact: 's', path: '$.x', operator: 'equal', value: 'ab' }] },
      { s: 'ab' },
    ],
    [
      'path to an array length',
      { all: [{ fact: 'o', path: '$.x.length', operator: 'equal', value: 2 }] },
      { o: { x: [1, 2] } },
    ],
    [
      'path through zero',
      { all: [{ fact: 'o', path: '$.x.y', operator: 'notEqual', value: 0 }] },
      { o: { x: 0 } },
    ],
    [
      'fact reference',
      { all: [{ fact: 'p', operator: 'greaterThanInclusive', value: { fact: 'g' } }] },
      { p: 0.7, g: 0.7 },
    ],
    [
      'numeric string passes the number check',
      { all: [{ fact: 'a', operator: 'lessThan', value: 10 }] },
      { a: '9' },
    ],
    ['null fails the number check', { all: [{ fact: 'a', operator: 'lessThan', value: 10 }] }, { a: null }],
    ['decorated someFact', { all: [{ fact: 'a', operator: 'someFact:equal', value: 2 }] }, { a: [1, 2] }],
    [
      'decorated not:containsAny',
      { all: [{ fact: 't', operator: 'not:containsAny', value: ['退款'] }] },
      { t: '想退款' },
    ],
    [
      'containsAny is width and case blind',
      { all: [{ fact: 't', operator: 'containsAny', value: ['ok'] }] },
      { t: 'ＯＫ了' },
    ],
    [
      'containsAll needs every keyword',
      { all: [{ fact: 't', operator: 'containsAll', value: ['a', 'b'] }] },
      { t: 'a' },
    ],
  ];
  for (const [name, conditions, facts] of cases) {
    it(name, async () => {
      expect(compiled(conditions)(facts)).toBe(await engineSays(conditions, facts));
    });
  }

  it('leaves to the engine what it cannot reproduce exactly', () => {
    const unsupported: unknown[] = [
      { condition: 'shared' },
      { all: [{ fact: 'o', path: '$..x', operator: 'equal', value: 1 }] },
      { all: [{ fact: 'a', operator: 'in', value: { fact: 'b' } }] },
      { all: [{ fact: 'a', operator: 'in', value: 5 }] },
      { all: [{ fact: 'a', operator: 'someValue:equal', value: 5 }] },
      { all: [{ fact: 'a', operator: 'swap:in', value: [1] }] },
      { all: [{ fact: 'a', operator: 'nosuch', value: 1 }] },
    ];
    for (const conditions of unsupported) expect(compileCondition(conditions).ok).toBe(false);
  });
});

describe('rule sets mix compiled rules and engine fallbacks', () => {
  const rules = [
    rule('fast', { all: [{ fact: 'a', operator: 'greaterThan', value: 1 }] }, 2),
    rule('slow', { all: [{ fact: 'o', path: '$..x', operator: 'equal', value: 1 }] }, 1),
  ];

  it('runs only the uncompiled rules through the engine, and agrees with it', async () => {
    const set = compileRuleSet(rules);
    expect(set.rules.map((r) => r.predicate === null)).toEqual([false, true]);
    const rows: Facts[] = [
      { a: 2, o: { y: { x: 1 } } },
      { a: 0, o: { x: 2 } },
      { a: 5, o: {} },
    ];
    const matched = await matchRules(set, rows);
    const engine = createEngine(rules);
    for (const [i, facts] of rows.entries()) {
      const fired = (await engine.run(facts)).results.map((r) => r.name).sort();
      expect(matched[i]!.map((r) => r.name).sort()).toEqual(fired);
    }
    expect(() => matchRulesSync(set, rows[0]!)).toThrow(/needs the rules engine/);
  });
});

const scalar = fc.constantFrom<unknown>(
  0,
  1,
  -1,
  0.5,
  5,
  '5',
  '',
  'abc',
  'ABC',
  'Ａｂｃ',
  'a b',
  null,
  true,
  false,
);
const factValue = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  // Facts are JSON-like data: plain objects, never null-prototype ones.
  fc.record({ x: scalar, y: fc.record({ z: scalar }, { noNullPrototype: true }) }, { noNullPrototype: true }),
  fc.constant<unknown>(undefined),
);
const OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'containsAny',
  'containsAll',
  'not:equal',
  'someFact:equal',
  'everyFact:lessThan',
  'someValue:greaterThan',
  'everyValue:notEqual',
  'swap:contains',
  'swap:in',
  'not:containsAny',
  'someFact:containsAny',
  'not:someFact:in',
];
const leaf = fc.record(
  {
    fact: fc.constantFrom('a', 'b', 'o', 'missing'),
    operator: fc.constantFrom(...OPERATORS),
    value: fc.oneof(
      scalar,
      fc.array(scalar, { maxLength: 3 }),
      fc.constantFrom<unknown>({ fact: 'b' }, { fact: 'o', path: '$.x' }, ['ab', 'C'], ['ｂ']),
    ),
    path: fc.constantFrom('$.x', '$.y.z', '$.length', '$..x', ''),
  },
  { requiredKeys: ['fact', 'operator', 'value'], noNullPrototype: true },
);
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('tree'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('tree'), { maxLength: 3 }) }),
    fc.record({ not: tie('tree') }),
  ),
}));
const topLevel = fc.oneof(
  fc.record({ all: fc.array(tree, { maxLength: 3 }) }),
  fc.record({ any: fc.array(tree, { maxLength: 3 }) }),
  fc.record({ not: tree }),
);

describe('compiled conditions agree with Engine.run on generated condition trees', () => {
  it('decides every compilable tree as the engine does, and the engine never throws on one', async () => {
    let compiledCount = 0;
    let total = 0;
    await fc.assert(
      fc.asyncProperty(
        topLevel,
        fc.array(fc.record({ a: factValue, b: factValue, o: factValue }, { noNullPrototype: true }), {
          minLength: 8,
          maxLength: 8,
        }),
        async (conditions, rows) => {
          total++;
          const result = compileCondition(conditions);
          if (!result.ok) return;
          compiledCount++;
          for (const facts of rows) expect(result.predicate(facts)).toBe(await engineSays(conditions, facts));
        },
      ),
      { numRuns: 600, seed: 99, endOnFailure: true },
    );
    expect(compiledCount / total).toBeGreaterThan(0.4);
  });
});
