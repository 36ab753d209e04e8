/**
 * When two rows are the same record: by the key a template (or the caller) declares — an order
 * number; a buyer and a day — or, without one, by every column the file holds (plain log rows).
 */
import type { Cell } from '../../ports';
import type { ColumnSpec, ImportKey, Template } from '../sheets/template';
import { cellText, isBlank } from '../sheets/values';

export interface KeyPlan {
  /** The columns whose values make the key, in order. */
  columns: ColumnSpec[];
  byDay: Set<string>;
  /** Columns a later import may change on a record already present. */
  update: ColumnSpec[];
  /** True for a declared key: one record per key; false for full content, where copies may repeat. */
  declared: boolean;
  /** Key columns a file may lack. */
  optional: Set<string>;
  /** Matching a key a spreadsheet turned into a number on its first digits plus other columns. */
  approximate: { column: ColumnSpec; digits: number; with: ColumnSpec[] } | null;
}

export function keyPlan(template: Template, present: readonly ColumnSpec[], key?: ImportKey): KeyPlan {
  const declared = key ?? template.importKey;
  if (!declared) {
    // Spiral's own outputs (a category filled by classification) are not part of what was imported.
    const columns = present.filter((c) => c.auto === undefined);
    return { columns, byDay: new Set(), update: [], declared: false, optional: new Set(), approximate: null };
  }
  const spec = (k: string) => template.columns.find((c) => c.key === k)!;
  return {
    columns: declared.columns.map(spec),
    byDay: new Set(declared.byDay ?? []),
    update: (declared.update ?? []).map(spec).filter((c) => present.includes(c)),
    declared: true,
    optional: new Set(declared.optional ?? []),
    approximate: declared.approximate
      ? {
          column: spec(declared.approximate.column),
          digits: declared.approximate.digits,
          with: declared.approximate.with.map(spec),
        }
      : null,
  };
}

/** One value as it takes part in a key: the parsed value, or the text as written when it did not parse. */
export function keyPart(value: unknown, raw: Cell | undefined, byDay: boolean): string {
  if (value === null || value === undefined || value === '') return isBlank(raw) ? '' : cellText(raw).trim();
  if (Array.isArray(value)) return value.join('\u001f');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  // Keys compare as normalised text (full-width digits, stray spaces); the cell keeps what was exported.
  const text = typeof value === 'string' ? value.normalize('NFKC').trim() : String(value).trim();
  return byDay ? text.slice(0, 10) : text;
}

export function keyOf(
  plan: KeyPlan,
  values: Record<string, unknown>,
  raw: (key: string) => Cell | undefined,
): string {
  return plan.columns.map((c) => keyPart(values[c.key], raw(c.key), plan.byDay.has(c.key))).join('\u001e');
}

/**
 * The approximate key of a record: the first digits of its key column and its other columns; null
 * when the key column does not hold that many digits.
 */
export function approximateKeyOf(
  plan: KeyPlan,
  values: Record<string, unknown>,
  raw: (key: string) => Cell | undefined,
): string | null {
  const approx = plan.approximate;
  if (approx === null) return null;
  const digits = keyPart(values[approx.column.key], raw(approx.column.key), false);
  if (!/^\d+$/.test(digits) || digits.length < approx.digits) return null;
  const rest = approx.with.map((c) => keyPart(values[c.key], raw(c.key), plan.byDay.has(c.key)));
  return [digits.slice(0, approx.digits), ...rest].join('\u001e');
}

/** Whether a file's cell for the approximate key column is a number too long to hold every digit. */
export function isImpreciseNumber(plan: KeyPlan, raw: (key: string) => Cell | undefined): boolean {
  const approx = plan.approximate;
  if (approx === null) return false;
  const cell = raw(approx.column.key);
  return typeof cell === 'number' && Math.abs(cell) >= 10 ** approx.digits;
}
