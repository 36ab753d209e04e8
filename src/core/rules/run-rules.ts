/**
 * Runs a rule file's engine and turns any error the engine throws into one sentence naming the
 * file, the rule and the field (STYLE.md habit 6), never a TypeError's stack.
 */
import type { Engine, EngineResult } from 'json-rules-engine';
import { say } from '../messages/catalogue';
import { SentenceError } from '../messages/sentence-error';
import type { Lang } from '../sheets/template';
import { resolveOperator } from './operators';
import type { Facts, SpiralRule } from './types';

/** A rule failed while it ran: the message names file, rule and field. */
export class RuleRunError extends SentenceError {
  override name = 'RuleRunError';
}

/** Where a set of rules came from, for the sentence when one fails. */
export interface RuleSource {
  file: string;
  rules: readonly SpiralRule[];
}

export async function runRules(
  engine: Engine,
  facts: Facts,
  source: RuleSource,
  lang: Lang,
): Promise<EngineResult> {
  try {
    return await engine.run(facts);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const found = failingCondition(source.rules, facts);
    throw new RuleRunError(
      say(lang, 'rules.runFailed', {
        file: source.file,
        rule: found?.rule ?? '?',
        field: found?.field ?? 'conditions',
        reason,
      }),
    );
  }
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first condition that throws when evaluated alone, as `conditions.all[1].value`. */
export function failingCondition(
  rules: readonly SpiralRule[],
  facts: Facts,
): { rule: string; field: string } | null {
  for (const rule of rules) {
    const field = walk(rule.conditions, 'conditions', facts);
    if (field !== null) return { rule: rule.name ?? '?', field };
  }
  return null;
}

function walk(node: unknown, at: string, facts: Facts): string | null {
  if (!isNode(node)) return null;
  for (const key of ['all', 'any'] as const) {
    const children = node[key];
    if (Array.isArray(children))
      for (const [i, child] of children.entries()) {
        const found = walk(child, `${at}.${key}[${i}]`, facts);
        if (found !== null) return found;
      }
  }
  if (node.not !== undefined) return walk(node.not, `${at}.not`, facts);
  if (typeof node.fact !== 'string' || typeof node.operator !== 'string') return null;
  const operator = resolveOperator(node.operator);
  if (operator === null) return `${at}.operator`;
  const value =
    isNode(node.value) && typeof node.value.fact === 'string' ? facts[node.value.fact] : node.value;
  try {
    operator.evaluate(facts[node.fact], value);
    return null;
  } catch {
    return `${at}.value`;
  }
}
