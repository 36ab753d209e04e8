import { isKnownOperator, OPERATOR_NAMES, resolveOperator, UNKNOWN_VALUE } from './operators';

/** One thing wrong in a rule file, with the path to the field (as zod reports it). */
export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

const BOOLEAN_KEYS = ['all', 'any', 'not'] as const;
const FACT_KEYS = new Set(['fact', 'operator', 'value', 'path', 'params', 'priority', 'name']);
const NUMERIC = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
const KEYWORD_OPERATORS = new Set(['containsAny', 'containsAll']);

// None of the keys asked about live on Object.prototype, so `in` is an own-key test here.
const has = (o: object, key: string) => key in o;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isFactReference = (v: unknown) => isObject(v) && has(v, 'fact');
const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Checks a condition tree the way json-rules-engine would read it, but reports every problem
 * with its path instead of failing at run time. `knownFacts` null accepts any fact name.
 */
export function checkCondition(
  node: unknown,
  path: (string | number)[],
  knownFacts: ReadonlySet<string> | null,
  topLevel = false,
): RuleIssue[] {
  if (!isObject(node)) return [{ path, message: `expected a condition object, got ${typeName(node)}` }];
  const kinds = [...BOOLEAN_KEYS, 'condition', 'fact'].filter((k) => has(node, k));
  if (kinds.length === 0) {
    if (has(node, 'operator') || has(node, 'value')) {
      return [{ path: [...path, 'fact'], message: 'missing field "fact"' }];
    }
    const expected = topLevel ? '"all", "any" or "not"' : '"all", "any", "not" or "fact"';
    return [{ path, message: `a condition needs ${expected}` }];
  }
  if (kinds.length > 1)
    return [
      {
        path,
        message: `a condition takes one of all, any, not or fact, not ${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1]} together`,
      },
    ];
  const kind = kinds[0]!;
  const issues = checkNameAndPriority(node, path);
  if (kind === 'condition') {
    return [
      ...issues,
      { path: [...path, 'condition'], message: 'named condition references are not supported' },
    ];
  }
  if (kind === 'fact') {
    if (topLevel) return [{ path, message: 'the top level of "conditions" must be "all", "any" or "not"' }];
    return [...issues, ...checkFactCondition(node, path, knownFacts)];
  }
  const children = node[kind];
  for (const key of Object.keys(node)) {
    if (key !== kind && key !== 'name' && key !== 'priority') {
      issues.push({ path: [...path, key], message: `unknown field "${key}"` });
    }
  }
  if (kind === 'not') {
    if (Array.isArray(children)) {
      return [...issues, { path: [...path, 'not'], message: '"not" takes one condition, not an array' }];
    }
    return [...issues, ...checkCondition(children, [...path, 'not'], knownFacts)];
  }
  if (!Array.isArray(children)) {
    return [
      ...issues,
      { path: [...path, kind], message: `"${kind}" must be an array, got ${typeName(children)}` },
    ];
  }
  children.forEach((child, i) => {
    issues.push(...checkCondition(child, [...path, kind, i], knownFacts));
  });
  return issues;
}

