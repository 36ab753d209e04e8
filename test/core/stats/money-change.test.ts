import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AmountTally,
  MONEY_DRAWS,
  orderValueChange,
  salesChange,
} from '../../../src/core/stats/money-change';
import { normalCdf } from '../../../src/core/stats/proportions';
import { seededUniform } from '../../../src/core/stats/seeded-random';

interface Case {
  name: string;
  test: 'sales' | 'orderValue';
  current: number[];
  previous: number[];
  days?: [number, number];
  p: number;
  exact: boolean;
  source: string;
}

const reference = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/money/reference.json'), 'utf8'),
) as { cases: Case[] };

const tallies = (amounts: number[]): AmountTally[] => amounts.map((amount) => ({ amount, n: 1 }));

function run(c: Case) {
  if (c.test === 'sales') {
    const [current, previous] = c.days ?? [1, 1];
    return salesChange(tallies(c.current), tallies(c.previous), { current, previous });
  }
  return orderValueChange(tallies(c.current), tallies(c.previous));
}

describe('money changes against SciPy (test/fixtures/money/reference.py)', () => {
  it.each(reference.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = run(c);
    expect(result.p).not.toBeNull();
    if (c.exact) {
      expect(result.method).toMatch(/exact$/);
      expect(result.p!).toBeCloseTo(c.p, 9);
    } else {
      // Both sides are Monte Carlo (SciPy's 200,000 draws, ours 9,999): within four standard errors.
      const se = Math.sqrt((Math.max(c.p, 1e-4) * (1 - c.p)) / MONEY_DRAWS);
      expect(Math.abs(result.p! - c.p)).toBeLessThan(4 * se + 2 / MONEY_DRAWS);
    }
  });
});

describe('salesChange', () => {
  it('six orders of 10 last week and none this week: p = 2 × (1/2)^6 by hand, a real drop', () => {
    const result = salesChange([], [{ amount: 10, n: 6 }]);
    expect(result.p).toBeCloseTo(0.03125, 12);
    expect(result.label).toBe('significant-down');
  });

  it('five orders of 10 last week and none this week: p = 0.0625, noise', () => {
    expect(salesChange([], [{ amount: 10, n: 5 }])).toEqual({
      label: 'noise',
      p: 0.0625,
      method: 'sign-flip-exact',
    });
  });

  it('a drop that is one wholesale order is noise, a drop of many orders is real', () => {
    const retail = Array.from({ length: 30 }, (_, i) => ({ amount: 100 + (i % 7) * 10, n: 1 }));
    const wholesale = salesChange(retail, [...retail, { amount: 6800, n: 1 }]);
    expect(wholesale.label).toBe('noise');
    const fewer = salesChange(retail.slice(0, 12), retail);
    expect(fewer.label).toBe('significant-down');
    expect(fewer.p!).toBeLessThan(0.01);
  });

  it('is the same p whatever order or grouping the amounts come in', () => {
    const a = salesChange(
      [
        { amount: 50, n: 20 },
        { amount: 900, n: 1 },
      ],
      [{ amount: 50, n: 40 }],
    );
    const b = salesChange(
      [{ amount: 900, n: 1 }, ...Array.from({ length: 20 }, () => ({ amount: 50, n: 1 }))],
      Array.from({ length: 40 }, () => ({ amount: 50, n: 1 })),
    );
    expect(a).toEqual(b);
  });

  it('many orders: the largest are drawn, the rest taken by their normal limit, and it agrees with drawing all', () => {
    const many = (n: number, scale: number) =>
      Array.from({ length: n }, (_, i) => ({ amount: scale * (50 + ((i * 37) % 200)), n: 1 }));
    const result = salesChange(many(400, 1), many(460, 1));
    expect(result.method).toBe('sign-flip-sampled');
    // Normal approximation of the whole deal: the sums are far from heavy-tailed here.
    const amounts = [...many(400, 1), ...many(460, 1)].map((t) => t.amount);
    const observed = many(400, 1).reduce((s, t) => s + t.amount, 0);
    const total = amounts.reduce((s, a) => s + a, 0);
    const sd = Math.sqrt(0.25 * amounts.reduce((s, a) => s + a * a, 0));
    const z = (observed - total / 2) / sd;
    expect(result.p!).toBeCloseTo(2 * (1 - normalCdf(Math.abs(z))), 2);
  });

  it('no orders before is no-baseline; fewer than five in all is insufficient-base', () => {
    expect(salesChange([{ amount: 10, n: 9 }], []).label).toBe('no-baseline');
    expect(salesChange([{ amount: 10, n: 2 }], [{ amount: 10, n: 2 }]).label).toBe('insufficient-base');
  });
});

describe('orderValueChange', () => {
  it('fewer than five orders on a side is insufficient-base', () => {
    expect(orderValueChange([{ amount: 10, n: 4 }], [{ amount: 10, n: 9 }]).label).toBe('insufficient-base');
  });
});

describe('seededUniform', () => {
  it('gives the same draws from the same seed and different ones from another', () => {
    const a = seededUniform(7);
    const b = seededUniform(7);
    const c = seededUniform(8);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
