import type { RandomSource } from '../random/random-source.ts';

/**
 * A small reseedable generator (Chris Doty-Humphrey's sfc32, 128-bit state) used to
 * draw a variable number of values without moving the caller's stream by a variable
 * amount. The detailed path seeds it from three uniforms of the trial's stream and draws
 * the starting patients from it: how many patients start depends on the bed base, but
 * the trial's stream advances by the same three uniforms whatever the beds, so two runs
 * on different bed bases stay on common random numbers afterwards.
 */
export interface Substream {
  /** Uniforms in (0, 1) from the current seed. */
  readonly next: RandomSource;
  /** Restarts from a seed of three uniforms. */
  reseed(u1: number, u2: number, u3: number): void;
}

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
  const reseed = (u1: number, u2: number, u3: number): void => {
    state[0] = Math.floor(u1 * 4294967296) | 0;
    state[1] = Math.floor(u2 * 4294967296) | 0;
    state[2] = Math.floor(u3 * 4294967296) | 0;
    state[3] = 1;
    for (let i = 0; i < 15; i++) next(); // sfc32's recommended warm-up
  };
  return { next, reseed };
}
