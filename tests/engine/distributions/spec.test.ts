import { describe, expect, it } from 'vitest';
import { buildDistribution, checkDistributionSpec, type DistributionSpec } from '../../../engine/distributions/spec.ts';
import { createStream } from '../../../engine/random/stream.ts';

const EXPECTED_KINDS = 'expected one of normal, lognormal, triangular, pert, uniform, beta, gamma, truncatedNormal';

describe('checkDistributionSpec', () => {
  it('returns no problems for a valid spec of every family, perYear included', () => {
    const specs: unknown[] = [
      { dist: 'normal', mean: 0.03, sd: 0.01, perYear: true },
      { dist: 'lognormal', mu: 0, sigma: 0.5 },
      { dist: 'lognormal', mean: 5, sd: 3 },
      { dist: 'triangular', min: 0, mode: 0.02, max: 0.08 },
      { dist: 'pert', min: 0.5, mode: 0.8, max: 1 },
      { dist: 'pert', min: 0.5, mode: 0.8, max: 1, lambda: 6 },
      { dist: 'uniform', min: -1, max: 1, perYear: false },
      { dist: 'beta', alpha: 8, beta: 2 },
      { dist: 'beta', alpha: 8, beta: 2, min: 0.4, max: 1 },
      { dist: 'gamma', shape: 2, scale: 0.01 },
      { dist: 'gamma', shape: 2, rate: 100 },
      { dist: 'truncatedNormal', mean: 0.02, sd: 0.03, min: 0 },
      { dist: 'truncatedNormal', mean: 0.02, sd: 0.03, min: -0.05, max: 0.1 },
    ];
    for (const spec of specs) expect(checkDistributionSpec(spec), JSON.stringify(spec)).toEqual([]);
  });

  it('names an unknown family and lists the known ones', () => {
    expect(checkDistributionSpec({ dist: 'weibull', shape: 2 })).toEqual([`unknown distribution 'weibull' (${EXPECTED_KINDS})`]);
    expect(checkDistributionSpec({ dist: 7 })).toEqual([`unknown distribution '7' (${EXPECTED_KINDS})`]);
    // Inherited property names are not families.
    expect(checkDistributionSpec({ dist: 'toString' })).toEqual([`unknown distribution 'toString' (${EXPECTED_KINDS})`]);
  });

  it('reports a missing dist, and anything that is not an object', () => {
    expect(checkDistributionSpec({ mean: 0, sd: 1 })).toEqual([`distribution needs a 'dist' field (${EXPECTED_KINDS})`]);
    for (const notAnObject of [null, undefined, 3, 'normal', [{ dist: 'normal' }]]) {
      expect(checkDistributionSpec(notAnObject), String(notAnObject)).toEqual([`distribution must be an object with a 'dist' field (${EXPECTED_KINDS})`]);
    }
  });

  it('reports a field the family does not have: "normal has no field \'sigma\'"', () => {
    expect(checkDistributionSpec({ dist: 'normal', mean: 0, sd: 1, sigma: 2 })).toEqual(["normal has no field 'sigma'"]);
    expect(checkDistributionSpec({ dist: 'gamma', shape: 2, scale: 1, mean: 2 })).toEqual(["gamma has no field 'mean'"]);
  });

  it('reports a missing or non-number parameter: "beta needs alpha to be a finite number"', () => {
    expect(checkDistributionSpec({ dist: 'beta', beta: 2 })).toEqual(['beta needs alpha to be a finite number']);
    expect(checkDistributionSpec({ dist: 'beta', alpha: '2', beta: 2 })).toEqual(['beta needs alpha to be a finite number']);
    expect(checkDistributionSpec({ dist: 'normal', mean: null, sd: 1 })).toEqual(['normal needs mean to be a finite number']);
  });

  it('reports a perYear that is not a boolean', () => {
    expect(checkDistributionSpec({ dist: 'normal', mean: 0, sd: 1, perYear: 'yes' })).toEqual(['normal needs perYear to be true or false']);
  });

  it('returns all problems at once: unknown fields first, then every broken rule', () => {
    expect(checkDistributionSpec({ dist: 'beta', alpha: 0, beta: 'x', gamma: 1, perYear: 1 })).toEqual([
      "beta has no field 'gamma'",
      'beta needs perYear to be true or false',
      'beta needs alpha > 0',
      'beta needs beta to be a finite number',
    ]);
    expect(checkDistributionSpec({ dist: 'triangular', min: 3, mode: 5, max: 1 })).toEqual(['triangular needs min < max', 'triangular needs min <= mode <= max']);
  });

  it('reports the family rules exactly as the factories do', () => {
    expect(checkDistributionSpec({ dist: 'normal', mean: 0, sd: 0 })).toEqual(['normal needs sd > 0']);
    expect(checkDistributionSpec({ dist: 'pert', min: 1, mode: 1, max: 1 })).toEqual(['pert needs min < max']);
    expect(checkDistributionSpec({ dist: 'lognormal', mu: 0, sigma: 1, sd: 2 })).toEqual(['lognormal needs either mu and sigma, or mean and sd']);
    expect(checkDistributionSpec({ dist: 'gamma', shape: 2 })).toEqual(['gamma needs exactly one of scale or rate']);
    expect(checkDistributionSpec({ dist: 'truncatedNormal', mean: 0, sd: 1, min: 10 })).toEqual([
      "truncatedNormal needs [min, max] to hold at least 1e-12 of the parent normal's probability (it holds 7.62e-24)",
    ]);
  });

  it('accepts specs parsed from JSON, and its messages carry no path', () => {
    const parsed: unknown = JSON.parse('{"dist": "uniform", "min": 2, "max": 1}');
    const problems = checkDistributionSpec(parsed);
    expect(problems).toEqual(['uniform needs min < max']);
    expect(problems[0]).not.toContain(':');
  });
});

