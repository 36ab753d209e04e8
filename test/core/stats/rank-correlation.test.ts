import { describe, expect, it } from 'vitest';
import { averageRanks, incompleteBeta, spearman } from '../../../src/core/stats/rank-correlation';

// References: scipy.stats.spearmanr 1.17.1 (statistic, pvalue), printed to 16 digits.
const SCIPY: [number[], number[], number, number][] = [
  [[1, 2, 3, 4, 5], [5, 6, 7, 8, 7], 0.8207826816681233, 0.08858700531354384],
  [
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [2, 1, 4, 3, 6, 5, 8, 7, 10, 9, 11],
    0.9545454545454546,
    4.988898739949761e-6,
  ],
  [
    [3, 1, 2, 2, 5, 4, 0, 1],
    [0.1, 0.3, 0.2, 0.2, 0.0, 0.1, 0.4, 0.3],
    -0.993883734673619,
    5.69383174531152e-7,
  ],
  [
    [0, 1, -1, 0, 0, 1, -1, 0, 1, 0, -1, 0, 1],
    [0, 0.1, 0, 0, 0.1, 0, 0, 0.2, 0, 0, 0.1, 0, 0],
    -0.07273929674533079,
    0.8133158935128061,
  ],
];

describe('Spearman rank correlation (DSR changes against complaints)', () => {
  it('gives ties their average rank', () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });

  it.each(SCIPY)('matches SciPy on %j / %j', (xs, ys, rho, p) => {
    const r = spearman(xs, ys);
    expect(r.rho).toBeCloseTo(rho, 12);
    expect(r.p! / p).toBeCloseTo(1, 8);
  });

  it('has no p without variation or under three pairs', () => {
    expect(spearman([1, 1, 1, 1], [1, 2, 3, 4])).toEqual({ rho: null, p: null, n: 4 });
    expect(spearman([1, 2], [2, 1])).toEqual({ rho: null, p: null, n: 2 });
  });

  it('the incomplete beta meets known values', () => {
    // I_x(1, 1) = x; I_0.5(a, a) = 0.5; I_x(1, b) = 1 − (1 − x)^b.
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(incompleteBeta(0.5, 4.5, 4.5)).toBeCloseTo(0.5, 14);
    expect(incompleteBeta(0.2, 1, 3)).toBeCloseTo(1 - 0.8 ** 3, 14);
  });
});
