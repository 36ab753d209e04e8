import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  belowAlpha,
  changeLabel,
  comparisonLabel,
  erf,
  erfc,
  fisherExact,
  holm,
  labelChanges,
  labelComparisons,
  normalCdf,
  testTwoProportions,
  twoProportionZ,
  wilson,
  Z95,
} from '../../../src/core/stats/proportions';

describe('wilson', () => {
  it('matches the published 3 of 12 interval', () => {
    const [lo, hi] = wilson(3, 12);
    expect(lo).toBeCloseTo(0.0889, 4);
    expect(hi).toBeCloseTo(0.5323, 4);
  });

  it('matches Newcombe (1998) 81 of 263', () => {
    const [lo, hi] = wilson(81, 263);
    expect(lo).toBeCloseTo(0.2553, 4);
    expect(hi).toBeCloseTo(0.3662, 4);
  });

  it('gives an exact 0 lower bound for 0 of n and exact 1 upper bound for n of n', () => {
    const [lo0, hi0] = wilson(0, 10);
    expect(lo0).toBe(0);
    // z²/(n + z²) is the closed form of the upper bound at 0 hits.
    expect(hi0).toBeCloseTo((Z95 * Z95) / (10 + Z95 * Z95), 12);
    const [loN, hiN] = wilson(10, 10);
    expect(hiN).toBe(1);
    expect(loN).toBeCloseTo(10 / (10 + Z95 * Z95), 12);
  });

  it('returns the whole range for an empty base', () => {
    expect(wilson(0, 0)).toEqual([0, 1]);
  });

  it('is symmetric: k of n mirrors n-k of n', () => {
    const [lo, hi] = wilson(7, 31);
    const [lo2, hi2] = wilson(24, 31);
    expect(lo).toBeCloseTo(1 - hi2, 12);
    expect(hi).toBeCloseTo(1 - lo2, 12);
  });

  it('narrows when z shrinks', () => {
    const [lo, hi] = wilson(3, 12, 1);
    const [lo95, hi95] = wilson(3, 12);
    expect(lo).toBeGreaterThan(lo95);
    expect(hi).toBeLessThan(hi95);
  });
});

describe('normal distribution', () => {
  it('matches tabulated erf and erfc values', () => {
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 14);
    expect(erf(-1)).toBeCloseTo(-0.8427007929497149, 14);
    expect(erfc(1)).toBeCloseTo(0.15729920705028513, 14);
    expect(erfc(3) / 2.209049699858544e-5).toBeCloseTo(1, 12);
    expect(erfc(5) / 1.5374597944280349e-12).toBeCloseTo(1, 12);
    expect(erfc(-2)).toBeCloseTo(1.9953222650189528, 14);
    expect(erf(0)).toBe(0);
  });

  it('agrees with the Maclaurin series of erf on [-3, 3] to 1e-12', () => {
    const series = (x: number): number => {
      let term = x;
      let sum = x;
      for (let n = 1; n < 120; n++) {
        term *= (-x * x) / n;
        sum += term / (2 * n + 1);
      }
      return (2 / Math.sqrt(Math.PI)) * sum;
    };
    for (let x = -3; x <= 3; x += 0.01) expect(Math.abs(erf(x) - series(x))).toBeLessThan(1e-12);
  });

  it('gives Φ at the usual quantiles to 1e-9', () => {
    // Z95 = 1.959964 is the quantile rounded to 7 digits, so Φ(Z95) is just above 0.975.
    expect(normalCdf(Z95)).toBeCloseTo(0.9750000009035575, 12);
    expect(normalCdf(-1.9599639845400536)).toBeCloseTo(0.025, 12);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 12);
    expect(normalCdf(-2.5758293035489)).toBeCloseTo(0.005, 9);
    expect(normalCdf(0)).toBe(0.5);
  });
});

describe('twoProportionZ', () => {
  it('matches the worked 40/100 vs 50/100 example', () => {
    const { z, p } = twoProportionZ(40, 100, 50, 100);
    expect(z).toBeCloseTo(1.421, 3);
    expect(p).toBeCloseTo(0.155, 3);
    expect(z).toBeCloseTo(1.4213381090374029, 12);
    expect(p).toBeCloseTo(0.15521848968468402, 12);
  });

  it('is antisymmetric in its sides', () => {
    const a = twoProportionZ(12, 40, 30, 60);
    const b = twoProportionZ(30, 60, 12, 40);
    expect(a.z).toBeCloseTo(-b.z, 12);
    expect(a.p).toBeCloseTo(b.p, 12);
  });

  it('reports no difference for an empty side or zero variance', () => {
    expect(twoProportionZ(0, 0, 5, 10)).toEqual({ z: 0, p: 1 });
    expect(twoProportionZ(0, 10, 0, 20)).toEqual({ z: 0, p: 1 });
    expect(twoProportionZ(10, 10, 20, 20)).toEqual({ z: 0, p: 1 });
  });
});

