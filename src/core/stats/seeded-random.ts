/**
 * A small seeded generator (sfc32, Chris Doty-Humphrey's Small Fast Counting generator) for the
 * money tests' Monte Carlo draws: the core may not import a package, and the workbook, the panel
 * and the engine must draw the same numbers from the same seed to print the same p.
 */
export type Uniform = () => number;

/** The seed every money test starts from, so a re-run prints the same p. */
export const MONEY_TEST_SEED = 20_171_017;

/** Uniform draws in [0, 1) from a 32-bit seed; the same seed gives the same sequence everywhere. */
export function seededUniform(seed: number): Uniform {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
  // The first draws of sfc32 still echo the seed: discard them, as its author advises.
  for (let i = 0; i < 15; i++) next();
  return next;
}
