import { type OperatorFn, resolveOperator, UNKNOWN_VALUE } from './operators';
import type { Facts } from './types';

/** A condition tree turned into a plain synchronous function of the facts. */
export type Predicate = (facts: Facts) => boolean;

/** A compiled predicate, or why the condition must go through Engine.run instead. */
export type Compiled = { ok: true; predicate: Predicate } | { ok: false; reason: string };

type Getter = (facts: Facts) => unknown;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
// biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; the core targets ES2021 (Apps Script).
const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const unsupported = (reason: string): Compiled => ({ ok: false, reason });
// The paths compiled here; any other JSONPath is left to the engine's resolver.
const SIMPLE_PATH = /^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

/**
 * Compiles a json-rules-engine condition to a predicate that decides exactly as Engine.run does
 * (with allowUndefinedFacts). Anything it cannot reproduce exactly — named condition references,
 * complex JSONPath, an operator that could throw for some fact value — is reported unsupported,
 * so the caller runs the engine for that rule instead of silently differing.
 */
export function compileCondition(node: unknown): Compiled {
  if (!isObject(node)) return unsupported('not a condition object');
  // The engine's precedence when several keys are present: any, then all, then not.
  if (own(node, 'any')) return compileList(node.any, 'any');
  if (own(node, 'all')) return compileList(node.all, 'all');
  if (own(node, 'not')) {
    if (Array.isArray(node.not)) return unsupported('"not" with an array');
    const inner = compileCondition(node.not);
    if (!inner.ok) return inner;
    const p = inner.predicate;
    return { ok: true, predicate: (facts) => !p(facts) };
  }
  if (own(node, 'condition')) return unsupported('named condition reference');
  return compileFactCondition(node);
}

function compileList(list: unknown, kind: 'all' | 'any'): Compiled {
  if (!Array.isArray(list)) return unsupported(`"${kind}" is not an array`);
  const parts: Predicate[] = [];
  for (const child of list) {
    const compiled = compileCondition(child);
    if (!compiled.ok) return compiled;
    parts.push(compiled.predicate);
  }
  // The engine resolves an empty list to true, for "any" as well as "all".
  if (parts.length === 0) return { ok: true, predicate: () => true };
  if (parts.length === 1) return { ok: true, predicate: parts[0]! };
  if (parts.length === 2) {
    const [a, b] = parts as [Predicate, Predicate];
    return { ok: true, predicate: kind === 'all' ? (f) => a(f) && b(f) : (f) => a(f) || b(f) };
  }
  if (kind === 'all') {
    return {
      ok: true,
      predicate: (facts) => {
        for (const p of parts) if (!p(facts)) return false;
        return true;
      },
    };
  }
  return {
    ok: true,
    predicate: (facts) => {
      for (const p of parts) if (p(facts)) return true;
      return false;
    },
  };
}

function compileFactCondition(node: Record<string, unknown>): Compiled {
  if (!own(node, 'fact') || !own(node, 'operator') || !own(node, 'value')) {
    return unsupported('condition without fact, operator or value');
  }
  if (typeof node.fact !== 'string' || typeof node.operator !== 'string')
    return unsupported('fact or operator not text');
  const operator = resolveOperator(node.operator);
  if (!operator) return unsupported(`unknown operator "${node.operator}"`);
  const left = factGetter(node.fact, node.path);
  if (!left) return unsupported(`path ${JSON.stringify(node.path)}`);
  const value = node.value;
  if (isObject(value) && own(value, 'fact')) {
    if (typeof value.fact !== 'string') return unsupported('fact reference without a name');
    if (!operator.safeFor(UNKNOWN_VALUE))
      return unsupported(`"${node.operator}" with a fact reference may throw`);
    const right = factGetter(value.fact, value.path);
    if (!right) return unsupported(`path ${JSON.stringify(value.path)}`);
    const evaluate = operator.evaluate;
    return { ok: true, predicate: (facts) => evaluate(left(facts), right(facts)) };
  }
  if (!operator.safeFor(value))
    return unsupported(`"${node.operator}" may throw for value ${JSON.stringify(value)}`);
  const test: OperatorFn = operator.specialise?.(value) ?? ((a) => operator.evaluate(a, value));
  return { ok: true, predicate: (facts) => test(left(facts), undefined) };
}

/** Reads a fact (and a simple `$.a.b` path into it) the way the engine's almanac does. */
function factGetter(fact: string, path: unknown): Getter | null {
  const read: Getter = (facts) => (own(facts, fact) ? facts[fact] : undefined);
  // The almanac ignores an empty or missing path.
  if (path === undefined || path === null || path === '' || path === false || path === 0) return read;
  if (typeof path !== 'string' || !SIMPLE_PATH.test(path)) return null;
  const keys = path.slice(2).split('.');
  return (facts) => {
    const value = read(facts);
    // A path into a non-object gives the fact's own value back (almanac.factValue).
    if (value === null || typeof value !== 'object') return value;
    let current: unknown = value;
    for (const key of keys) {
      // jsonpath-plus follows a property only when the holder is truthy and owns it.
      if (!current || !own(Object(current), key)) return undefined;
      current = (current as Record<string, unknown>)[key];
    }
    return current;
  };
}
