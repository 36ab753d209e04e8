import { Engine, Operator, type RuleProperties } from 'json-rules-engine';
import { CUSTOM_OPERATORS } from './operators';
import type { SpiralRule } from './types';

/**
 * A json-rules-engine Engine with Spiral's operators registered. Undefined facts read as
 * undefined rather than throwing, so a row without a column is simply not matched (the compiled
 * fast path does the same).
 */
export function createEngine(rules: readonly SpiralRule[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const op of CUSTOM_OPERATORS) engine.addOperator(new Operator(op.name, op.compare, op.validator));
  // The engine annotates the condition objects it is given; hand it copies.
  for (const rule of rules) engine.addRule(JSON.parse(JSON.stringify(rule)) as RuleProperties);
  return engine;
}
