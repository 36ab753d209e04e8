import type { RuleEvent } from './vocabulary';

/** `fact operator value`, with an optional JSONPath into the fact and a `{ fact }` reference as value. */
export interface FactCondition {
  fact: string;
  operator: string;
  value: unknown;
  path?: string;
  params?: Record<string, unknown>;
  priority?: number;
  name?: string;
}

interface Named {
  priority?: number;
  name?: string;
}
export type AllCondition = Named & { all: Condition[] };
export type AnyCondition = Named & { any: Condition[] };
export type NotCondition = Named & { not: Condition };
export type ConditionReference = Named & { condition: string };

export type TopLevelCondition = AllCondition | AnyCondition | NotCondition | ConditionReference;
export type Condition = TopLevelCondition | FactCondition;

/** A rule in json-rules-engine's format whose event is one of Spiral's event types. */
export interface SpiralRule<E extends RuleEvent = RuleEvent> {
  name: string;
  priority?: number;
  conditions: TopLevelCondition;
  event: E;
}

/** Facts a rule is evaluated against: plain data, one object per row or agent. */
export type Facts = Record<string, unknown>;
