/**
 * The operators a rule may use: json-rules-engine's built-ins and decorators, mirrored here
 * line for line so the compiled fast path decides exactly as the engine does, plus Spiral's own
 * text operators (registered on the engine from the same definitions).
 */

/** What an operator sees: the fact's value on the left, the condition's value on the right. */
export type OperatorFn = (factValue: unknown, jsonValue: unknown) => boolean;

/** Marks a right-hand value known only at run time (a `{ fact }` reference). */
export const UNKNOWN_VALUE: unique symbol = Symbol('unknown value');
export type StaticValue = unknown;

export interface OperatorSpec {
  name: string;
  /** The engine's `Operator`: the fact validator and the comparison. */
  validator: (factValue: unknown) => boolean;
  compare: (factValue: unknown, jsonValue: unknown) => boolean;
  /**
   * True when the operator cannot throw for any fact value given this right-hand value; the
   * compiler only compiles what cannot throw, so short-circuiting never hides an engine error.
   */
  safeFor: (jsonValue: StaticValue) => boolean;
  /** A faster equivalent of validator-then-compare for one fixed right-hand value. */
  specialise?: (jsonValue: unknown) => OperatorFn;
}

interface DecoratorSpec {
  name: string;
  validator: (factValue: unknown) => boolean;
  decorate: (factValue: unknown, jsonValue: unknown, next: OperatorFn) => boolean;
  safeFor: (jsonValue: StaticValue, nextSafeFor: (v: StaticValue) => boolean) => boolean;
}

const always = () => true;
const isArray = (v: unknown): boolean => Array.isArray(v);
const hasIndexOf = (v: StaticValue) => typeof v === 'string' || Array.isArray(v);
// json-rules-engine's numberValidator, verbatim.
const isNumberLike = (v: unknown) => Number.parseFloat(v as string).toString() !== 'NaN';
type Indexable = { indexOf(x: unknown): number };

const BUILT_IN: OperatorSpec[] = [
  { name: 'equal', validator: always, compare: (a, b) => a === b, safeFor: always },
  { name: 'notEqual', validator: always, compare: (a, b) => a !== b, safeFor: always },
  { name: 'in', validator: always, compare: (a, b) => (b as Indexable).indexOf(a) > -1, safeFor: hasIndexOf },
  {
    name: 'notIn',
    validator: always,
    compare: (a, b) => (b as Indexable).indexOf(a) === -1,
    safeFor: hasIndexOf,
  },
  {
    name: 'contains',
    validator: isArray,
    compare: (a, b) => (a as Indexable).indexOf(b) > -1,
    safeFor: always,
  },
  {
    name: 'doesNotContain',
    validator: isArray,
    compare: (a, b) => (a as Indexable).indexOf(b) === -1,
    safeFor: always,
  },
  {
    name: 'lessThan',
    validator: isNumberLike,
    compare: (a, b) => (a as number) < (b as number),
    safeFor: always,
  },
  {
    name: 'lessThanInclusive',
    validator: isNumberLike,
    compare: (a, b) => (a as number) <= (b as number),
    safeFor: always,
  },
  {
    name: 'greaterThan',
    validator: isNumberLike,
    compare: (a, b) => (a as number) > (b as number),
    safeFor: always,
  },
  {
    name: 'greaterThanInclusive',
    validator: isNumberLike,
    compare: (a, b) => (a as number) >= (b as number),
    safeFor: always,
  },
];

const BUILT_IN_DECORATORS: DecoratorSpec[] = [
  {
    name: 'someFact',
    validator: isArray,
    decorate: (a, b, next) => (a as unknown[]).some((fv) => next(fv, b)),
    safeFor: (b, nextSafe) => nextSafe(b),
  },
  {
    name: 'someValue',
    validator: always,
    decorate: (a, b, next) => (b as unknown[]).some((jv) => next(a, jv)),
    safeFor: (b, nextSafe) => Array.isArray(b) && b.every((jv) => nextSafe(jv)),
  },
  {
    name: 'everyFact',
    validator: isArray,
    decorate: (a, b, next) => (a as unknown[]).every((fv) => next(fv, b)),
    safeFor: (b, nextSafe) => nextSafe(b),
  },
  {
    name: 'everyValue',
    validator: always,
    decorate: (a, b, next) => (b as unknown[]).every((jv) => next(a, jv)),
    safeFor: (b, nextSafe) => Array.isArray(b) && b.every((jv) => nextSafe(jv)),
  },
  // swap puts the fact's value on the right, so the inner operator must be safe for anything.
  {
    name: 'swap',
    validator: always,
    decorate: (a, b, next) => next(b, a),
    safeFor: (_b, nextSafe) => nextSafe(UNKNOWN_VALUE),
  },
  {
    name: 'not',
    validator: always,
    decorate: (a, b, next) => !next(a, b),
    safeFor: (b, nextSafe) => nextSafe(b),
  },
];

