import type { RuleIssue } from './conditions';

/** The parts of a zod issue Spiral reads (zod/mini ships no message locale). */
interface ZodIssueLike {
  code?: string;
  path: readonly PropertyKey[];
  expected?: string;
  input?: unknown;
  values?: readonly unknown[];
  keys?: readonly string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
}

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Turns zod issues (parsed with `reportInput: true`) into readable rule issues, one per field. */
export function zodIssues(issues: readonly ZodIssueLike[], prefix: (string | number)[] = []): RuleIssue[] {
  return issues.flatMap((issue): RuleIssue[] => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    const last = path[path.length - 1];
    switch (issue.code) {
      case 'unrecognized_keys':
        return (issue.keys ?? []).map((key) => ({ path: [...path, key], message: `unknown field "${key}"` }));
      case 'invalid_type':
        if (issue.input === undefined) return [{ path, message: `missing field "${String(last ?? '')}"` }];
        return [{ path, message: `expected ${issue.expected}, got ${typeName(issue.input)}` }];
      case 'invalid_value': {
        const values = (issue.values ?? []).map((v) => JSON.stringify(v)).join(', ');
        return [{ path, message: `expected one of ${values}, got ${JSON.stringify(issue.input)}` }];
      }
      case 'too_small': {
        const what =
          issue.origin === 'number' ? 'a number' : issue.origin === 'array' ? 'a length' : 'a length';
        const op = issue.inclusive ? '≥' : '>';
        return [{ path, message: `expected ${what} ${op} ${String(issue.minimum)}` }];
      }
      case 'too_big': {
        const op = issue.inclusive ? '≤' : '<';
        return [
          {
            path,
            message: `expected ${issue.origin === 'number' ? 'a number' : 'a length'} ${op} ${String(issue.maximum)}`,
          },
        ];
      }
      default:
        return [{ path, message: `invalid value ${JSON.stringify(issue.input) ?? ''}`.trim() }];
    }
  });
}
