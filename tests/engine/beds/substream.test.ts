import { describe, expect, it } from 'vitest';
import { createSubstream } from '../../../engine/beds/substream.ts';

describe('createSubstream', () => {
  it('repeats its values after reseeding with the same three uniforms, and differs for others', () => {
    const substream = createSubstream();
    substream.reseed(0.1, 0.2, 0.3);
    const first = [substream.next(), substream.next(), substream.next()];
    substream.reseed(0.1, 0.2, 0.3);
    expect([substream.next(), substream.next(), substream.next()]).toEqual(first);
    substream.reseed(0.1, 0.2, 0.30001);
    expect(substream.next()).not.toBe(first[0]);
  });

  it('fills an array with the values next would return, and reseeds from an array as from three arguments', () => {
    const substream = createSubstream();
    substream.reseed(0.7, 0.1, 0.45);
    const expected = Array.from({ length: 40 }, () => substream.next());
    const seed = new Float64Array([0, 0.7, 0.1, 0.45]);
    substream.reseedFrom(seed, 1);
    const filled = new Float64Array(45);
    substream.fill(filled, 3, 30);
    expect(Array.from(filled.subarray(3, 33))).toEqual(expected.slice(0, 30));
    expect(filled[2]).toBe(0);
    expect(filled[33]).toBe(0);
    // next carries on where fill stopped.
    expect(Array.from({ length: 10 }, () => substream.next())).toEqual(expected.slice(30));
  });

  it('gives uniforms strictly inside (0, 1) with mean 1/2 and variance 1/12 (10,000 draws, 4 standard errors)', () => {
    const substream = createSubstream();
    substream.reseed(0.5, 0.25, 0.125);
    let sum = 0;
    let sumSquares = 0;
    for (let i = 0; i < 10_000; i++) {
      const u = substream.next();
      expect(u > 0 && u < 1).toBe(true);
      sum += u;
      sumSquares += u * u;
    }
    const mean = sum / 10_000;
    const variance = sumSquares / 10_000 - mean * mean;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / 10_000));
    // Var of u² is 1/5 − 1/9 = 4/45; the sample variance's SE is about √(1/180/10,000).
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(4 * Math.sqrt(1 / 180 / 10_000));
  });
});
