import type { Scenario } from '../api/types.ts';

/** A small, valid scenario to start from: one system, a commissioner and one acute trust, one year. */
export function newScenarioTemplate(firstYear = 2025): Scenario {
  return {
    schemaVersion: 1,
    name: 'New scenario',
    description: '',
    horizon: { firstYear, years: 1 },
    simulation: { trials: 2000, seed: 1 },
    drivers: {
      payAward: { dist: 'triangular', min: 0.02, mode: 0.03, max: 0.05 },
      inflation: { dist: 'triangular', min: 0.015, mode: 0.025, max: 0.05 },
    },
    systems: [
      {
        id: 'my-ics',
        name: 'My ICS',
        allocation: { baseline: 1000, growth: 0.03 },
        riskShare: { rule: 'none' },
        organisations: [
          { id: 'my-icb', name: 'My ICB', kind: 'icb', costs: { commissioning: { baseline: 400, growth: 'inflation' } }, controlTotal: 0 },
          {
            id: 'my-hospital',
            name: 'My Hospital NHS Trust',
            kind: 'acute',
            income: { contract: { baseline: 600, uplift: 0.025, paymentModel: 'block', commissioner: 'my-icb' } },
            costs: { pay: { baseline: 420, growth: 'payAward' }, nonPay: { baseline: 175, growth: 'inflation' } },
            cip: { plan: 0.03, delivery: { dist: 'beta', alpha: 8, beta: 2 } },
            controlTotal: 0,
          },
        ],
      },
    ],
  };
}
