/** Issue 21, item 7: a rule the check accepts runs; what would throw at run time is refused by the check. */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import afterSale from '../../../rules/scorecard-after-sale.json';
import { defaultRuleBook } from '../../../src/core/rules/default-rules';
import { createEngine } from '../../../src/core/rules/engine';
import { OPERATOR_NAMES } from '../../../src/core/rules/operators';
import { parseRuleFile, type ScorecardFile } from '../../../src/core/rules/rule-file';
import { RuleRunError } from '../../../src/core/rules/run-rules';
import { computeScorecardResults } from '../../../src/core/scorecard/results';
import type { ScorecardRow } from '../../../src/core/sheets/records';

/** The decorators json-rules-engine itself registers: the check must know every one the engine runs. */
const DECORATOR_NAMES = (
  createRequire(import.meta.url)('json-rules-engine/dist/engine-default-operator-decorators').default as {
    name: string;
  }[]
).map((d) => d.name);

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The after-sale card with its first rule's conditions replaced by one fact condition. */
function withCondition(condition: Record<string, unknown>): unknown {
  const json = copy(afterSale) as { rules: { conditions: unknown }[] };
  json.rules[0]!.conditions = { all: [condition] };
  return json;
}

const HEAD = 'scorecard-after-sale.json: rule "quality-grade": conditions.all[0].value';

describe('spiral rules check refuses values the engine would throw on', () => {
  it.each([
    ['someValue:equal', 5, 'an array, each item a value'],
    ['everyValue:lessThan', 0.05, 'an array, each item a value'],
    ['not:in', 5, 'an array or a text'],
    ['swap:in', ['a'], 'swap puts the fact on the right'],
    ['in', { fact: 'orders' }, 'cannot compare with another fact'],
    ['someValue:equal', { fact: 'orders' }, 'cannot compare with another fact'],
  ])('%s with %j', (operator, value, words) => {
    const parsed = parseRuleFile(
      'scorecard-after-sale.json',
      withCondition({ fact: 'refundRate', operator, value }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.messages).toHaveLength(1);
    expect(parsed.messages[0]).toContain(`${HEAD}: "${operator}"`);
    expect(parsed.messages[0]).toContain(words);
  });

  it('still accepts the shapes that run: a number comparison with a fact reference, not:in with an array', () => {
    for (const condition of [
      { fact: 'orders', operator: 'greaterThan', value: { fact: 'refunds' } },
      { fact: 'refundRate', operator: 'not:in', value: [0.1, 0.2] },
      { fact: 'refundRate', operator: 'someValue:lessThan', value: [0.1, 0.2] },
    ])
      expect(parseRuleFile('scorecard-after-sale.json', withCondition(condition)).ok).toBe(true);
  });

  it('whatever passes the check runs without throwing, through every decorator and value', async () => {
    const operator = fc.oneof(
      fc.constantFrom(...OPERATOR_NAMES),
      fc
        .tuple(
          fc.array(fc.constantFrom(...DECORATOR_NAMES), { minLength: 1, maxLength: 2 }),
          fc.constantFrom(...OPERATOR_NAMES),
        )
        .map(([decorators, name]) => [...decorators, name].join(':')),
    );
    const scalar = fc.oneof(
      fc.integer({ min: -3, max: 3 }),
      fc.string({ maxLength: 3 }),
      fc.constant(null),
      fc.boolean(),
    );
    const value = fc.oneof(
      scalar,
      fc.array(scalar, { maxLength: 3 }),
      fc.constantFrom({ fact: 'orders' }, { fact: 'quality' }),
    );
    const factValue = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.constant(undefined));
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(operator, value, factValue, factValue, async (op, v, fv, other) => {
        const parsed = parseRuleFile('x.json', withCondition({ fact: 'refundRate', operator: op, value: v }));
        if (!parsed.ok) return;
        accepted++;
        const engine = createEngine([(parsed.file as ScorecardFile).rules[0]!]);
        await engine.run({ refundRate: fv, orders: other, quality: other });
      }),
      { numRuns: 1500, seed: 21 },
    );
    expect(accepted).toBeGreaterThan(150);
  });
});

describe('a rule that fails while pay is computed', () => {
  it('is one sentence naming the file, the rule and the field, not a TypeError', async () => {
    const book = defaultRuleBook();
    const broken = copy(book.scorecards['after-sale']);
    // Past the check (built in code): `in` with a number makes json-rules-engine call 5.indexOf.
    broken.rules[4]!.conditions = { all: [{ fact: 'refundRate', operator: 'in', value: 5 }] } as never;
    const rules = { ...book, scorecards: { ...book.scorecards, 'after-sale': broken } };
    const row = {
      ...{ row: 2, month: '2026-11', agent: '小美', role: 'after-sale', level: 'regular' },
      ...{ quality: 'excellent', disputes: 'excellent', cooperation: 'excellent', execution: 'excellent' },
      ...{ orders: 100, refunds: 0, late: 0, leave: 0, absence: 0, lowQualityReviews: 0 },
      ...{ complaintPoints: 0, praises: 0, outstandingPoints: 0 },
    } as ScorecardRow;
    const run = computeScorecardResults([row], [], { language: 'en' }, rules);
    await expect(run).rejects.toBeInstanceOf(RuleRunError);
    await expect(run).rejects.toThrow(
      `scorecard-after-sale.json: rule "${broken.rules[4]!.name}", conditions.all[0].value: failed at run time (`,
    );
    const message = String(await run.catch((error: Error) => error.message));
    expect(message.split('\n')).toHaveLength(1);
  });
});