/** Text as the keyword operators compare it: NFKC (full-width → half-width) and lower-case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

let lastRaw = '';
let lastNormalized = '';

/** normalizeText remembering its last answer: the rules of one row ask for the same text many times. */
export function rowText(text: string): string {
  if (text !== lastRaw) {
    lastRaw = text;
    lastNormalized = normalizeText(text);
  }
  return lastNormalized;
}

const keywordCache = new Map<string, string[]>();

/** The non-empty normalised keywords of a rule value; cached, as the engine hands over fresh copies each run. */
function keywordsOf(b: unknown): string[] {
  if (!Array.isArray(b)) return [];
  const raw = b.filter((k): k is string => typeof k === 'string');
  const key = raw.join('\u0000');
  let keywords = keywordCache.get(key);
  if (!keywords) {
    if (keywordCache.size > 1000) keywordCache.clear();
    keywords = raw.map(normalizeText).filter((k) => k !== '');
    keywordCache.set(key, keywords);
  }
  return keywords;
}

/** Does the normalised text contain this normalised keyword? Empty keywords never match. */
const mentions = (text: string, keyword: string) => keyword !== '' && text.includes(keyword);

const CUSTOM: OperatorSpec[] = [
  {
    name: 'containsAny',
    validator: (a) => typeof a === 'string',
    compare: (a, b) => {
      const text = rowText(a as string);
      return keywordsOf(b).some((k) => text.includes(k));
    },
    specialise: (b) => {
      const keywords = keywordsOf(b);
      return (a) => {
        if (typeof a !== 'string') return false;
        const text = rowText(a);
        for (const k of keywords) if (text.includes(k)) return true;
        return false;
      };
    },
    safeFor: always,
  },
  {
    name: 'containsAll',
    validator: (a) => typeof a === 'string',
    compare: (a, b) => {
      const text = rowText(a as string);
      const keywords = keywordsOf(b);
      return keywords.length > 0 && keywords.every((k) => text.includes(k));
    },
    specialise: (b) => {
      const keywords = keywordsOf(b);
      if (keywords.length === 0) return () => false;
      return (a) => {
        if (typeof a !== 'string') return false;
        const text = rowText(a);
        return keywords.every((k) => text.includes(k));
      };
    },
    safeFor: always,
  },
];

/** Spiral's own operators, registered on every engine Spiral creates. */
export const CUSTOM_OPERATORS: readonly OperatorSpec[] = CUSTOM;

const OPERATORS = new Map<string, OperatorSpec>([...BUILT_IN, ...CUSTOM].map((op) => [op.name, op]));
const DECORATORS = new Map<string, DecoratorSpec>(BUILT_IN_DECORATORS.map((d) => [d.name, d]));

export const OPERATOR_NAMES: readonly string[] = [...OPERATORS.keys()];

/** An operator with its decorators applied (`not:containsAny`, `someFact:equal`), as the engine composes it. */
export interface ResolvedOperator {
  name: string;
  evaluate: OperatorFn;
  safeFor: (jsonValue: StaticValue) => boolean;
  specialise?: (jsonValue: unknown) => OperatorFn;
}

/** Resolves an operator name the way json-rules-engine's OperatorMap does; null when unknown. */
export function resolveOperator(name: string): ResolvedOperator | null {
  const base = OPERATORS.get(name);
  if (base) {
    return {
      name,
      evaluate: (a, b) => base.validator(a) && base.compare(a, b),
      safeFor: base.safeFor,
      specialise: base.specialise,
    };
  }
  const colon = name.indexOf(':');
  if (colon <= 0) return null;
  const decorator = DECORATORS.get(name.slice(0, colon));
  const inner = resolveOperator(name.slice(colon + 1));
  if (!decorator || !inner) return null;
  return {
    name,
    evaluate: (a, b) => decorator.validator(a) && decorator.decorate(a, b, inner.evaluate),
    safeFor: (b) => decorator.safeFor(b, inner.safeFor),
  };
}

export function isKnownOperator(name: string): boolean {
  return resolveOperator(name) !== null;
}

/** Keywords of a `containsAny` value that the text mentions, as written in the rule. */
export function matchedKeywords(text: string, keywords: readonly string[]): string[] {
  const normalized = rowText(text);
  return keywords.filter((k) => mentions(normalized, normalizeText(k)));
}
