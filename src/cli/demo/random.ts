import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** A seeded PRNG (pure-rand's xoroshiro128+) with the few draws the demo needs; same seed → same draws. */
export class Rng {
  private readonly generator: RandomGenerator;

  constructor(seed: number) {
    this.generator = xoroshiro128plus(seed);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return uniformFloat64(this.generator);
  }

  /** Uniform integer in [from, to], both inclusive. */
  int(from: number, to: number): number {
    return uniformInt(this.generator, from, to);
  }

  between(from: number, to: number): number {
    return from + (to - from) * this.float();
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  /** Picks a key with probability proportional to its weight; weights ≤ 0 are never picked. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + Math.max(0, weight), 0);
    if (total <= 0) throw new RangeError('weighted pick with no positive weight');
    let target = this.float() * total;
    for (const [value, weight] of entries) {
      if (weight <= 0) continue;
      target -= weight;
      if (target < 0) return value;
    }
    return entries.filter(([, weight]) => weight > 0).at(-1)![0];
  }

  /** Standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.float());
  }
}
