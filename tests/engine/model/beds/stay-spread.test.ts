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
