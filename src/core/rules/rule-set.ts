import type { Engine } from 'json-rules-engine';
import { compileCondition, type Predicate } from './compile';
import { createEngine } from './engine';
import type { Facts, SpiralRule } from './types';
import type { RuleEvent } from './vocabulary';

/** One rule with its fast predicate, or the reason it needs Engine.run. */
export interface CompiledRule<E extends RuleEvent = RuleEvent> {
  rule: SpiralRule<E>;
  predicate: Predicate | null;
  fallbackReason: string | null;
}

/** Rules in the engine's evaluation order (priority high → low, then file order). */
export interface CompiledRuleSet<E extends RuleEvent = RuleEvent> {
  rules: CompiledRule<E>[];
  /** An engine holding only the rules that did not compile; null when every rule compiled. */
  fallback: Engine | null;
}

const priorityOf = (rule: SpiralRule) => rule.priority ?? 1;

export function compileRuleSet<E extends RuleEvent>(rules: readonly SpiralRule<E>[]): CompiledRuleSet<E> {
  const ordered = rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => priorityOf(b.rule) - priorityOf(a.rule) || a.index - b.index)
    .map(({ rule }): CompiledRule<E> => {
      const compiled = compileCondition(rule.conditions);
      return compiled.ok
        ? { rule, predicate: compiled.predicate, fallbackReason: null }
        : { rule, predicate: null, fallbackReason: compiled.reason };
    });
  const needEngine = ordered.filter((r) => r.predicate === null).map((r) => r.rule);
  return { rules: ordered, fallback: needEngine.length > 0 ? createEngine(needEngine) : null };
}

/**
 * The rules whose conditions hold for each facts row: compiled predicates where possible,
 * Engine.run (in batches) for the rules that did not compile.
 */
export async function matchRules<E extends RuleEvent>(
  set: CompiledRuleSet<E>,
  rows: readonly Facts[],
  batchSize = 500,
): Promise<SpiralRule<E>[][]> {
  const engineFired: Set<string>[] = rows.map(() => new Set());
  const fallback = set.fallback;
  if (fallback) {
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      const results = await Promise.all(batch.map((facts) => fallback.run({ ...facts })));
      results.forEach((result, i) => {
        engineFired[start + i] = new Set(result.results.map((r) => r.name));
      });
    }
  }
  return rows.map((facts, i) =>
    set.rules
      .filter(({ rule, predicate }) => (predicate ? predicate(facts) : engineFired[i]!.has(rule.name)))
      .map(({ rule }) => rule),
  );
}