describe('fisherExact (two-sided, R fisher.test)', () => {
  it('matches the published values', () => {
    // R ?fisher.test, Fisher's tea taster: fisher.test(TeaTasting) p-value = 0.4857 (= 17/35).
    expect(fisherExact(3, 1, 1, 3)).toBeCloseTo(17 / 35, 14);
    // R ?fisher.test, Fisher (1962) criminal convictions of like-sex twins,
    // fisher.test(Convictions, conf.int = FALSE): p-value = 0.0005367.
    expect(fisherExact(2, 10, 15, 3)).toBeCloseTo(0.0005367241191434357, 12);
    // Wikipedia "Fisher's exact test" worked example (dieting men/women): p = 0.002759.
    expect(fisherExact(1, 9, 11, 3)).toBeCloseTo(0.0027594561852200836, 12);
  });

  it('counts tables exactly as likely as the observed one (relative tolerance for ties)', () => {
    // [[0,5],[5,0]] and [[5,0],[0,5]] are the two least likely tables, each 1/252: p = 2/252.
    expect(fisherExact(0, 5, 5, 0)).toBeCloseTo(2 / 252, 15);
    expect(fisherExact(5, 0, 0, 5)).toBeCloseTo(2 / 252, 15);
    // 2/10 vs 8/10 and its mirror 8/10 vs 2/10 are equally likely: p is twice the one-sided
    // 0.0115070688 (SciPy fisher_exact, alternative='less'), not the one side alone.
    expect(fisherExact(2, 8, 8, 2)).toBeCloseTo(0.023014137565221155, 12);
  });

  it('gives p = 1 when a margin leaves only one table, and is symmetric', () => {
    expect(fisherExact(5, 0, 5, 0)).toBe(1);
    expect(fisherExact(0, 0, 3, 4)).toBe(1);
    expect(fisherExact(2, 48, 9, 41)).toBeCloseTo(fisherExact(9, 41, 2, 48), 14);
    expect(fisherExact(2, 48, 9, 41)).toBeCloseTo(fisherExact(48, 2, 41, 9), 14);
  });

  it('stays finite and small for an extreme table at 100,000 rows', () => {
    const p = fisherExact(0, 50_000, 40, 49_960);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-10);
  });
});

describe('testTwoProportions', () => {
  it('uses the z-test when all four expected counts reach 5', () => {
    expect(testTwoProportions(40, 100, 50, 100)).toEqual({
      p: twoProportionZ(40, 100, 50, 100).p,
      method: 'z',
    });
    // 10/20 vs 10/20: every expected count is exactly 5.
    expect(testTwoProportions(10, 20, 10, 20).method).toBe('z');
  });

  it("falls back on Fisher's exact test when an expected count is below 5", () => {
    // 2/50 vs 9/50: hits 11 of 100, expected 5.5 each — z-test; 2/40 vs 5/40: expected 3.5 — Fisher.
    expect(testTwoProportions(2, 50, 9, 50).method).toBe('z');
    expect(testTwoProportions(2, 40, 5, 40)).toEqual({ p: fisherExact(2, 38, 5, 35), method: 'fisher' });
    expect(testTwoProportions(3, 12, 15, 18)).toEqual({ p: fisherExact(3, 9, 15, 3), method: 'fisher' });
  });
});

describe('holm', () => {
  it('adjusts a worked example step-down and keeps order', () => {
    // sorted 0.01, 0.02, 0.03, 0.04 → ×4, ×3, ×2, ×1 = 0.04, 0.06, 0.06, 0.04 → running max 0.04, 0.06, 0.06, 0.06
    const out = holm([0.03, 0.01, 0.04, 0.02]);
    expect(out.map((p) => Number(p.toFixed(10)))).toEqual([0.06, 0.04, 0.06, 0.06]);
  });

  it('caps at 1 and handles empty input', () => {
    expect(holm([0.5, 0.6])).toEqual([1, 1]);
    expect(holm([])).toEqual([]);
    expect(holm([0.2])).toEqual([0.2]);
  });
});

