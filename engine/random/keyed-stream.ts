import alea from 'seedrandom/lib/alea.js';
import type { RandomSource } from './random-source.ts';

/**
 * A 64-bit key naming one input of a scenario (two 32-bit words), from
 * {@link inputStreamKey}. Computed once when a scenario is compiled, so that a
 * trial starts an input's stream from integers, never from a string.
 */
export interface InputStreamKey {
  readonly high: number;
  readonly low: number;
}

/**
 * The stream key of an input, from its path in the scenario
 * (`systems[0].organisations[1].cip.delivery`, `drivers.payAward`).
 *
 * Method: two independent 32-bit FNV-1a hashes of the path's UTF-16 code units
 * (different offset bases), each finished by MurmurHash3's avalanche (fmix32).
 * Keyed by the path rather than by the input's place in a list, so that two
 * scenarios that share an input draw the same numbers for it (common random
 * numbers) however many inputs each has. Two paths share a key with
 * probability about 2^−64 (England's 40,000 inputs: about 4·10^−11).
 * Cost: O(length of the path), once per input per compiled scenario.
 *
 * @example
 * inputStreamKey('drivers.payAward'); // { high: …, low: … }, the same on every machine
 */
export function inputStreamKey(path: string): InputStreamKey {
  let high = 0x811c9dc5;
  let low = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x01000193) ^ (low >>> 13);
  }
  return { high: fmix32(high ^ path.length), low: fmix32(low + 0x9e3779b9) };
}

/** MurmurHash3's 32-bit finaliser: every input bit flips each output bit with probability about ½. */
function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * One reusable random stream, restarted for each (trial, input): the stream of
 * an input in a trial is a function of the master seed, the trial number and
 * the input's key only, so a trial's draws never depend on which worker ran it
 * or in what order, and an input shared by two scenarios draws the same values
 * in the same trial (common random numbers).
 */
export interface KeyedStream {
  /** Uniforms in (0, 1) from the stream last started: 32 random bits each, ((bits + ½) / 2^32). */
  readonly next: RandomSource;
  /** Restarts at the first value of the stream of (this seed, `trial`, `key`). Allocates nothing. */
  start(trial: number, key: InputStreamKey): void;
}

/** sfc32's recommended warm-up: rounds run after seeding before the first value is used. */
const WARM_UP_ROUNDS = 12;

/**
 * A keyed stream for a master seed.
 *
 * Method: the master seed becomes three 32-bit words through Baagøe's Alea
 * (seedrandom, as the string-keyed `createStream` of stream.ts uses), once per call.
 * Starting a stream sets the 128-bit state of Chris Doty-Humphrey's sfc32
 * (a small chaotic counter generator that passes PractRand to 2^40 bytes and
 * beyond) to fmix32 of (master ⊕ key.high), (master ⊕ key.low) and (master ⊕
 * trial), with its counter at 1, and runs 12 rounds before the first value, so
 * streams of neighbouring trials or keys share no visible structure (tested in
 * tests/engine/random/keyed-stream.test.ts). Cost: about 20 ns to start a
 * stream and 2 ns a value, against 2–3 µs to hash a string into a seedrandom
 * stream.
 *
 * @param seed the run's master seed (any number; its text is what is hashed).
 * @example
 * const stream = createKeyedStream(42);
 * stream.start(7, inputStreamKey('drivers.payAward'));
 * stream.next(); // the same value on every machine for seed 42, trial 7
 */
export function createKeyedStream(seed: number): KeyedStream {
  const master = alea(`keyed|${seed}`);
  const masterHigh = Math.floor(master() * 4294967296) | 0;
  const masterLow = Math.floor(master() * 4294967296) | 0;
  const masterTrial = Math.floor(master() * 4294967296) | 0;
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
    state[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    // × 2^−32 (exact): never 0 or 1, so an inverse cdf never returns an infinite value.
    return ((t >>> 0) + 0.5) * 2.3283064365386963e-10;
  };
  const start = (trial: number, key: InputStreamKey): void => {
    let a = fmix32(masterHigh ^ key.high);
    let b = fmix32(masterLow ^ key.low);
    let c = fmix32(masterTrial ^ trial);
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
  return { next, start };
}
