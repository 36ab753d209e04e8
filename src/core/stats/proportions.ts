/**
 * The statistics of DOMAIN.md "Numbers that tell the truth" (seed 004: never compare ratios
 * without their base): Wilson intervals, the pooled two-proportion z-test or Fisher's exact test,
 * Holm correction and the labels the summaries show. Every function is NaN-free on empty input.
 */
import { fisherExact } from './fisher-exact';

export { fisherExact } from './fisher-exact';

/** The 97.5 % normal quantile DOMAIN.md fixes for 95 % intervals. */
export const Z95 = 1.959964;

/** Below this base (n, not hits) on either side a proportion test is not attempted. */
export const MIN_BASE = 5;

/** The z-test is used only when every expected count of the 2×2 table reaches this. */
export const MIN_EXPECTED = 5;

export const ALPHA = 0.05;

/**
 * Relative tolerance at α: an exact p of 1/20 comes out as 0.04999999999999998 or 0.05000000000000002
 * depending on which side is first, so a p within this of α is α (not below it), either way round.
 */
export const ALPHA_RELATIVE_TOLERANCE = 1e-9;

/** p < α, with a p equal to α up to rounding counted as α: the label never depends on the order of the sides. */
export function belowAlpha(p: number): boolean {
  return p < ALPHA * (1 - ALPHA_RELATIVE_TOLERANCE);
}

export interface Proportion {
  hits: number;
  n: number;
}

export type ChangeLabel =
  | 'insufficient-base'
  | 'no-baseline'
  | 'significant-up'
  | 'significant-down'
  | 'noise';
export type ComparisonLabel = 'insufficient-base' | 'ours-higher' | 'ours-lower' | 'noise';
/** Fast replies against slow ones: the response-time bands' test. */
export type BandTestLabel = 'fast-higher' | 'fast-lower' | 'noise' | 'insufficient-base';
/** Any label a statistical test gives a cell. */
export type AnyLabel = ChangeLabel | ComparisonLabel | BandTestLabel;

/** A label with the p-value behind it; p is null when no test was run. */
export interface Tested<L extends string> {
  label: L;
  p: number | null;
}

export type TestMethod = 'z' | 'fisher';

/** The two-sided test of one 2×2 table, and which test produced it. */
export interface TableTest {
  p: number;
  method: TestMethod;
}

/**
 * Two-sided test of h1/n1 against h2/n2 as DOMAIN.md prescribes: the pooled z-test when all four
 * expected counts (under the pooled proportion) are at least 5, else Fisher's exact test.
 */
export function testTwoProportions(h1: number, n1: number, h2: number, n2: number): TableTest {
  if (proportionTestMethod(h1, n1, h2, n2) === 'z')
    return { p: twoProportionZ(h1, n1, h2, n2).p, method: 'z' };
  return { p: fisherExact(h1, n1 - h1, h2, n2 - h2), method: 'fisher' };
}

/** Which test a 2×2 table gets: z when every expected count under the pooled proportion is at least 5. */
export function proportionTestMethod(h1: number, n1: number, h2: number, n2: number): TestMethod {
  const total = n1 + n2;
  const hits = h1 + h2;
  const misses = total - hits;
  const smallestExpected = total > 0 ? (Math.min(n1, n2) * Math.min(hits, misses)) / total : 0;
  return smallestExpected >= MIN_EXPECTED ? 'z' : 'fisher';
}

/**
 * 95 % Wilson score interval for `hits` of `n`, clamped to [0, 1]. 0 of n gives a lower bound
 * of exactly 0 and n of n an upper bound of exactly 1; n = 0 (no observations) gives [0, 1],
 * the whole range, because nothing is known.
 */
export function wilson(hits: number, n: number, z = Z95): [number, number] {
  if (n <= 0) return [0, 1];
  const p = hits / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const lo = hits <= 0 ? 0 : Math.max(0, centre - half);
  const hi = hits >= n ? 1 : Math.min(1, centre + half);
  return [lo, hi];
}

