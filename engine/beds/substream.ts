import type { RandomSource } from '../random/random-source.ts';

/**
 * A small reseedable generator (Chris Doty-Humphrey's sfc32, 128-bit state) used to
 * draw a variable number of values without moving the caller's stream by a variable
 * amount. The detailed path seeds it from three uniforms of the trial's stream and draws
 * the starting patients from it: how many patients start depends on the bed base, but
 * the trial's stream advances by the same three uniforms whatever the beds, so two runs
 * on different bed bases stay on common random numbers afterwards. The fast path
 * reseeds it every day and takes all of the day's uniforms from it (`fill`, then `next`
 * for the arrivals), which is cheaper than as many draws from the trial's stream.
 */
export interface Substream {
  /** Uniforms in (0, 1) from the current seed. */
  readonly next: RandomSource;
  /** Restarts from a seed of three uniforms. */
  reseed(u1: number, u2: number, u3: number): void;
  /** `reseed(uniforms[index], uniforms[index + 1], uniforms[index + 2])`, without passing doubles. */
  reseedFrom(uniforms: Float64Array, index: number): void;
  /** Writes the values the next `count` calls of `next` would return to `uniforms[from]`, `uniforms[from + 1]`, …. */
  fill(uniforms: Float64Array, from: number, count: number): void;
}

/** sfc32's recommended warm-up: rounds run after seeding before the first value is used. */
const WARM_UP_ROUNDS = 15;

/** A substream; create once per workspace (reseeding allocates nothing). */
export function createSubstream(): Substream {
  const state = new Int32Array(4);
  const next = (): number => {
    const a = state[0];
    const b = state[1];
    const c = state[2];
    const d = state[3];
    const t = (((a + b) | 0) + d) | 0;
    state[3] = (d + 1) | 0;
    state[0] = b ^ (b >>> 9);
    state[1] = (c + (c << 3)) | 0;
    state[2] = ((c << 21) | (c >>> 11)) + t;
    return ((t >>> 0) + 0.5) / 4294967296;
  };
  const reseedFrom = (uniforms: Float64Array, index: number): void => {
    // The same rounds as `next`, on locals: a reseed happens every simulated day.
    let a = Math.floor(uniforms[index] * 4294967296) | 0;
    let b = Math.floor(uniforms[index + 1] * 4294967296) | 0;
    let c = Math.floor(uniforms[index + 2] * 4294967296) | 0;
    let d = 1;
    for (let i = 0; i < WARM_UP_ROUNDS; i++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
    }
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
  };
  const fill = (uniforms: Float64Array, from: number, count: number): void => {
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    for (let i = from; i < from + count; i++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      // × 2^−32 (exact, so the same value as next's division, and cheaper); a literal, as V8
      // reloads a module constant on every use.
      uniforms[i] = ((t >>> 0) + 0.5) * 2.3283064365386963e-10;
    }
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
  };
  const seed = new Float64Array(3);
  const reseed = (u1: number, u2: number, u3: number): void => {
    seed[0] = u1;
    seed[1] = u2;
    seed[2] = u3;
    reseedFrom(seed, 0);
  };
  return { next, reseed, reseedFrom, fill };
}
