import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../engine/scenario/validate-scenario.ts';
import { runScenario } from '../../../../engine/run-scenario.ts';
import { uncertainScenario } from '../../fixtures.ts';

describe('risk-share members are inside the system control total', () => {
  it('refuses a council in the agreement while it is outside the system control total, at its place in members', () => {
    const result = validateScenario(uncertainScenario({ rule: 'proRata', members: ['icb', 'a', 'council'] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: 'systems[0].riskShare.members[2]',
        message:
          "'council' is outside the system control total, so risk-share money paid to or from it would leave the system's figures; leave it out of members, or set inSystemControlTotal: true on it",
      },
    ]);
  });

  it('checks the alternative rules too', () => {
    const document = uncertainScenario({ rule: 'none' }) as ReturnType<typeof uncertainScenario> & { systems: Array<Record<string, unknown>> };
    document.systems[0].riskShareAlternatives = [{ rule: 'surplusCoversDeficit', surplusShare: 0.5, members: ['council', 'a'] }];
    const result = validateScenario(document);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['systems[0].riskShareAlternatives[0].members[0]']);
  });

  it('with the council brought inside the control total, the system agrees with itself before and after risk share', () => {
    const document = uncertainScenario({ rule: 'proRata', members: ['icb', 'a', 'b', 'c', 'council'] }) as ReturnType<typeof uncertainScenario> & {
      systems: Array<{ organisations: Array<Record<string, unknown>> }>;
    };
    document.systems[0].organisations[4].inSystemControlTotal = true;
    const { results } = runScenario(document, { trials: 50 });
    expect(results.accountingChecks.largestTransferImbalance).toBeLessThan(1e-9);
    // Pro rata over every member of the system control total: the system's transfer is zero,
    // so its variance after risk share equals its variance before, trial by trial.
    const system = results.table.find((row) => row.entityId === 'sys' && row.year === 0)!;
    expect(system.metrics.riskShareTransfer.min).toBeCloseTo(0, 9);
    expect(system.metrics.riskShareTransfer.max).toBeCloseTo(0, 9);
    expect(system.probabilityMeetsAfterRiskShare).toBe(system.probabilityMeetsBeforeRiskShare);
  });
});