/**
 * Two-sided pooled two-proportion z-test. z is positive when the second proportion is the
 * larger (h2/n2 > h1/n1). With an empty side or no variance (all hits or all misses on both
 * sides together) there is no evidence of a difference: z = 0, p = 1.
 */
export function twoProportionZ(h1: number, n1: number, h2: number, n2: number): { z: number; p: number } {
  if (n1 <= 0 || n2 <= 0) return { z: 0, p: 1 };
  const pooled = (h1 + h2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return { z: 0, p: 1 };
  const z = (h2 / n2 - h1 / n1) / se;
  return { z, p: Math.min(1, erfc(Math.abs(z) / Math.SQRT2)) };
}

/** Holm step-down adjusted p-values, in the input order; monotone in rank and capped at 1. */
export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

function lacksBase(x: Proportion): boolean {
  return x.n < MIN_BASE;
}

/** True when a change between these two sides is tested (and so has a place in a Holm family). */
export function changeIsTestable(previous: Proportion, current: Proportion): boolean {
  return previous.n > 0 && !lacksBase(previous) && !lacksBase(current);
}

/**
 * Label for a change between two periods. An empty earlier side is `no-baseline` (checked
 * first: it would otherwise read as too small a base); a base below 5 on either side is
 * `insufficient-base` (revised rule: counting hits hid a new problem in the week it appeared). `pAdjusted` is the Holm-adjusted p when the change is one of a
 * table; without it the raw two-sided p decides.
 */
export function changeLabel(previous: Proportion, current: Proportion, pAdjusted?: number): ChangeLabel {
  if (previous.n <= 0) return 'no-baseline';
  if (!changeIsTestable(previous, current)) return 'insufficient-base';
  const p = pAdjusted ?? testTwoProportions(previous.hits, previous.n, current.hits, current.n).p;
  if (!belowAlpha(p)) return 'noise';
  return current.hits / current.n > previous.hits / previous.n ? 'significant-up' : 'significant-down';
}

/**
 * Holm over a family of changes each already labelled on its raw p (tests of different kinds: a
 * proportion, a money deal): the tested p (not null) are adjusted across the family, and a
 * significant label whose adjusted p is no longer below α becomes noise. The adjusted p is never
 * below the raw one, so a label that stays significant keeps its raw test's direction.
 */
export function holmChanges(changes: readonly Tested<ChangeLabel>[]): Tested<ChangeLabel>[] {
  const tested = changes.map((c, i) => ({ c, i })).filter(({ c }) => c.p !== null);
  const adjusted = holm(tested.map(({ c }) => c.p!));
  const pByIndex = new Map(tested.map(({ i }, k) => [i, adjusted[k]!]));
  return changes.map((c, i) => {
    const p = pByIndex.get(i);
    if (p === undefined) return { label: c.label, p: null };
    const significant = c.label === 'significant-up' || c.label === 'significant-down';
    return { label: significant && belowAlpha(p) ? c.label : significant ? 'noise' : c.label, p };
  });
}

/** True when ours and theirs are tested; an empty side has too small a base. */
export function comparisonIsTestable(ours: Proportion, theirs: Proportion): boolean {
  return !lacksBase(ours) && !lacksBase(theirs);
}

/**
 * Label for ours vs a competitor. There is no earlier side here, so an empty side is
 * `insufficient-base` (never `no-baseline`). `p` as for `changeLabel`.
 */
export function comparisonLabel(ours: Proportion, theirs: Proportion, p?: number): ComparisonLabel {
  if (!comparisonIsTestable(ours, theirs)) return 'insufficient-base';
  const q = p ?? testTwoProportions(theirs.hits, theirs.n, ours.hits, ours.n).p;
  if (!belowAlpha(q)) return 'noise';
  return ours.hits / ours.n > theirs.hits / theirs.n ? 'ours-higher' : 'ours-lower';
}

/**
 * Labels a table of period changes: only the rows actually tested (not insufficient-base or
 * no-baseline) form the Holm family; untested rows get p = null.
 */
export function labelChanges(
  rows: readonly { previous: Proportion; current: Proportion }[],
): Tested<ChangeLabel>[] {
  return labelFamily(
    rows.map((r) => ({ a: r.previous, b: r.current })),
    (r) => changeIsTestable(r.a, r.b),
    (r, p) => changeLabel(r.a, r.b, p),
  );
}

/** Labels one competitor's table of comparisons, Holm-corrected over the rows tested. */
export function labelComparisons(
  rows: readonly { ours: Proportion; theirs: Proportion }[],
): Tested<ComparisonLabel>[] {
  return labelFamily(
    rows.map((r) => ({ a: r.theirs, b: r.ours })),
    (r) => comparisonIsTestable(r.b, r.a),
    (r, p) => comparisonLabel(r.b, r.a, p),
  );
}

interface Pair {
  a: Proportion;
  b: Proportion;
}

function labelFamily<L extends string>(
  pairs: Pair[],
  testable: (pair: Pair) => boolean,
  label: (pair: Pair, p: number | undefined) => L,
): Tested<L>[] {
  const tested = pairs.map((pair, i) => ({ pair, i })).filter(({ pair }) => testable(pair));
  const adjusted = holm(
    tested.map(({ pair }) => testTwoProportions(pair.a.hits, pair.a.n, pair.b.hits, pair.b.n).p),
  );
  const pByIndex = new Map(tested.map(({ i }, k) => [i, adjusted[k]!]));
  return pairs.map((pair, i) => {
    const p = pByIndex.get(i);
    return { label: label(pair, p), p: p ?? null };
  });
}

/** Standard normal cumulative distribution function. */
export function normalCdf(x: number): number {
  return x < 0 ? 0.5 * erfc(-x / Math.SQRT2) : 1 - 0.5 * erfc(x / Math.SQRT2);
}

/** Error function (W. J. Cody's rational Chebyshev approximations, relative error below 1e-15). */
export function erf(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.5) return x * smallErfRatio(x * x);
  const c = erfcPositive(ax);
  return x < 0 ? c - 1 : 1 - c;
}

