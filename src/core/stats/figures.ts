/** The two small sums every table uses: a rate over its base and money to the cent. */

/** hits / n, or null over an empty base. */
export function rate(hits: number, n: number): number | null {
  return n > 0 ? hits / n : null;
}

/**
 * Rounds to `digits` decimals, half away from zero: -33.5 → -34 as 33.5 → 34 (Math.round gives -33),
 * so a fall reads as large as the same rise.
 */
export function roundHalfAway(x: number, digits = 0): number {
  const scale = 10 ** digits;
  const rounded = (Math.sign(x) * Math.round(Math.abs(x) * scale)) / scale;
  return rounded === 0 ? 0 : rounded;
}

/** A signed figure as text: + before a rise, - before a fall, no sign where it rounds to zero. */
export function signedText(x: number, digits = 0): string {
  const rounded = roundHalfAway(x, digits);
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(digits)}`;
}

/** Money rounds to 0.01 (as the scorecard's pay does). */
export function money(x: number): number {
  return Math.round(x * 100 + Number.EPSILON * 100) / 100;
}
