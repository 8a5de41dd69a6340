import { describe, expect, it } from 'vitest';
import { createKeyedStream, inputStreamKey } from '../../../engine/random/keyed-stream.ts';
import { pearson } from '../../../engine/stats/pearson.ts';

const STREAMS = 100_000;
/** 4 standard errors of a correlation near 0 over STREAMS pairs. */
const CORRELATION_BOUND = 4 / Math.sqrt(STREAMS);
const PAY_AWARD = inputStreamKey('drivers.payAward');

function firstValues(seed: number, key = PAY_AWARD, position = 0): Float64Array {
  const stream = createKeyedStream(seed);
  const values = new Float64Array(STREAMS);
  for (let trial = 0; trial < STREAMS; trial++) {
    stream.start(trial, key);
    for (let i = 0; i < position; i++) stream.next();
    values[trial] = stream.next();
  }
  return values;
}

describe('createKeyedStream', () => {
  it('depends only on (seed, trial, key): the same values whatever was started before, on a new stream or an old one', () => {
    const first = createKeyedStream(42);
    first.start(7, PAY_AWARD);
    const expected = [first.next(), first.next(), first.next()];
    const other = createKeyedStream(42);
    other.start(3, inputStreamKey('drivers.inflation'));
    other.next();
    other.start(7, PAY_AWARD);
    expect([other.next(), other.next(), other.next()]).toEqual(expected);
    first.start(7, PAY_AWARD);
    expect(first.next()).toBe(expected[0]);
  });

  it('gives other values for another seed, trial or key', () => {
    const value = (seed: number, trial: number, key = PAY_AWARD) => {
      const stream = createKeyedStream(seed);
      stream.start(trial, key);
      return stream.next();
    };
    const base = value(42, 7);
    expect(value(43, 7)).not.toBe(base);
    expect(value(42, 8)).not.toBe(base);
    expect(value(42, 7, inputStreamKey('drivers.inflation'))).not.toBe(base);
  });

  it('keeps every value strictly inside (0, 1)', () => {
    const outside = firstValues(1).filter((value) => !(value > 0 && value < 1));
    expect(outside.length).toBe(0);
  });

  it('spreads the first values of 100,000 trials evenly over 100 cells (chi-square below its 0.1% point)', () => {
    const cells = new Float64Array(100);
    for (const value of firstValues(2)) cells[Math.floor(value * 100)]++;
    const expected = STREAMS / 100;
    const statistic = cells.reduce((sum, count) => sum + ((count - expected) * (count - expected)) / expected, 0);
    // χ² with 99 degrees of freedom: P(χ² > 148.2) = 0.001.
    expect(statistic).toBeLessThan(148.2);
  });

  it('leaves neighbouring trials, neighbouring keys and successive values uncorrelated (|r| within 4 standard errors)', () => {
    const first = firstValues(3);
    const nextTrial = first.subarray(1);
    expect(Math.abs(pearson(first.subarray(0, STREAMS - 1), nextTrial))).toBeLessThan(CORRELATION_BOUND);
    const neighbour = firstValues(3, inputStreamKey('drivers.payAwarD'));
    expect(Math.abs(pearson(first, neighbour))).toBeLessThan(CORRELATION_BOUND);
    const organisationZero = firstValues(3, inputStreamKey('systems[0].organisations[0].cip.delivery'));
    const organisationOne = firstValues(3, inputStreamKey('systems[0].organisations[1].cip.delivery'));
    expect(Math.abs(pearson(organisationZero, organisationOne))).toBeLessThan(CORRELATION_BOUND);
    expect(Math.abs(pearson(first, firstValues(3, PAY_AWARD, 1)))).toBeLessThan(CORRELATION_BOUND);
    // And the same stream under two seeds.
    expect(Math.abs(pearson(first, firstValues(4)))).toBeLessThan(CORRELATION_BOUND);
  });
});

describe('inputStreamKey', () => {
  it('gives 200,000 distinct keys to the paths of 1,000 systems of 40 organisations with 5 inputs each', () => {
    const keys = new Set<string>();
    for (let system = 0; system < 1000; system++) {
      for (let organisation = 0; organisation < 40; organisation++) {
        for (const field of ['cip.delivery', 'cip.plan', 'costs.pay.growth', 'income.other.growth', 'controlTotal']) {
          const { high, low } = inputStreamKey(`systems[${system}].organisations[${organisation}].${field}`);
          keys.add(`${high},${low}`);
        }
      }
    }
    expect(keys.size).toBe(200_000);
  });

  it('is the same for the same path, and 32-bit whole numbers', () => {
    const key = inputStreamKey('parameters.cipCeiling');
    expect(inputStreamKey('parameters.cipCeiling')).toEqual(key);
    expect(key.high | 0).toBe(key.high);
    expect(key.low | 0).toBe(key.low);
  });
});
