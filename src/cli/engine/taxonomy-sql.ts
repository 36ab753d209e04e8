/**
 * The taxonomy's compiled rules as SQL: the same condition trees the fast path evaluates
 * (compileRuleSet's order, keywords normalised by normalizeText), turned into predicates over a
 * row's kind and normalised text. A rule the fast path could not compile is refused here too.
 */
import type { CompiledTaxonomy } from '../../core/classify';
import { normalizeText } from '../../core/rules';
import type { CategoryKind } from '../../core/sheets';
import type { Dialect } from './sql-dialect';

/** A rule whose conditions have no SQL form (named references, other facts or operators). */
export class UnsupportedRuleError extends Error {
  override name = 'UnsupportedRuleError';
  constructor(
    readonly rule: string,
    readonly reason: string,
  ) {
    super(`${rule}: ${reason}`);
  }
}

/** A predicate, or a constant once the row's kind is known. */
type Sql = string | boolean;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function combine(parts: Sql[], kind: 'all' | 'any'): Sql {
  const neutral = kind === 'all';
  const kept: string[] = [];
  for (const p of parts) {
    if (p === !neutral) return !neutral;
    if (typeof p === 'string') kept.push(p);
  }
  if (kept.length === 0) return neutral;
  if (kept.length === 1) return kept[0]!;
  return `(${kept.join(kind === 'all' ? ' AND ' : ' OR ')})`;
}

/** One condition node for a row of this kind, over `text` (an SQL expression of the normalised text). */
function conditionSql(node: unknown, kind: CategoryKind, text: string, dialect: Dialect, rule: string): Sql {
  if (!isObject(node)) throw new UnsupportedRuleError(rule, 'not a condition object');
  // The engine's precedence when several keys are present: any, then all, then not (compile.ts).
  if ('any' in node || 'all' in node) {
    const which = 'any' in node ? 'any' : 'all';
    const list = node[which];
    if (!Array.isArray(list)) throw new UnsupportedRuleError(rule, `"${which}" is not an array`);
    // The engine resolves an empty list to true, for "any" as well as "all".
    if (list.length === 0) return true;
    return combine(
      list.map((child) => conditionSql(child, kind, text, dialect, rule)),
      which,
    );
  }
  if ('not' in node) {
    const inner = conditionSql(node.not, kind, text, dialect, rule);
    return typeof inner === 'boolean' ? !inner : `(NOT ${inner})`;
  }
  const { fact, operator, value, path } = node;
  if (path !== undefined && path !== null && path !== '')
    throw new UnsupportedRuleError(rule, `path ${String(path)}`);
  if (fact === 'kind') {
    if (operator === 'equal') return value === kind;
    if (operator === 'notEqual') return value !== kind;
    if (operator === 'in' && Array.isArray(value)) return value.includes(kind);
    if (operator === 'notIn' && Array.isArray(value)) return !value.includes(kind);
  }
  if (fact === 'text' && (operator === 'containsAny' || operator === 'containsAll') && Array.isArray(value)) {
    const keywords = keywordsOf(value);
    // No keyword: containsAny has nothing to find, containsAll refuses an empty list (operators.ts).
    if (keywords.length === 0) return false;
    if (operator === 'containsAny') return dialect.containsAny(text, keywords);
    return combine(
      keywords.map((k) => dialect.contains(text, k)),
      'all',
    );
  }
  throw new UnsupportedRuleError(rule, `${String(fact)} ${String(operator)}`);
}

/** The normalised, non-empty keywords of a text condition's value. */
const keywordsOf = (value: unknown[]) =>
  value
    .filter((k): k is string => typeof k === 'string')
    .map(normalizeText)
    .filter((k) => k !== '');

/**
 * Keywords one of which the text holds whenever the condition holds for a row of this kind; false
 * when it never holds; null when it may hold without any keyword (or when that is not worked out).
 */
