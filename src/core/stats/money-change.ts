/**
 * Is a change in money real? (issue 23 item 5; docs/statistics.md, "Money in the findings".) Order amounts are heavy-tailed
 * — one wholesale order can be half a week's sales — so neither a t-test nor a proportion test fits.
 *
 * Sales: the orders of both periods are pooled and each is dealt to this period or the previous one
 * at random, in proportion to the periods' lengths (the null: orders arrive as one marked Poisson
 * process with the same rate and the same amounts in both periods). The p is the share of deals
 * whose sales differ at least as much as the observed one. A drop of many orders is rare under
 * that deal; a drop that is one big order moving between the weeks is not. With equal periods
 * this is the sign-flip permutation test of the pooled amounts.
 *
 * Average order value: the two-sample permutation test of the mean amount (group sizes fixed).
 *
 * Both are exact up to 16 orders, else 9,999 draws from a fixed seed (so every shell prints the
 * same p); sales above 100 orders draw the 100 largest and take the rest by their normal limit,
 * and order values above 3,000 orders take the permutation distribution's normal limit.
 * Two-sided p is twice the smaller one-sided p (capped at 1), as SciPy's permutation_test gives it.
 */
import { belowAlpha, type ChangeLabel, MIN_BASE, normalCdf } from './proportions';
import { MONEY_TEST_SEED, seededUniform, type Uniform } from './seeded-random';

/** Orders of one amount: `n` of them at `amount` (yuan). */
export interface AmountTally {
  amount: number;
  n: number;
}

export type MoneyMethod =
  | 'sign-flip-exact'
  | 'sign-flip-sampled'
  | 'permutation-exact'
  | 'permutation-sampled'
  | 'permutation-normal';

/** A money change with its label; p and method are null when no test was run. */
export interface MoneyChange {
  label: ChangeLabel;
  p: number | null;
  method: MoneyMethod | null;
}

export const MONEY_DRAWS = 9999;
/** Up to this many orders, every deal is enumerated. */
export const EXACT_ORDERS = 16;
/** Sales tests draw this many of the largest orders; the rest are many and small enough for their normal limit. */
export const DRAWN_ORDERS = 100;
/** Above this many orders, the order-value test takes the permutation distribution's normal limit. */
export const SAMPLED_ORDERS = 3000;

/** Amounts in whole fen, largest first: the same multiset gives the same list, whoever counted. */
function fen(tallies: readonly AmountTally[]): number[] {
  const out: number[] = [];
  for (const t of tallies) {
    const a = Math.round(Math.max(0, t.amount) * 100);
    for (let i = 0; i < t.n; i++) out.push(a);
  }
  return out.sort((x, y) => y - x);
}

const sumOf = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

interface OneSided {
  less: number;
  greater: number;
}

const twoSided = (p: OneSided) => Math.min(1, 2 * Math.min(p.less, p.greater));

/** Label a tested change: `up` says which way the observed change went. */
function labelOf(p: number, up: boolean): ChangeLabel {
  if (!belowAlpha(p)) return 'noise';
  return up ? 'significant-up' : 'significant-down';
}

/**
 * Sales this period against the previous one. `days` are the periods' lengths (a month of 30
 * against one of 31 deals 30/61 of the orders to this month). No orders before: no-baseline;
 * fewer than 5 orders in the two periods together: insufficient-base.
 */
export function salesChange(
  current: readonly AmountTally[],
  previous: readonly AmountTally[],
  days: { current: number; previous: number } = { current: 1, previous: 1 },
): MoneyChange {
  const cur = fen(current);
  const prev = fen(previous);
  if (prev.length === 0) return { label: 'no-baseline', p: null, method: null };
  if (cur.length + prev.length < MIN_BASE) return { label: 'insufficient-base', p: null, method: null };
  const q = days.current / (days.current + days.previous);
  const pooled = [...cur, ...prev].sort((x, y) => y - x);
  const observed = sumOf(cur);
  const tolerance = 1e-9 * Math.max(1, sumOf(pooled));
  const exact = pooled.length <= EXACT_ORDERS;
  const sides = exact
    ? exactDeal(pooled, q, observed, tolerance)
    : sampledDeal(pooled, q, observed, tolerance, seededUniform(MONEY_TEST_SEED));
  const p = twoSided(sides);
  const up = sumOf(cur) / days.current > sumOf(prev) / days.previous;
  return { label: labelOf(p, up), p, method: exact ? 'sign-flip-exact' : 'sign-flip-sampled' };
}

/** Every deal of the pooled orders, weighted by its probability: P(this period's sales ≤ / ≥ observed). */
function exactDeal(pooled: readonly number[], q: number, observed: number, tolerance: number): OneSided {
  const n = pooled.length;
  let less = 0;
  let greater = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    let s = 0;
    let k = 0;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) {
        s += pooled[i]!;
        k++;
      }
    }
    const w = q ** k * (1 - q) ** (n - k);
    if (s <= observed + tolerance) less += w;
    if (s >= observed - tolerance) greater += w;
  }
  return { less, greater };
}

