import type { CompiledRuleSet } from '../../../src/core/rules/rule-set';
import type { Facts, SpiralRule } from '../../../src/core/rules/types';
import type { RuleEvent } from '../../../src/core/rules/vocabulary';

/** The rules whose conditions hold, in evaluation order; throws if a rule needs the engine (use matchRules). */
export function matchRulesSync<E extends RuleEvent>(set: CompiledRuleSet<E>, facts: Facts): SpiralRule<E>[] {
  const matched: SpiralRule<E>[] = [];
  for (const { rule, predicate } of set.rules) {
    if (predicate === null) throw new Error(`rule "${rule.name}" needs the rules engine; use matchRules`);
    if (predicate(facts)) matched.push(rule);
  }
  return matched;
}
