import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../engine/model/compile-model.ts';
import { runScenario } from '../../../../engine/run-scenario.ts';
import { validateScenario } from '../../../../engine/scenario/validate-scenario.ts';
import { bedScenario } from './beds-scenario.ts';

const SD_PATH = 'systems[0].organisations[1].beds.emergency.stay.sdDays';

describe('a stay too spread for the fast bed kernel (coefficient of variation above 3)', () => {
  it('is refused at its sd when typed, naming the spread and the way out', () => {
    const result = validateScenario(bedScenario({ beds: { emergency: { admissionsPerYear: 3650, stay: { family: 'lognormal', meanDays: 8, sdDays: 100_000 } } } }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toContainEqual({
        path: SD_PATH,
        message: "gives a coefficient of variation (sd ÷ mean) of 12500; the fast bed kernel holds its accuracy only up to 3: lower the spread, or set simulation.bedModel to 'detailed'",
      });
  });

  it('is accepted at a CV of exactly 3, and at any spread with the detailed kernel', () => {
    expect(validateScenario(bedScenario({ beds: { emergency: { admissionsPerYear: 3650, stay: { family: 'gamma', meanDays: 4, sdDays: 12 } } } })).ok).toBe(true);
    expect(validateScenario(bedScenario({ bedModel: 'detailed', beds: { emergency: { admissionsPerYear: 3650, stay: { family: 'lognormal', meanDays: 8, sdDays: 100_000 } } } })).ok).toBe(true);
  });

  it('when drawn, stops the run at its sd with the drawn values', () => {
    const document = bedScenario({ trials: 2, beds: { emergency: { admissionsPerYear: 3650, stay: { family: 'lognormal', meanDays: 8, sdDays: { dist: 'uniform', min: 40, max: 50 } } } } });
    expect(validateScenario(document).ok).toBe(true);
    compileModel(document);
    expect(() => runScenario(document, { trials: 2, seed: 1 })).toThrow(
      new RegExp(`^${SD_PATH.replace(/[[\].]/g, '\\$&')}: a drawn stay of mean 8 and sd 4\\d\\.?\\d* days gives a coefficient of variation`),
    );
  });
});

describe('a short stay steadier than an exponential one (mean under 3 days, CV below 1) on the fast bed kernel', () => {
  it('is refused at its sd when typed, naming the mean, the spread and the ways out', () => {
    const result = validateScenario(bedScenario({ beds: { emergency: { admissionsPerYear: 3650, stay: { family: 'gamma', meanDays: 1, sdDays: 0.5 } } } }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toContainEqual({
        path: SD_PATH,
        message:
          "gives a stay of mean 1 days with a coefficient of variation (sd ÷ mean) of 0.5; the fast bed kernel's waits are 15% to 50% too high, or worse, for stays under 3 days less spread than an exponential stay (sd below the mean): raise the sd to at least the mean, or set simulation.bedModel to 'detailed'",
      });
  });

  it('is accepted from a mean of 3 days, at CV 1 or above at any mean, for an exponential stay, and on the detailed kernel', () => {
    const accepted = (stay: Record<string, unknown>, bedModel?: 'fast' | 'detailed') =>
      validateScenario(bedScenario({ ...(bedModel ? { bedModel } : {}), beds: { emergency: { admissionsPerYear: 3650, stay } } })).ok;
    expect(accepted({ family: 'lognormal', meanDays: 3, sdDays: 1 })).toBe(true);
    expect(accepted({ family: 'lognormal', meanDays: 2.9, sdDays: 1 })).toBe(false);
    expect(accepted({ family: 'gamma', meanDays: 0.5, sdDays: 0.5 })).toBe(true);
    expect(accepted({ family: 'exponential', meanDays: 0.9 })).toBe(true);
    expect(accepted({ family: 'gamma', meanDays: 1, sdDays: 0.5 }, 'detailed')).toBe(true);
  });

  it('when drawn, stops the run at its sd with the drawn values', () => {
    const document = bedScenario({ trials: 2, beds: { emergency: { admissionsPerYear: 3650, stay: { family: 'lognormal', meanDays: 1.5, sdDays: { dist: 'uniform', min: 0.5, max: 0.6 } } } } });
    expect(validateScenario(document).ok).toBe(true);
    expect(() => runScenario(document, { trials: 2, seed: 1 })).toThrow(
      new RegExp(`^${SD_PATH.replace(/[[\].]/g, '\\$&')}: a drawn stay of mean 1\\.5 and sd 0\\.[56]\\d* days gives a stay of mean 1\\.5 days`),
    );
  });
});
