/**
 * Relative tolerance when comparing table probabilities, so tables exactly as likely as the
 * observed one are not lost to rounding (the value R's fisher.test and SciPy use).
 */
export const FISHER_RELATIVE_TOLERANCE = 1e-7;

/**
 * Two-sided Fisher's exact test of the 2×2 table [[a, b], [c, d]]: the sum of the probabilities
 * of every table with the same margins that is no more likely than the observed one. Densities
 * are built by the hypergeometric ratio recurrence in log space (no factorials, so no overflow at
 * 100,000 rows); an empty margin leaves one possible table and p = 1.
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const low = Math.max(0, col1 - row2);
  const high = Math.min(row1, col1);
  if (high <= low) return 1;
  // logDensity[k] is log P(x = low + k) up to a constant: the ratio P(x+1)/P(x) of the
  // hypergeometric is (row1 − x)(col1 − x) / ((x + 1)(row2 − col1 + x + 1)).
  const size = high - low + 1;
  const logDensity = new Float64Array(size);
  for (let k = 1; k < size; k++) {
    const x = low + k - 1;
    logDensity[k] =
      logDensity[k - 1]! + Math.log(((row1 - x) * (col1 - x)) / ((x + 1) * (row2 - col1 + x + 1)));
  }
  let max = Number.NEGATIVE_INFINITY;
  for (const value of logDensity) max = Math.max(max, value);
  const observed = logDensity[a - low]!;
  const cutoff = observed + Math.log1p(FISHER_RELATIVE_TOLERANCE);
  let total = 0;
  let tail = 0;
  for (const value of logDensity) {
    const density = Math.exp(value - max);
    total += density;
    if (value <= cutoff) tail += density;
  }
  return Math.min(1, tail / total);
}
