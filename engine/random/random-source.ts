/**
 * A source of uniform random numbers on the open interval (0, 1).
 *
 * Every sampler in the engine takes one of these as an argument (as d3-random's
 * `.source(rng)` does); nothing in the engine reaches for a global generator.
 */
export type RandomSource = () => number;
