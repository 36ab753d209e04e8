import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taxonomyRowsOf, taxonomyRules } from '../../../src/core/classify/taxonomy-rules';
import { defaultRuleBook } from '../../../src/core/rules/default-rules';
import { createEngine } from '../../../src/core/rules/engine';
import { compileRuleSet } from '../../../src/core/rules/rule-set';
import type { Facts, SpiralRule } from '../../../src/core/rules/types';
import { classificationFacts } from './arbitraries';
import { matchRulesSync } from './match-rules-sync';

/**
 * Rule names fired by Engine.run for each row, put in the compiled set's order (priority, then
 * file order): within one priority the engine lists results as their promises settle.
 */
async function engineNames(rules: readonly SpiralRule[], rows: readonly Facts[]): Promise<string[][]> {
  const engine = createEngine(rules);
  const order = new Map(compileRuleSet(rules).rules.map(({ rule }, i) => [rule.name, i]));
  const names: string[][] = [];
  // One run at a time: the engine is faster that way than with many runs in flight.
  for (const facts of rows) {
    const fired = (await engine.run(facts)).results.map((x) => x.name);
    names.push(fired.sort((a, b) => order.get(a)! - order.get(b)!));
  }
  return names;
}

function compiledNames(rules: readonly SpiralRule[], rows: readonly Facts[]): string[][] {
  const set = compileRuleSet(rules);
  expect(set.fallback).toBeNull();
  return rows.map((facts) => matchRulesSync(set, facts).map((rule) => rule.name));
}

const book = defaultRuleBook();

describe('compiled fast path vs Engine.run on the shipped rules', () => {
  it('classifies 10,000 generated rows identically with rules/taxonomy.json', {
    timeout: 60_000,
  }, async () => {
    const rules = book.taxonomy.rules;
    let rows = 0;
    let matched = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(classificationFacts, { minLength: 200, maxLength: 200 }), async (batch) => {
        const expected = await engineNames(rules, batch);
        expect(compiledNames(rules, batch)).toEqual(expected);
        rows += batch.length;
        matched += expected.filter((names) => names.length > 0).length;
      }),
      { numRuns: 50, seed: 20261101, endOnFailure: true },
    );
    expect(rows).toBeGreaterThanOrEqual(10_000);
    // The generator must exercise matches, not only misses.
    expect(matched / rows).toBeGreaterThan(0.2);
  });

  it('classifies identically with rules built from Taxonomy sheet rows (zh and en)', {
    timeout: 30_000,
  }, async () => {
    for (const lang of ['zh', 'en'] as const) {
      const rules = taxonomyRules(taxonomyRowsOf(book.taxonomy, lang));
      await fc.assert(
        fc.asyncProperty(fc.array(classificationFacts, { minLength: 250, maxLength: 250 }), async (batch) => {
          expect(compiledNames(rules, batch)).toEqual(await engineNames(rules, batch));
        }),
        { numRuns: 4, seed: 7, endOnFailure: true },
      );
    }
  });

  it('decides the scorecard and pay rules identically at and around every band edge', {
    timeout: 30_000,
  }, async () => {
    const edges = [
      0, 0.05, 0.0500001, 0.08, 0.08000001, 0.11, 0.1100001, 0.2, 0.25, 0.35, 0.4, 0.5, 0.6, 0.69, 0.7, 0.75,
      0.8, 0.9, 0.95, 1, 1.1, 19, 20, 21,
    ];
    const number = fc.oneof(
      fc.constantFrom(...edges),
      fc.double({ min: -1, max: 200, noNaN: true }),
      fc.integer({ min: 0, max: 130 }),
      fc.constantFrom<unknown>(null, '0.05', '', undefined),
    );
    const grade = fc.constantFrom<unknown>('excellent', 'good', 'fair', 'poor', null);
    const facts = fc.record({
      refundRate: number,
      conversionRate: number,
      inquiries: number,
      medianResponseSeconds: number,
      withinThresholdShare: number,
      aovIndex: number,
      conversionIndex: number,
      replyIndex: number,
      withinIndex: number,
      responseIndex: number,
      buyers: number,
      retailOrders: number,
      answeredReplies: number,
      minimumBase: fc.constantFrom(20, 1, 5),
      conversions: number,
      role: fc.constantFrom('pre-sale', 'after-sale'),
      quality: grade,
      percent: number,
      gatePercent: fc.constantFrom(0.7, 0.6, 0.8),
    });
    const rules = [
      ...book.scorecards['after-sale'].rules,
      ...book.scorecards['pre-sale'].rules.map((r) => ({ ...r, name: `pre/${r.name}` })),
      ...book.pay.rules,
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(facts, { minLength: 200, maxLength: 200 }), async (batch) => {
        expect(compiledNames(rules, batch)).toEqual(await engineNames(rules, batch));
      }),
      { numRuns: 10, seed: 42, endOnFailure: true },
    );
  });
});
