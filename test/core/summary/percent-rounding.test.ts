/** A change of -33.5 % reads −34 % as +33.5 % reads +34 %: percent texts round half away from zero. */
import { describe, expect, it } from 'vitest';
import { percentText, relativeText, signedPoints } from '../../../src/core/summary/findings';

describe('percent texts round halves away from zero, whatever the sign', () => {
  it('relativeText: 200 → 133 is -34%, as 200 → 267 is +34%', () => {
    expect(relativeText(200, 267)).toBe('+34%');
    expect(relativeText(200, 133)).toBe('-34%');
    expect(relativeText(200, 201)).toBe('+1%');
    expect(relativeText(200, 199)).toBe('-1%');
    expect(relativeText(1000, 999)).toBe('0%');
  });

  it('percentText: -33.5 % and 33.5 % are the same size', () => {
    expect(percentText(0.335)).toBe('34%');
    expect(percentText(-0.335)).toBe('-34%');
    expect(percentText(-0.125)).toBe('-13%');
  });

  it('every text of a change is the mirror of the opposite change', () => {
    for (let i = 0; i <= 200; i++) {
      const from = 400;
      const to = 400 + i * 0.5;
      const mirrored = (t: string) => (t.startsWith('+') ? `-${t.slice(1)}` : t);
      expect(relativeText(from, 2 * from - to), `${from} → ${to}`).toBe(mirrored(relativeText(from, to)));
      const [a, b] = [from / 1000, to / 1000];
      expect(signedPoints(b, a)).toBe(mirrored(signedPoints(a, b)!));
    }
  });
});
