import type { Engine } from 'json-rules-engine';
import { createEngine } from '../rules/engine';
import type { ScorecardFile } from '../rules/rule-file';
import { runRules } from '../rules/run-rules';
import type { Facts, SpiralRule } from '../rules/types';
import type { PointsEvent } from '../rules/vocabulary';
import type { Lang } from '../sheets/template';

/** One scorecard item: its points, the rule(s) that gave them and the facts those rules read. */
export interface ItemScore {
  item: string;
  label: { zh: string; en: string };
  points: number;
  /** The rule name; several joined with '+'; '' when no rule fired for the item. */
  rule: string;
  /** The facts the firing rules used, by name, in the order the rules name them. */
  facts: Record<string, unknown>;
  eventType: PointsEvent['type'] | null;
}

/** A scorecard scheme with its engine built once, ready for Engine.run per agent. */
export interface ScoringScheme {
  file: ScorecardFile;
  engine: Engine;
  rules: Map<string, SpiralRule<PointsEvent>>;
}

export function scoringScheme(file: ScorecardFile): ScoringScheme {
  return {
    file,
    engine: createEngine(file.rules),
    rules: new Map(file.rules.map((rule) => [rule.name, rule])),
  };
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** The points an event awards given the facts (the event vocabulary of vocabulary.ts). */
export function eventPoints(event: PointsEvent, facts: Facts): number {
  switch (event.type) {
    case 'points':
      return event.params.points;
    case 'grade-table': {
      const grade = facts[event.params.fact];
      const table = event.params.table as Record<string, number>;
      return typeof grade === 'string' && grade in table ? table[grade]! : (event.params.blank ?? 0);
    }
    case 'points-per-unit': {
      const { base = 0, units, min, max } = event.params;
      let points = units.reduce((sum, unit) => sum + unit.points * num(facts[unit.fact]), base);
      if (min !== undefined) points = Math.max(min, points);
      if (max !== undefined) points = Math.min(max, points);
      return points;
    }
  }
}

/** Fact names a rule reads: in its conditions (and `{ fact }` values), then in its event params. */
export function factsOfRule(rule: SpiralRule<PointsEvent>): string[] {
  const names: string[] = [];
  const add = (name: unknown) => {
    if (typeof name === 'string' && !names.includes(name)) names.push(name);
  };
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    add(n.fact);
    if (n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value))
      add((n.value as { fact?: unknown }).fact);
    for (const child of [n.all, n.any].flatMap((c) => (Array.isArray(c) ? c : []))) walk(child);
    walk(n.not);
  };
  walk(rule.conditions);
  const params = rule.event.params as { fact?: string; units?: { fact: string }[] };
  add(params.fact);
  for (const unit of params.units ?? []) add(unit.fact);
  return names;
}

/** Runs the scheme's rules for one agent's facts with Engine.run and totals them per item. */
export async function scoreItems(
  scheme: ScoringScheme,
  facts: Facts,
  lang: Lang = 'en',
): Promise<ItemScore[]> {
  const source = { file: `scorecard-${scheme.file.role}.json`, rules: scheme.file.rules };
  const { results } = await runRules(scheme.engine, facts, source, lang);
  const fired = new Set(results.map((result) => result.name));
  return scheme.file.items.map((item) => {
    // File order, not the engine's settling order, so explanations read the same every run.
    const rules = scheme.file.rules.filter(
      (rule) => fired.has(rule.name) && rule.event.params.item === item.id,
    );
    const used: Record<string, unknown> = {};
    for (const rule of rules) for (const name of factsOfRule(rule)) used[name] = facts[name] ?? null;
    return {
      item: item.id,
      label: { zh: item.zh, en: item.en },
      points: rules.reduce((sum, rule) => sum + eventPoints(rule.event, facts), 0),
      rule: rules.map((rule) => rule.name).join('+'),
      facts: used,
      eventType: rules[0]?.event.type ?? null,
    };
  });
}
