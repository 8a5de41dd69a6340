import { describe, expect, it } from 'vitest';
import { compileModel, planPositions } from '../../../engine/index.ts';

/** An ICB with £400m, £100m of it on other commissioning, and a new trust costing £300m a year; `contract` is what the ICB pays the trust. */
function newTrustScenario(contract: number | undefined) {
  return {
    schemaVersion: 1,
    name: 'A new trust',
    horizon: { firstYear: 2025, years: 2 },
    simulation: { trials: 10, seed: 1 },
    systems: [
      {
        id: 'sys',
        name: 'New ICS',
        allocation: { baseline: 400 },
        organisations: [
          { id: 'icb', name: 'New ICB', kind: 'icb', costs: { commissioning: { baseline: 100 } }, controlTotal: 0 },
          {
            id: 'trust',
            name: 'New Hospital',
            kind: 'acute',
            ...(contract === undefined ? {} : { income: { contract: { baseline: contract, paymentModel: 'block', commissioner: 'icb' } } }),
            costs: { pay: { baseline: 300 } },
            controlTotal: 0,
          },
        ],
      },
    ],
  };
}

describe('planPositions', () => {
  it('shows a trust its ICB leaves unfunded £300m short each year, the ICB £300m over, and the system at the sum: balanced overall, one line each', () => {
    const positions = planPositions(compileModel(newTrustScenario(undefined)), 1);
    expect(positions.map((position) => [position.id, position.kind])).toEqual([
      ['icb', 'organisation'],
      ['trust', 'organisation'],
      ['sys', 'system'],
    ]);
    const [icb, trust, system] = positions;
    expect(trust.years.map((year) => year.year)).toEqual(['2025/26', '2026/27']);
    for (const year of trust.years) {
      expect(year.outturn).toBeCloseTo(-300, 9);
      expect(year.variance).toBeCloseTo(-300, 9);
      expect(year.controlTotal).toBe(0);
    }
    // The ICB keeps the £300m it does not pay: £400m in, £100m out.
    for (const year of icb.years) expect(year.variance).toBeCloseTo(300, 9);
    system.years.forEach((year, index) => expect(year.variance).toBeCloseTo(icb.years[index].variance + trust.years[index].variance, 9));
  });

  it('with a £300m block contract the trust and the ICB both plan to break even', () => {
    const [icb, trust, system] = planPositions(compileModel(newTrustScenario(300)), 1);
    for (const position of [icb, trust, system]) for (const year of position.years) expect(year.variance).toBeCloseTo(0, 9);
  });
});