describe('labels', () => {
  it('puts no-baseline before insufficient-base when the earlier side is empty', () => {
    expect(changeLabel({ hits: 0, n: 0 }, { hits: 20, n: 40 })).toBe('no-baseline');
  });

  it('needs a base (n) of 5 on each side, however few the hits', () => {
    expect(changeLabel({ hits: 2, n: 4 }, { hits: 20, n: 40 })).toBe('insufficient-base');
    expect(changeLabel({ hits: 20, n: 40 }, { hits: 4, n: 4 })).toBe('insufficient-base');
    expect(changeLabel({ hits: 20, n: 40 }, { hits: 0, n: 0 })).toBe('insufficient-base');
    // Under the old rule (5 hits and 5 misses) these were insufficient-base; now they are tested.
    expect(changeLabel({ hits: 0, n: 5 }, { hits: 5, n: 5 })).toBe('significant-up');
    expect(changeLabel({ hits: 4, n: 40 }, { hits: 20, n: 40 })).toBe('significant-up');
    expect(changeLabel({ hits: 5, n: 10 }, { hits: 5, n: 10 })).toBe('noise');
  });

  it('labels the seed week 3/109 → 20/94 significant-up, p ≈ 3e-5', () => {
    // DOMAIN.md quotes Fisher p ≈ 3e-5 for this table (SciPy fisher_exact: 2.98050e-5). Its
    // smallest expected count is 94 × 23 / 203 = 10.65 ≥ 5, so the rule itself picks the z-test:
    // z = 4.1521, p = 3.2945e-5 (hand-computed, erfc(z/√2)). Either way p < 0.001.
    expect(fisherExact(3, 106, 20, 74)).toBeCloseTo(2.9804980706283355e-5, 15);
    expect(testTwoProportions(3, 109, 20, 94).method).toBe('z');
    const [row] = labelChanges([{ previous: { hits: 3, n: 109 }, current: { hits: 20, n: 94 } }]);
    expect(row!.label).toBe('significant-up');
    expect(row!.p).toBeCloseTo(3.294509595942564e-5, 12);
  });

  it('labels direction and noise by p < 0.05', () => {
    expect(changeLabel({ hits: 40, n: 100 }, { hits: 50, n: 100 })).toBe('noise');
    expect(changeLabel({ hits: 30, n: 100 }, { hits: 50, n: 100 })).toBe('significant-up');
    expect(changeLabel({ hits: 50, n: 100 }, { hits: 30, n: 100 })).toBe('significant-down');
    expect(changeLabel({ hits: 30, n: 100 }, { hits: 50, n: 100 }, 0.2)).toBe('noise');
  });

  it('labels comparisons, with an empty side as insufficient-base', () => {
    expect(comparisonLabel({ hits: 50, n: 100 }, { hits: 30, n: 100 })).toBe('ours-higher');
    expect(comparisonLabel({ hits: 30, n: 100 }, { hits: 50, n: 100 })).toBe('ours-lower');
    expect(comparisonLabel({ hits: 45, n: 100 }, { hits: 50, n: 100 })).toBe('noise');
    expect(comparisonLabel({ hits: 0, n: 0 }, { hits: 50, n: 100 })).toBe('insufficient-base');
  });

  it('Holm-corrects only the rows tested', () => {
    // raw p: row0 30/100→50/100 p≈0.00385, row1 40→50 p≈0.1552, row2 untested, row3 35/100→50/100 p≈0.0318
    const rows = [
      { previous: { hits: 30, n: 100 }, current: { hits: 50, n: 100 } },
      { previous: { hits: 40, n: 100 }, current: { hits: 50, n: 100 } },
      { previous: { hits: 2, n: 4 }, current: { hits: 50, n: 100 } },
      { previous: { hits: 35, n: 100 }, current: { hits: 50, n: 100 } },
    ];
    const raw = rows.map((r) => twoProportionZ(r.previous.hits, r.previous.n, r.current.hits, 100).p);
    const out = labelChanges(rows);
    expect(out[0]).toEqual({ label: 'significant-up', p: 3 * raw[0]! });
    expect(out[3]!.p).toBeCloseTo(2 * raw[3]!, 12);
    // 2 × 0.0318 ≥ 0.05: significant alone, noise after correction.
    expect(raw[3]).toBeLessThan(0.05);
    expect(out[3]!.label).toBe('noise');
    expect(out[1]).toEqual({ label: 'noise', p: Math.max(2 * raw[3]!, raw[1]!) });
    expect(out[2]).toEqual({ label: 'insufficient-base', p: null });
  });

  it('Holm-corrects a competitor table', () => {
    const out = labelComparisons([
      { ours: { hits: 50, n: 100 }, theirs: { hits: 30, n: 100 } },
      { ours: { hits: 3, n: 4 }, theirs: { hits: 30, n: 100 } },
    ]);
    expect(out[0]!.label).toBe('ours-higher');
    expect(out[0]!.p).toBeCloseTo(twoProportionZ(30, 100, 50, 100).p, 12);
    expect(out[1]).toEqual({ label: 'insufficient-base', p: null });
  });

  it('mixes z-tested and Fisher-tested rows in one Holm family', () => {
    // row0: 0/12 → 6/12 (expected hits 3 < 5) → Fisher p = 0.013730 (SciPy fisher_exact);
    // row1: 30/100 → 50/100 → z-test. Holm: the smaller p × 2, the larger × 1 (running max).
    const fisherP = fisherExact(0, 12, 6, 6);
    expect(fisherP).toBeCloseTo(0.013729977116704808, 12);
    const zP = twoProportionZ(30, 100, 50, 100).p;
    const out = labelChanges([
      { previous: { hits: 0, n: 12 }, current: { hits: 6, n: 12 } },
      { previous: { hits: 30, n: 100 }, current: { hits: 50, n: 100 } },
    ]);
    expect(out[1]!.p).toBeCloseTo(2 * zP, 12);
    expect(out[0]!.p).toBeCloseTo(Math.max(fisherP, 2 * zP), 12);
    expect(out[0]!.label).toBe('significant-up');
  });
});

