import type { Message } from '../core/messages';

/** Deeper than any rule a person writes (a rule file nests conditions a handful of levels). */
export const MAX_RULE_DEPTH = 64;

/**
 * Reads a rule file's text as JSON, refusing what JSON.parse lets through or cannot say clearly: a
 * byte-order mark, nesting deeper than MAX_RULE_DEPTH, and numbers too large to be finite (1e999
 * parses as Infinity). Each refusal is a catalogue message naming the place in the file.
 */
export function readRuleJson(text: string): { ok: true; json: unknown } | { ok: false; reason: Message } {
  if (text.startsWith('\uFEFF')) return { ok: false, reason: { key: 'cli.ruleBom' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) return tooDeep('$');
    return { ok: false, reason: { key: 'cli.ruleNotJson', params: { reason: (error as Error).message } } };
  }
  // Walk without recursion, so a deep file cannot overflow the stack here either.
  const stack: Array<{ value: unknown; path: string; depth: number }> = [
    { value: json, path: '$', depth: 0 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value))
      return { ok: false, reason: { key: 'cli.ruleNumberTooLarge', params: { path } } };
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_RULE_DEPTH) return tooDeep(path);
    const entries = Array.isArray(value)
      ? value.map((item, i) => [`${path}[${i}]`, item] as const)
      : Object.entries(value).map(([key, item]) => [`${path}.${key}`, item] as const);
    for (const [childPath, item] of entries) stack.push({ value: item, path: childPath, depth: depth + 1 });
  }
  return { ok: true, json };
}

const tooDeep = (path: string) =>
  ({ ok: false, reason: { key: 'cli.ruleTooDeep', params: { path, max: MAX_RULE_DEPTH } } }) as const;