/**
 * Deals drawn from the seed: the largest orders are dealt one by one; the sum of the rest is
 * normal with its exact mean and variance, so each draw adds a probability rather than a 0 or 1.
 */
function sampledDeal(
  pooled: readonly number[],
  q: number,
  observed: number,
  tolerance: number,
  uniform: Uniform,
): OneSided {
  const drawn = pooled.slice(0, DRAWN_ORDERS);
  const rest = pooled.slice(DRAWN_ORDERS);
  const restMean = q * sumOf(rest);
  const restSd = Math.sqrt(q * (1 - q) * rest.reduce((s, a) => s + a * a, 0));
  let less = 0;
  let greater = 0;
  for (let r = 0; r < MONEY_DRAWS; r++) {
    let s = restMean;
    for (const a of drawn) if (uniform() < q) s += a;
    if (restSd > 0) {
      const z = (observed - s) / restSd;
      less += normalCdf(z);
      greater += 1 - normalCdf(z);
    } else {
      if (s <= observed + tolerance) less++;
      if (s >= observed - tolerance) greater++;
    }
  }
  return { less: (less + 1) / (MONEY_DRAWS + 1), greater: (greater + 1) / (MONEY_DRAWS + 1) };
}

/**
 * Average order value this period against the previous one: the permutation test of the mean
 * amount. Fewer than 5 orders on a side is too small a base (the mean of 2 orders says little).
 */
export function orderValueChange(
  current: readonly AmountTally[],
  previous: readonly AmountTally[],
): MoneyChange {
  const cur = fen(current);
  const prev = fen(previous);
  if (prev.length === 0) return { label: 'no-baseline', p: null, method: null };
  if (cur.length < MIN_BASE || prev.length < MIN_BASE)
    return { label: 'insufficient-base', p: null, method: null };
  const pooled = [...cur, ...prev].sort((x, y) => y - x);
  const observed = sumOf(cur);
  const tolerance = 1e-9 * Math.max(1, sumOf(pooled));
  let sides: OneSided;
  let method: MoneyMethod;
  if (pooled.length <= EXACT_ORDERS) {
    sides = exactPermutation(pooled, cur.length, observed, tolerance);
    method = 'permutation-exact';
  } else if (pooled.length <= SAMPLED_ORDERS) {
    sides = sampledPermutation(pooled, cur.length, observed, tolerance, seededUniform(MONEY_TEST_SEED));
    method = 'permutation-sampled';
  } else {
    sides = normalPermutation(pooled, cur.length, observed);
    method = 'permutation-normal';
  }
  const p = twoSided(sides);
  const up = sumOf(cur) / cur.length > sumOf(prev) / prev.length;
  return { label: labelOf(p, up), p, method };
}

/** Every way of choosing this period's `k` orders from the pool, equally likely. */
function exactPermutation(
  pooled: readonly number[],
  k: number,
  observed: number,
  tolerance: number,
): OneSided {
  const n = pooled.length;
  let less = 0;
  let greater = 0;
  let total = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    let bits = 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) {
        bits++;
        s += pooled[i]!;
      }
    }
    if (bits !== k) continue;
    total++;
    if (s <= observed + tolerance) less++;
    if (s >= observed - tolerance) greater++;
  }
  return { less: less / total, greater: greater / total };
}

/** Random choices of this period's `k` orders (a partial Fisher–Yates shuffle per draw). */
function sampledPermutation(
  pooled: readonly number[],
  k: number,
  observed: number,
  tolerance: number,
  uniform: Uniform,
): OneSided {
  const n = pooled.length;
  const total = sumOf(pooled);
  // Choose the smaller side and take the other's sum as the rest: half the draws at most.
  const take = Math.min(k, n - k);
  const order = pooled.slice();
  let less = 0;
  let greater = 0;
  for (let r = 0; r < MONEY_DRAWS; r++) {
    let chosen = 0;
    for (let i = 0; i < take; i++) {
      const j = i + Math.floor(uniform() * (n - i));
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j] = swap;
      chosen += order[i]!;
    }
    const s = take === k ? chosen : total - chosen;
    if (s <= observed + tolerance) less++;
    if (s >= observed - tolerance) greater++;
  }
  return { less: (less + 1) / (MONEY_DRAWS + 1), greater: (greater + 1) / (MONEY_DRAWS + 1) };
}

/** The permutation distribution's normal limit: mean k·μ, variance k(n−k)/(n(n−1))·Σ(a−μ)². */
function normalPermutation(pooled: readonly number[], k: number, observed: number): OneSided {
  const n = pooled.length;
  const mean = sumOf(pooled) / n;
  const squares = pooled.reduce((s, a) => s + (a - mean) ** 2, 0);
  const sd = Math.sqrt(((k * (n - k)) / (n * (n - 1))) * squares);
  if (!(sd > 0)) return { less: 1, greater: 1 };
  const z = (observed - k * mean) / sd;
  return { less: normalCdf(z), greater: 1 - normalCdf(z) };
}