function impliedKeywords(node: unknown, kind: CategoryKind): string[] | null | false {
  if (!isObject(node)) return null;
  if ('any' in node || 'all' in node) {
    const which = 'any' in node ? 'any' : 'all';
    const list = node[which];
    if (!Array.isArray(list) || list.length === 0) return null;
    const parts = list.map((child) => impliedKeywords(child, kind));
    if (which === 'all') {
      if (parts.includes(false)) return false;
      return parts.find((p): p is string[] => Array.isArray(p)) ?? null;
    }
    const possible = parts.filter((p) => p !== false);
    if (possible.length === 0) return false;
    return possible.includes(null) ? null : (possible as string[][]).flat();
  }
  if ('not' in node) return null;
  const { fact, operator, value, path } = node;
  if (path !== undefined && path !== null && path !== '') return null;
  if (fact === 'kind') {
    const holds =
      operator === 'equal'
        ? value === kind
        : operator === 'notEqual'
          ? value !== kind
          : Array.isArray(value) && (operator === 'in' ? value.includes(kind) : !value.includes(kind));
    return holds ? null : false;
  }
  if (fact === 'text' && (operator === 'containsAny' || operator === 'containsAll') && Array.isArray(value)) {
    const keywords = keywordsOf(value);
    return keywords.length === 0 ? false : keywords;
  }
  return null;
}

/**
 * A test every text some rule of this kind holds for passes: one search for all the rules' keywords,
 * so a text that mentions none (a greeting, a question of the other stage) is not searched once per
 * rule. Null when some rule can hold without a keyword.
 */
function anyRuleCanHold(taxonomy: CompiledTaxonomy, kind: CategoryKind, text: string, dialect: Dialect) {
  const keywords = new Set<string>();
  for (const { rule } of taxonomy.set.rules) {
    const implied = impliedKeywords(rule.conditions, kind);
    if (implied === false) continue;
    if (implied === null) return null;
    for (const k of implied) keywords.add(k);
  }
  return keywords.size === 0 ? null : dialect.containsAny(text, [...keywords]);
}

/** Each rule of the taxonomy in evaluation order, as a predicate for rows of `kind`; false ones left out. */
function rulePredicates(taxonomy: CompiledTaxonomy, kind: CategoryKind, text: string, dialect: Dialect) {
  const out: { category: string; predicate: string }[] = [];
  for (const { rule } of taxonomy.set.rules) {
    const sql = conditionSql(rule.conditions, kind, text, dialect, rule.name);
    if (sql === false) continue;
    out.push({ category: rule.event.params.category, predicate: sql === true ? 'TRUE' : sql });
  }
  return out;
}

/** The first (highest-priority) category whose rule holds, NULL when none does: an inquiry's category. */
export function firstCategorySql(
  taxonomy: CompiledTaxonomy,
  kind: CategoryKind,
  text: string,
  dialect: Dialect,
): string {
  const rules = rulePredicates(taxonomy, kind, text, dialect);
  if (rules.length === 0) return `CAST(NULL AS ${dialect.name === 'duckdb' ? 'VARCHAR' : 'STRING'})`;
  const whens = rules.map((r) => `WHEN ${r.predicate} THEN ${dialect.literal(r.category)}`);
  const first = `CASE ${whens.join(' ')} END`;
  const can = anyRuleCanHold(taxonomy, kind, text, dialect);
  return can === null ? first : `CASE WHEN ${can} THEN ${first} END`;
}

/** Every category whose rule holds, in evaluation order: a review's categories (multi-label). */
export function allCategoriesSql(
  taxonomy: CompiledTaxonomy,
  kind: CategoryKind,
  text: string,
  dialect: Dialect,
): string {
  const rules = rulePredicates(taxonomy, kind, text, dialect);
  const all = dialect.nonNullList(
    rules.map((r) => `CASE WHEN ${r.predicate} THEN ${dialect.literal(r.category)} END`),
  );
  const can = rules.length === 0 ? null : anyRuleCanHold(taxonomy, kind, text, dialect);
  return can === null ? all : `CASE WHEN ${can} THEN ${all} ELSE ${dialect.nonNullList([])} END`;
}
