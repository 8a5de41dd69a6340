/**
 * Small scenarios for tests, built as plain objects so each test can change
 * one thing. Money in £m.
 */
export function oneTrustScenario(overrides: { paymentModel?: 'block' | 'activity' | 'blended'; fixedShare?: number } = {}) {
  return {
    schemaVersion: 1,
    name: 'One trust, one year',
    horizon: { firstYear: 2025, years: 1 },
    simulation: { trials: 10, seed: 1 },
    systems: [
      {
        id: 'sys',
        name: 'Test ICS',
        allocation: { baseline: 1000, growth: 0.05 },
        organisations: [
          { id: 'icb', name: 'Test ICB', kind: 'icb', costs: { commissioning: { baseline: 500 } }, controlTotal: 0 },
          {
            id: 'trust',
            name: 'Test Hospital',
            kind: 'acute',
            income: {
              contract: {
                baseline: 400,
                uplift: 0.02,
                paymentModel: overrides.paymentModel ?? 'block',
                ...(overrides.fixedShare === undefined ? {} : { fixedShare: overrides.fixedShare }),
                commissioner: 'icb',
              },
              other: { baseline: 20, growth: 0.1 },
            },
            activity: { plannedGrowth: 0.02, actualGrowth: 0.071, variableCostShare: 0.5 },
            costs: {
              pay: { baseline: 250, growth: 0.04 },
              nonPay: { baseline: 100, growth: 0.03 },
              drugs: { baseline: 40 },
              pfi: { baseline: 10, growth: 0.05 },
              capitalCharges: { baseline: 12 },
              pdcDividend: { baseline: 6 },
            },
            cip: { plan: 0.05, delivery: 0.8 },
            controlTotal: -2,
          },
        ],
      },
    ],
  };
}

/** A scenario with the given systems' organisations: three trusts and an ICB, with uncertain drivers. */
export function uncertainScenario(riskShare: Record<string, unknown> = { rule: 'none' }) {
  return {
    schemaVersion: 1,
    name: 'Uncertain system',
    horizon: { firstYear: 2025, years: 2 },
    simulation: { trials: 200, seed: 99 },
    drivers: {
      payAward: { dist: 'normal', mean: 0.035, sd: 0.01 },
      inflation: { dist: 'triangular', min: 0.01, mode: 0.03, max: 0.07, perYear: true },
      demand: { dist: 'normal', mean: 0.03, sd: 0.02 },
    },
    correlation: {
      drivers: ['payAward', 'inflation'],
      matrix: [
        [1, 0.6],
        [0.6, 1],
      ],
    },
    parameters: { uplift: 0.028, delivery: { dist: 'beta', alpha: 8, beta: 2 } },
    systems: [
      {
        id: 'sys',
        name: 'Uncertain ICS',
        allocation: { baseline: 1000, growth: 0.035 },
        riskShare,
        incentiveFunds: [{ name: 'Recovery fund', amounts: { a: 3, b: 2 }, condition: 'both' }],
        organisations: [
          { id: 'icb', name: 'ICB', kind: 'icb', costs: { commissioning: { baseline: 250, growth: 'inflation' } }, controlTotal: 0 },
          ...['a', 'b', 'c'].map((id, index) => ({
            id,
            name: `Trust ${id.toUpperCase()}`,
            kind: index === 2 ? 'community' : 'acute',
            income: { contract: { baseline: 240, uplift: 'uplift', paymentModel: index === 0 ? 'activity' : 'block', commissioner: 'icb' } },
            activity: { plannedGrowth: 0.03, actualGrowth: 'demand', variableCostShare: 0.3 },
            costs: { pay: { baseline: 160, growth: 'payAward' }, nonPay: { baseline: 75, growth: 'inflation' } },
            cip: { plan: 0.04, delivery: index === 1 ? 'delivery * 0.8' : 'delivery' },
            controlTotal: index === 1 ? [-5, -3] : 0,
          })),
          {
            id: 'council',
            name: 'Council',
            kind: 'localAuthority',
            income: { other: { baseline: 100, growth: 0.03 } },
            costs: { nonPay: { baseline: 100, growth: 'demand + inflation' } },
            controlTotal: 0,
          },
        ],
      },
    ],
  };
}
