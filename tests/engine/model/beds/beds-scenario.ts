/** A one-trust scenario with a bed model, for tests; `beds` and `interventions` override the defaults. */
export function bedScenario(options: { beds?: Record<string, unknown>; interventions?: unknown[]; trials?: number; bedModel?: 'fast' | 'detailed'; paymentModel?: string; fixedShare?: number } = {}) {
  return {
    schemaVersion: 1,
    name: 'One trust with beds',
    horizon: { firstYear: 2025, years: 1 },
    simulation: { trials: options.trials ?? 20, seed: 4, bedModel: options.bedModel ?? 'fast' },
    systems: [
      {
        id: 'sys',
        name: 'Beds ICS',
        allocation: { baseline: 300 },
        organisations: [
          { id: 'icb', name: 'ICB', kind: 'icb', costs: { commissioning: { baseline: 100 } }, controlTotal: 0 },
          {
            id: 'trust',
            name: 'Trust',
            kind: 'acute',
            income: { contract: { baseline: 200, paymentModel: options.paymentModel ?? 'blended', fixedShare: options.fixedShare ?? 0.8, commissioner: 'icb' } },
            costs: { pay: { baseline: 200 } },
            controlTotal: 0,
            beds: {
              coreBeds: 100,
              costPerBedDayPounds: 365,
              emergency: { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: 5 } },
              ...options.beds,
            },
          },
        ],
      },
    ],
    interventions: options.interventions ?? [],
  };
}
