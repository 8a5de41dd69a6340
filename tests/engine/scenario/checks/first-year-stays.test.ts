import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../engine/scenario/validate-scenario.ts';
import { bedScenario } from '../../model/beds/beds-scenario.ts';

const MESSAGE =
  'varies from year to year, but the bed model reads stays and delayed discharges once, for the first modelled year, and uses them for every year; give one value (a number, a draw for the whole trial, or a formula that does not change by year)';

function threeYears(beds: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const document = { ...bedScenario({ beds }), ...extra } as Record<string, unknown>;
  document.horizon = { firstYear: 2025, years: 3 };
  (document.systems as Array<{ organisations: Array<{ controlTotal: unknown }> }>)[0].organisations.forEach((organisation) => (organisation.controlTotal = 0));
  return validateScenario(document);
}

const paths = (result: ReturnType<typeof validateScenario>) => (result.ok ? [] : result.issues.map((issue) => issue.path));

describe('stays and delayed discharges that would be read for the first year only are refused at the field', () => {
  it('refuses a formula on year, a per-year draw and a formula on a per-year driver, each at its field, with the reason', () => {
    const result = threeYears(
      {
        emergency: { admissionsPerYear: 3650, stay: { family: 'lognormal', meanDays: '8 - 0.2 * year', sdDays: 'spread' } },
        delayedDischarge: { share: { dist: 'uniform', min: 0.1, max: 0.2, perYear: true }, meanExtraDays: 5 },
      },
      { drivers: { spread: { dist: 'normal', mean: 10, sd: 1, perYear: true } } },
    );
    expect(paths(result).sort()).toEqual([
      'systems[0].organisations[1].beds.delayedDischarge.share',
      'systems[0].organisations[1].beds.emergency.stay.meanDays',
      'systems[0].organisations[1].beds.emergency.stay.sdDays',
    ]);
    if (!result.ok) expect(new Set(result.issues.map((issue) => issue.message))).toEqual(new Set([MESSAGE]));
  });

  it('follows named parameters to a formula on financialYear', () => {
    const result = threeYears(
      { emergency: { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: 'stayDays' } } },
      { parameters: { stayDays: 'base', base: '9 - (financialYear - 2025) * 0.1' } },
    );
    expect(paths(result)).toEqual(['systems[0].organisations[1].beds.emergency.stay.meanDays']);
  });

  it('accepts a draw for the whole trial and a formula that does not change by year; and anything in a one-year scenario', () => {
    expect(threeYears({ emergency: { admissionsPerYear: 3650, stay: { family: 'lognormal', meanDays: { dist: 'uniform', min: 7, max: 9 }, sdDays: '8 * 1.3' } } }).ok).toBe(true);
    expect(validateScenario(bedScenario({ beds: { emergency: { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: '8 - 0.2 * year' } } } })).ok).toBe(true);
  });
});
