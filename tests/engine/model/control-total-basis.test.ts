import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../engine/model/compile-model.ts';
import { centralCase } from '../../../engine/results/central-case.ts';
import { runNotes } from '../../../engine/results/run-notes.ts';

// By hand: the ICB breaks even (£300m pot, £200m contract, £100m else); the trust
// earns £200m and spends £203m: a £3m deficit. Its written control total is −£1m,
// its system's −£1m; a recovery fund offers it £2m for meeting its own total.
function basisScenario(controlTotalBasis?: 'beforeIncentive' | 'afterIncentive') {
  return {
    schemaVersion: 1,
    name: 'Control total basis by hand',
    horizon: { firstYear: 2025, years: 1 },
    ...(controlTotalBasis ? { controlTotalBasis } : {}),
    systems: [
      {
        id: 'sys',
        name: 'Basis ICS',
        allocation: { baseline: 300 },
        controlTotal: -1,
        incentiveFunds: [{ name: 'Recovery fund', amounts: { trust: 2 }, condition: 'organisation', basis: 'beforeRiskShare' }],
        organisations: [
          { id: 'icb', name: 'ICB', kind: 'icb', costs: { commissioning: { baseline: 100 } }, controlTotal: 0 },
          { id: 'trust', name: 'Trust', kind: 'acute', income: { contract: { baseline: 200, paymentModel: 'block', commissioner: 'icb' } }, costs: { pay: { baseline: 203 } }, controlTotal: -1 },
        ],
      },
    ],
  };
}

function central(document: unknown) {
  const model = compileModel(document);
  const [icb, trust, system] = centralCase(model, 1).yearEnd[0];
  return { icb, trust, system, notes: runNotes(model) };
}

describe('control totals written before or after incentive funding', () => {
  it('before incentive (the default): −£3m misses a −£1m total, so the £2m fund is not paid', () => {
    const { trust, system, notes } = central(basisScenario());
    expect(trust.controlTotal).toBe(-1);
    expect(trust.variance).toBeCloseTo(-2, 9);
    expect(trust.meetsBeforeRiskShare).toBe(0);
    expect(trust.incentive).toBe(0);
    expect(system.controlTotal).toBe(-1);
    expect(system.meetsBeforeRiskShare).toBe(0);
    expect(notes[0]).toBe(
      'Control totals are written before incentive funding (controlTotalBasis: beforeIncentive, the default), so P(meet) asks whether the outturn after risk share, without incentive funding, reaches it; incentive funding is paid on top.',
    );
    expect(central(basisScenario('beforeIncentive')).trust.variance).toBeCloseTo(-2, 9);
  });

  it('after incentive: the same −£1m includes the £2m fund, so it is compared as −£3m, met, and the fund paid brings the position to −£1m', () => {
    const { trust, system, notes } = central(basisScenario('afterIncentive'));
    expect(trust.controlTotal).toBe(-3);
    expect(trust.variance).toBeCloseTo(0, 9);
    expect(trust.meetsBeforeRiskShare).toBe(1);
    expect(trust.incentive).toBe(2);
    expect(trust.reportedPosition).toBeCloseTo(-1, 9);
    // The written system total −£1m less its members' £2m: −£3m, which the system's −£3m meets.
    expect(system.controlTotal).toBe(-3);
    expect(system.meetsBeforeRiskShare).toBe(1);
    expect(notes[0]).toBe(
      "Control totals are written after incentive funding (controlTotalBasis: afterIncentive): each is compared before it, as the written total less the organisation's full incentive amounts (Trust £2m), and a written system total less its members', so P(meet) asks whether the outturn after risk share, without incentive funding, reaches it.",
    );
  });
});