describe('buildDistribution', () => {
  it('builds the family the spec names, with its parameters', () => {
    const cases: Array<[DistributionSpec, string, number]> = [
      [{ dist: 'normal', mean: 0.03, sd: 0.01, perYear: true }, 'normal', 0.03],
      [{ dist: 'lognormal', mean: 5, sd: 3 }, 'lognormal', 5],
      [{ dist: 'triangular', min: 0, mode: 3, max: 6 }, 'triangular', 3],
      [{ dist: 'pert', min: 0, mode: 3, max: 12 }, 'pert', 4],
      [{ dist: 'uniform', min: 2, max: 6 }, 'uniform', 4],
      [{ dist: 'beta', alpha: 8, beta: 2 }, 'beta', 0.8],
      [{ dist: 'gamma', shape: 2, rate: 0.5 }, 'gamma', 4],
      [{ dist: 'truncatedNormal', mean: 5, sd: 2, min: 3, max: 7 }, 'truncatedNormal', 5],
    ];
    for (const [spec, kind, expectedMean] of cases) {
      const distribution = buildDistribution(spec);
      expect(distribution.kind).toBe(kind);
      expect(distribution.mean).toBeCloseTo(expectedMean, 14);
    }
  });

  it('builds distributions that sample by inversion of one uniform', () => {
    const delivery = buildDistribution({ dist: 'pert', min: 0.5, mode: 0.8, max: 1 });
    const sampling = createStream(42, 0, 'cip');
    const uniforms = createStream(42, 0, 'cip');
    for (let i = 0; i < 20; i++) expect(delivery.sample(sampling)).toBe(delivery.quantile(uniforms()));
  });

  it('throws the first problem as a RangeError', () => {
    expect(() => buildDistribution({ dist: 'beta', alpha: 0, beta: -1 })).toThrow(new RangeError('beta needs alpha > 0'));
    expect(() => buildDistribution({ dist: 'weibull' } as unknown as DistributionSpec)).toThrow(new RangeError(`unknown distribution 'weibull' (${EXPECTED_KINDS})`));
    expect(() => buildDistribution({ dist: 'normal', mean: 0, sd: 1, sigma: 1 } as unknown as DistributionSpec)).toThrow(new RangeError("normal has no field 'sigma'"));
  });
});
