import { describe, expect, it } from 'vitest';
import { logFactorial } from '../../../engine/random/log-factorial.ts';

describe('logFactorial', () => {
  it('is ln k! exactly for small k worked by hand', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(1)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 14);
    expect(logFactorial(10)).toBeCloseTo(Math.log(3628800), 13);
  });

  // Expected values: mpmath 1.3.0, mp.dps = 40, log(factorial(k)).
  it.each([
    [255, 1161.7121011184006],
    [256, 1167.2572785628802],
    [1000, 5912.128178488163],
    [1_000_000, 12815518.38465817],
  ])('ln %d! matches mpmath to 1e-15 relative (table edge and Stirling branch)', (k, expected) => {
    expect(Math.abs(logFactorial(k) - expected) / expected).toBeLessThan(1e-15);
  });

  it('throws for negative or fractional k', () => {
    expect(() => logFactorial(-1)).toThrow('logFactorial: k must be a whole number >= 0, got -1');
    expect(() => logFactorial(2.5)).toThrow('logFactorial: k must be a whole number >= 0, got 2.5');
    expect(() => logFactorial(NaN)).toThrow(RangeError);
  });
});
