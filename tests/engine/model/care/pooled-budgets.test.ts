import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../engine/model/compile-model.ts';
import { centralCase } from '../../../../engine/results/central-case.ts';
import { runScenario } from '../../../../engine/run-scenario.ts';
import { validateScenario } from '../../../../engine/scenario/validate-scenario.ts';
import { careScenario } from './care-fixtures.ts';

/**
 * A pool worked by hand: home care for 5,000 people at £500 a week costs
 * 5,000 × 500 × 52 = £130m, paid by the council as host; the ICB pays in £75m
 * and the council £50m (60/40 of £125m), so the pool overspends by £5m.
 */
const HOME_CARE = { id: 'home', name: 'Home care', kind: 'homeCare', users: 5000, weeklyCost: 500, funder: 'council', council: 'council' };

function pooled(riskShare: string, contributions: [number, number] = [75, 50], shares?: [number, number]) {
  const document = careScenario({ services: [HOME_CARE] }) as ReturnType<typeof careScenario> & { systems: Array<Record<string, unknown>> };
  document.systems[0].pooledBudgets = [
    {
      id: 'bcf',
      name: 'Better Care Fund',
      host: 'council',
      riskShare,
      services: ['home'],
      partners: [
        { organisation: 'icb', contribution: contributions[0], ...(shares ? { agreedShare: shares[0] } : {}) },
        { organisation: 'council', contribution: contributions[1], ...(shares ? { agreedShare: shares[1] } : {}) },
      ],
    },
  ];
  return document;
}

function central(document: unknown) {
  const model = compileModel(document);
  const result = centralCase(model, 1);
  const lines = (id: string) => result.statements.find((statement) => statement.entityId === id)!.lines;
  const run = runScenario(document, { trials: 1, seed: 1 });
  return { lines, yearEnd: result.yearEnd[0], pool: run.results.pooledBudgets?.[0] as NonNullable<typeof run.results.pooledBudgets>[number] };
}

describe('a pooled budget shares its overspend by its own rule', () => {
  it('a 60/40 pool in proportion to contributions splits a £5m overspend £3m / £2m', () => {
    const { lines, pool } = central(pooled('proportional'));
    expect(pool.metrics.poolSpend.mean).toBeCloseTo(130, 9);
    expect(pool.metrics.poolOverspend.mean).toBeCloseTo(5, 9);
    expect(pool.partners.map((partner) => partner.metrics.partnerShareOfOverspend.mean)).toEqual([expect.closeTo(3, 9), expect.closeTo(2, 9)]);
    expect(pool.partners.map((partner) => partner.metrics.partnerNetCost.mean)).toEqual([expect.closeTo(78, 9), expect.closeTo(52, 9)]);
    // The ICB pays its £75m and its £3m share to the host; the host pays the £130m of care.
    expect(lines('icb').pooledBudgetPayments).toBeCloseTo(78, 9);
    expect(lines('council').pooledBudgetIncome).toBeCloseTo(78, 9);
    expect(lines('council').careServices).toBeCloseTo(130, 9);
    expect(lines('icb').careServices).toBe(0);
  });

  it('the host takes it all: the ICB pays its £75m and nothing more, the council £55m', () => {
    const { pool } = central(pooled('hostTakesAll'));
    expect(pool.partners.map((partner) => partner.metrics.partnerNetCost.mean)).toEqual([expect.closeTo(75, 9), expect.closeTo(55, 9)]);
  });

  it('agreed shares of 50/50 split the £5m £2.5m each, whatever the contributions', () => {
    const { pool } = central(pooled('agreedShares', [75, 50], [0.5, 0.5]));
    expect(pool.partners.map((partner) => partner.metrics.partnerShareOfOverspend.mean)).toEqual([expect.closeTo(2.5, 9), expect.closeTo(2.5, 9)]);
  });

  it('an underspend is returned the same way: £140m paid in 60/40 for £130m of care gives £6m back to the ICB', () => {
    const { lines, pool } = central(pooled('proportional', [84, 56]));
    expect(pool.metrics.poolOverspend.mean).toBeCloseTo(-10, 9);
    expect(pool.partners.map((partner) => partner.metrics.partnerNetCost.mean)).toEqual([expect.closeTo(78, 9), expect.closeTo(52, 9)]);
    expect(lines('icb').pooledBudgetPayments).toBeCloseTo(78, 9);
  });

  it("the ICB's share reaches its control total: its outturn falls by exactly its net cost of the pool, £78m", () => {
    const without = central(careScenario({ services: [] })).yearEnd;
    const { yearEnd } = central(pooled('proportional'));
    expect(without[0].outturn - yearEnd[0].outturn).toBeCloseTo(78, 9);
    expect(without[2].outturn - yearEnd[2].outturn).toBeCloseTo(52, 9);
    // The system (its NHS members) is worse off by what the ICB paid out of it.
    expect(without[3].outturn - yearEnd[3].outturn).toBeCloseTo(78, 9);
  });

  it('in every trial the partners pay exactly what the pool spent, transfers sum to zero and the system is the sum of its organisations', () => {
    const document = pooled('proportional', [75, 50]);
    const service = document.systems[0].careServices![0] as Record<string, unknown>;
    service.users = { dist: 'triangular', min: 4500, mode: 5000, max: 5800 };
    service.weeklyCost = { dist: 'uniform', min: 450, max: 560 };
    const pool = (document.systems[0].pooledBudgets as Array<{ partners: Array<Record<string, unknown>> }>)[0];
    pool.partners[0].contribution = { dist: 'truncatedNormal', mean: 75, sd: 3, min: 0 };
    document.horizon.years = 2;
    const { results } = runScenario(document, { trials: 300, seed: 4 });
    expect(results.accountingChecks.largestPoolImbalance).toBeLessThan(1e-9);
    expect(results.accountingChecks.largestTransferImbalance).toBeLessThan(1e-9);
    expect(results.accountingChecks.largestSystemSumError).toBeLessThan(1e-9);
    expect(results.pooledBudgets![0].probabilityOverspend).toBeGreaterThan(0);
    expect(results.pooledBudgets![0].probabilityOverspend).toBeLessThan(1);
  });
});

describe('pooled budgets are checked before they run', () => {
  const issues = (document: unknown) => {
    const result = validateScenario(document);
    return result.ok ? [] : result.issues.map(({ path, message }) => ({ path, message }));
  };
  const at = 'systems[0].pooledBudgets[0]';

  it('refuses agreed shares that do not add up to 1, and an agreed share under another rule', () => {
    expect(issues(pooled('agreedShares', [75, 50], [0.5, 0.4]))).toEqual([{ path: `${at}.partners`, message: 'the agreed shares add up to 0.9; they must add up to 1' }]);
    expect(issues(pooled('proportional', [75, 50], [0.6, 0.4]))[0]).toEqual({
      path: `${at}.partners[0].agreedShare`,
      message: 'is read only under the rule agreedShares: remove it, or choose that rule',
    });
  });

  it('refuses a host that is not a partner, an unknown service and a negative contribution', () => {
    const document = pooled('proportional', [-1, 50]);
    const pool = (document.systems[0].pooledBudgets as Array<Record<string, unknown>>)[0];
    pool.host = 'trust';
    pool.services = ['home', 'nursing'];
    expect(issues(document)).toEqual([
      { path: `${at}.partners[0].contribution`, message: 'a contribution must be >= 0, got -1' },
      { path: `${at}.host`, message: "the host 'trust' must be one of the pool's partners" },
      { path: `${at}.services[1]`, message: "'nursing' is not a care service of this system" },
    ]);
  });
});