describe('properties', () => {
  it('wilson contains the observed share and stays within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, f) => {
          const hits = Math.round(f * n);
          const [lo, hi] = wilson(hits, n);
          return lo >= 0 && hi <= 1 && lo <= hits / n + 1e-12 && hi >= hits / n - 1e-12 && lo < hi;
        },
      ),
    );
  });

  it('holm never lowers a p-value, keeps rank order and caps at 1', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (ps) => {
        const adjusted = holm(ps);
        const order = ps.map((_, i) => i).sort((a, b) => ps[a]! - ps[b]! || a - b);
        return (
          adjusted.every((q, i) => q >= ps[i]! && q <= 1) &&
          order.every((i, k) => k === 0 || adjusted[i]! >= adjusted[order[k - 1]!]!)
        );
      }),
    );
  });

  it('the z-test p-value is a probability and symmetric in its sides', () => {
    const side = fc
      .integer({ min: 1, max: 5000 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(side, side, ([h1, n1], [h2, n2]) => {
        const a = twoProportionZ(h1, n1, h2, n2);
        const b = twoProportionZ(h2, n2, h1, n1);
        return a.p >= 0 && a.p <= 1 && Math.abs(a.p - b.p) < 1e-12 && Math.abs(a.z + b.z) < 1e-9;
      }),
    );
  });
});

describe('exact ties at α (issue 21, item 8)', () => {
  // Each table's exact two-sided Fisher p is 1/20; floating point gives 0.04999999999999998 one way round.
  const TIES: [number, number, number, number][] = [
    [0, 2, 19, 23],
    [2, 6, 0, 19],
    [4, 6, 19, 19],
    [2, 2, 4, 23],
  ];

  it.each(TIES)('%i/%i against %i/%i: the same label whichever side is first', (h1, n1, h2, n2) => {
    const one = { hits: h1, n: n1 };
    const two = { hits: h2, n: n2 };
    const p1 = testTwoProportions(h1, n1, h2, n2).p;
    const p2 = testTwoProportions(h2, n2, h1, n1).p;
    expect(p1).toBeCloseTo(0.05, 12);
    expect([belowAlpha(p1), belowAlpha(p2)]).toEqual([false, false]);
    // A base below 5 is not tested at all; the two tables with 6 against 19 are.
    if (n1 < 5) return;
    expect(changeLabel(one, two)).toBe('noise');
    expect(changeLabel(two, one)).toBe('noise');
    expect(comparisonLabel(one, two)).toBe('noise');
    expect(comparisonLabel(two, one)).toBe('noise');
  });

  it('every small table gets mirrored labels either way round', () => {
    const mirror = { 'significant-up': 'significant-down', 'significant-down': 'significant-up' } as const;
    for (let n1 = 5; n1 <= 25; n1++)
      for (let n2 = 5; n2 <= 25; n2++)
        for (let h1 = 0; h1 <= n1; h1++)
          for (let h2 = 0; h2 <= n2; h2++) {
            const forward = changeLabel({ hits: h1, n: n1 }, { hits: h2, n: n2 });
            const back = changeLabel({ hits: h2, n: n2 }, { hits: h1, n: n1 });
            expect(back).toBe(forward === 'noise' ? 'noise' : mirror[forward as keyof typeof mirror]);
          }
  });
});
