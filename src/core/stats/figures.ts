/** The two small sums every table uses: a rate over its base and money to the cent. */

/** hits / n, or null over an empty base. */
export function rate(hits: number, n: number): number | null {
  return n > 0 ? hits / n : null;
}

/** Money rounds to 0.01 (as the scorecard's pay does). */
export function money(x: number): number {
  return Math.round(x * 100 + Number.EPSILON * 100) / 100;
}
