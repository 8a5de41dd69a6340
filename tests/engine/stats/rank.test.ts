import { describe, expect, it } from 'vitest';
import { rank } from '../../../engine/stats/rank.ts';

describe('rank', () => {
  it('rank([10, 20, 10, 30]) is [1.5, 3, 1.5, 4]: ties share the average of their ranks (R: rank(…))', () => {
    expect(Array.from(rank([10, 20, 10, 30]))).toEqual([1.5, 3, 1.5, 4]);
  });

  it('ranks distinct values 1 … n in input order', () => {
    expect(Array.from(rank(new Float64Array([0.3, -2, 7, 1])))).toEqual([2, 1, 4, 3]);
  });

  it('gives n equal values the rank (n + 1)/2, and places ±Infinity at the ends', () => {
    expect(Array.from(rank([5, 5, 5, 5]))).toEqual([2.5, 2.5, 2.5, 2.5]);
    expect(Array.from(rank([Infinity, 0, -Infinity, Infinity]))).toEqual([3.5, 2, 1, 3.5]);
  });

  it('rank([]) is empty', () => {
    expect(rank([]).length).toBe(0);
  });

  it('throws a RangeError for a NaN value', () => {
    expect(() => rank([1, Number.NaN])).toThrow(new RangeError('rank needs values without NaN (index 1 is NaN)'));
  });
});
