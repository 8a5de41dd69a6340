/**
 * A small system with care services for tests: one ICB, one acute trust on a
 * block contract, one council, and the care services and interventions a
 * test gives. Money in £m; weekly costs and contributions in £.
 */
export function careScenario(options: { services: Record<string, unknown>[]; interventions?: Record<string, unknown>[]; years?: number; drivers?: Record<string, unknown> }) {
  return {
    schemaVersion: 1,
    name: 'Care services',
    horizon: { firstYear: 2026, years: options.years ?? 1 },
    simulation: { trials: 50, seed: 1 },
    ...(options.drivers ? { drivers: options.drivers } : {}),
    systems: [
      {
        id: 'sys',
        name: 'Test ICS',
        allocation: { baseline: 500 },
        organisations: [
          { id: 'icb', name: 'Test ICB', kind: 'icb', costs: { commissioning: { baseline: 100 } }, controlTotal: 0 },
          {
            id: 'trust',
            name: 'Test Hospital',
            kind: 'acute',
            income: { contract: { baseline: 390, paymentModel: 'block', commissioner: 'icb' } },
            costs: { pay: { baseline: 390 } },
            controlTotal: 0,
          },
          { id: 'council', name: 'Test Council', kind: 'localAuthority', income: { other: { baseline: 50 } }, costs: { nonPay: { baseline: 40 } }, controlTotal: 0 },
        ],
        careServices: options.services,
      },
    ],
    ...(options.interventions ? { interventions: options.interventions } : {}),
  };
}

/** Continuing healthcare for 100 people at £300 a week, NHS-funded; if re-designated, 40% of them would pay in full under the means test. */
export const CONTINUING_HEALTHCARE = {
  id: 'chc',
  name: 'Continuing healthcare',
  kind: 'continuingHealthcare',
  users: 100,
  weeklyCost: 300,
  funder: 'nhs',
  nhsFunder: 'icb',
  council: 'council',
  charging: { selfFunderShare: 0.4, contributorShare: 0, averageContribution: 0 },
};
