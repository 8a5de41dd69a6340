import alea from 'seedrandom/lib/alea.js';
import type { RandomSource } from './random-source.ts';

/** Smallest value a stream returns: half of Alea's 2^-32 resolution, so 0 never escapes. */
const SMALLEST_UNIFORM = 2 ** -33;

/**
 * A named, reproducible random stream derived from the run's master seed and a
 * list of keys (trial index, purpose, organisation id, year ...).
 *
 * Method: Baagøe's Alea generator from seedrandom, seeded with the string
 * `seed|key1|key2|…`. Because a stream depends only on its keys, a trial's draws
 * never depend on which worker ran it or in what order trials were split, and two
 * scenarios that share a driver or a trust draw the same numbers for it (common
 * random numbers). Cost: one string hash per stream; each draw is O(1).
 *
 * Values lie strictly inside (0, 1): an exact 0 is replaced by 2^-33 so that
 * inverse-CDF sampling never returns an infinite value.
 *
 * @example
 * const rng = createStream(42, 7, 'driver', 'payAward');
 * const u = rng(); // same value on every machine for seed 42, trial 7
 */
export function createStream(seed: number, ...keys: Array<string | number>): RandomSource {
  const generator = alea(`${seed}|${keys.join('|')}`);
  return () => {
    const u = generator();
    return u > 0 ? u : SMALLEST_UNIFORM;
  };
}
