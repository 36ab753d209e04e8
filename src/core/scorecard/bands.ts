/** The band a points rule covers, read back from its conditions, so an explanation can name it. */
import type { SpiralRule } from '../rules/types';
import type { PointsEvent } from '../rules/vocabulary';

/** Bounds on one fact; `null` for an open side. */
export interface Band {
  fact: string;
  lower: number | null;
  lowerInclusive: boolean;
  upper: number | null;
  upperInclusive: boolean;
}

interface Leaf {
  fact?: unknown;
  operator?: unknown;
  value?: unknown;
}

/** The top-level `all` conditions of a rule (bands are written that way). */
function leaves(rule: SpiralRule<PointsEvent>): Leaf[] {
  const all = (rule.conditions as { all?: unknown }).all;
  return Array.isArray(all) ? (all as Leaf[]) : [];
}

/**
 * The numeric band of a rule on its first compared fact: `refundRate > 0.08 and ≤ 0.11` is
 * (0.08, 0.11]. Null when the rule compares nothing with a number (a grade, a no-data rule).
 */
export function bandOf(rule: SpiralRule<PointsEvent>): Band | null {
  const numeric = leaves(rule).filter(
    (c) => typeof c.fact === 'string' && typeof c.value === 'number' && typeof c.operator === 'string',
  );
  const fact = numeric[0]?.fact as string | undefined;
  if (fact === undefined) return null;
  const band: Band = { fact, lower: null, lowerInclusive: false, upper: null, upperInclusive: false };
  for (const c of numeric) {
    if (c.fact !== fact) continue;
    const value = c.value as number;
    if (c.operator === 'greaterThan' || c.operator === 'greaterThanInclusive') {
      band.lower = value;
      band.lowerInclusive = c.operator === 'greaterThanInclusive';
    } else if (c.operator === 'lessThan' || c.operator === 'lessThanInclusive') {
      band.upper = value;
      band.upperInclusive = c.operator === 'lessThanInclusive';
    }
  }
  return band.lower === null && band.upper === null ? null : band;
}

/** The fact compared with the minimum base when the rule is a base-too-small rule (`buyers < minimumBase`). */
export function smallBaseFact(rule: SpiralRule<PointsEvent>): string | null {
  for (const c of leaves(rule)) {
    const ref = c.value as { fact?: unknown } | null;
    const below = c.operator === 'lessThan';
    if (
      below &&
      typeof c.fact === 'string' &&
      ref !== null &&
      typeof ref === 'object' &&
      ref.fact === 'minimumBase'
    )
      return c.fact;
  }
  return null;
}

/** How far `value` is from entering `band`; 0 when inside. */
export function distanceTo(band: Band, value: number): number {
  if (band.lower !== null && value < band.lower) return band.lower - value;
  if (band.upper !== null && value > band.upper) return value - band.upper;
  return 0;
}

/**
 * The next better band of the same item: among the item's band rules on the same fact that
 * award more than `points`, the one awarding the least. Null at the top or without bands.
 */
export function nextBand(
  rules: readonly SpiralRule<PointsEvent>[],
  item: string,
  fact: string,
  points: number,
): { rule: SpiralRule<PointsEvent>; band: Band; points: number } | null {
  let best: { rule: SpiralRule<PointsEvent>; band: Band; points: number } | null = null;
  for (const rule of rules) {
    if (rule.event.type !== 'points' || rule.event.params.item !== item) continue;
    const band = bandOf(rule);
    const award = rule.event.params.points;
    if (band === null || band.fact !== fact || smallBaseFact(rule) !== null || award <= points) continue;
    if (best === null || award < best.points) best = { rule, band, points: award };
  }
  return best;
}