function checkNameAndPriority(node: Record<string, unknown>, path: (string | number)[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (has(node, 'name') && typeof node.name !== 'string') {
    issues.push({ path: [...path, 'name'], message: `expected a string, got ${typeName(node.name)}` });
  }
  if (has(node, 'priority') && !(typeof node.priority === 'number' && node.priority >= 1)) {
    issues.push({ path: [...path, 'priority'], message: 'expected a number ≥ 1' });
  }
  return issues;
}

function checkFactCondition(
  node: Record<string, unknown>,
  path: (string | number)[],
  knownFacts: ReadonlySet<string> | null,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const at = (key: string | number, message: string) => issues.push({ path: [...path, key], message });
  for (const key of Object.keys(node)) if (!FACT_KEYS.has(key)) at(key, `unknown field "${key}"`);
  checkFactName(node.fact, [...path, 'fact'], knownFacts, issues);
  if (!has(node, 'operator')) at('operator', 'missing field "operator"');
  else if (typeof node.operator !== 'string')
    at('operator', `expected a string, got ${typeName(node.operator)}`);
  else if (!isKnownOperator(node.operator)) at('operator', unknownOperator(node.operator));
  if (has(node, 'path') && !(typeof node.path === 'string' && node.path.startsWith('$'))) {
    at('path', 'expected a JSONPath string starting with "$", e.g. "$.a.b"');
  }
  if (has(node, 'params') && !isObject(node.params)) at('params', 'expected an object');
  if (!has(node, 'value')) {
    at('value', 'missing field "value"');
    return issues;
  }
  const value = node.value;
  const operator = typeof node.operator === 'string' ? node.operator : '';
  const resolved = resolveOperator(operator);
  if (isFactReference(value)) {
    checkFactName((value as Record<string, unknown>).fact, [...path, 'value', 'fact'], knownFacts, issues);
    // A fact's value is known only at run time: the operator must take any value without failing.
    if (resolved && !resolved.safeFor(UNKNOWN_VALUE))
      at(
        'value',
        `"${operator}" cannot compare with another fact's value: it fails at run time unless the value is a fixed ${shapeFor(operator)}`,
      );
    return issues;
  }
  // Through every decorator (not:, swap:, someValue:, everyValue:…): a value of a shape that would
  // make the engine throw is refused here, not met as a TypeError while pay is computed.
  if (resolved && !resolved.safeFor(value))
    at(
      'value',
      `"${operator}" cannot take ${typeName(value)} here (it fails at run time): expected ${shapeFor(operator)}`,
    );
  if (NUMERIC.has(operator) && typeof value !== 'number') {
    at('value', `expected a number, got ${typeName(value)}`);
  }
  if ((operator === 'in' || operator === 'notIn') && !Array.isArray(value)) {
    at('value', `expected an array, got ${typeName(value)}`);
  }
  if (KEYWORD_OPERATORS.has(operator)) {
    if (!Array.isArray(value)) at('value', `expected an array of keywords, got ${typeName(value)}`);
    else {
      value.forEach((keyword, i) => {
        if (typeof keyword !== 'string' || keyword.trim() === '') {
          issues.push({ path: [...path, 'value', i], message: 'expected a non-empty keyword' });
        }
      });
    }
  }
  return issues;
}

/** The right-hand value an operator (decorators included) needs, in words. */
function shapeFor(operator: string): string {
  const parts = operator.split(':');
  const base = parts[parts.length - 1]!;
  if (parts.includes('swap'))
    return 'value (swap puts the fact on the right, which only equal, notEqual and the number comparisons take)';
  const one = base === 'in' || base === 'notIn' ? 'an array or a text' : 'a value';
  return parts.some((d) => d === 'someValue' || d === 'everyValue') ? `an array, each item ${one}` : one;
}

function checkFactName(
  fact: unknown,
  path: (string | number)[],
  knownFacts: ReadonlySet<string> | null,
  issues: RuleIssue[],
): void {
  if (fact === undefined) issues.push({ path, message: 'missing field "fact"' });
  else if (typeof fact !== 'string' || fact === '') {
    issues.push({ path, message: `expected a fact name, got ${typeName(fact)}` });
  } else if (knownFacts && !knownFacts.has(fact)) {
    const hint = closest(fact, [...knownFacts]);
    issues.push({ path, message: `unknown fact "${fact}"${hint ? ` (did you mean "${hint}"?)` : ''}` });
  }
}

function unknownOperator(name: string): string {
  const base = name.slice(name.lastIndexOf(':') + 1);
  const hint = closest(base, OPERATOR_NAMES);
  const suggestion =
    hint && hint !== base ? ` (did you mean "${name.slice(0, name.length - base.length)}${hint}"?)` : '';
  return `unknown operator "${name}"${suggestion}`;
}

/** The candidate within a small edit distance of the word, for "did you mean". */
function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}