/** Complementary error function, accurate in the tails (no cancellation for large x). */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  if (ax <= 0.5) return 1 - x * smallErfRatio(x * x);
  const c = erfcPositive(ax);
  return x < 0 ? 2 - c : c;
}

// Cody (1969/1993, CALERF) coefficients for erf on [0, 0.5].
const A = [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315];
const B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
// erfc on (0.5, 4].
const C = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769,
  1712.0476126340707, 2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8,
];
const D = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597,
  4362.619090143247, 3439.3676741437216, 1230.3393548037495,
];
// erfc on (4, ∞).
const P = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 6.587491615298378e-4,
  0.016315387137302097,
];
const Q = [
  2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918,
];
const SQRT_PI_INV = 0.5641895835477563;

/** erf(x) / x for x² = y ≤ 0.25. */
function smallErfRatio(y: number): number {
  let num = A[4]! * y;
  let den = y;
  for (let i = 0; i < 3; i++) {
    num = (num + A[i]!) * y;
    den = (den + B[i]!) * y;
  }
  return (num + A[3]!) / (den + B[3]!);
}

/** erfc(x) for x > 0.5. */
function erfcPositive(x: number): number {
  if (x >= 27) return 0;
  let r: number;
  if (x <= 4) {
    let num = C[8]! * x;
    let den = x;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]!) * x;
      den = (den + D[i]!) * x;
    }
    r = (num + C[7]!) / (den + D[7]!);
  } else {
    const y = 1 / (x * x);
    let num = P[5]! * y;
    let den = y;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]!) * y;
      den = (den + Q[i]!) * y;
    }
    r = (y * (num + P[4]!)) / (den + Q[4]!);
    r = (SQRT_PI_INV - r) / x;
  }
  // exp(-x²) split as in CALERF so the tail keeps full relative precision.
  const xsq = Math.trunc(x * 16) / 16;
  const del = (x - xsq) * (x + xsq);
  return Math.exp(-xsq * xsq) * Math.exp(-del) * r;
}
