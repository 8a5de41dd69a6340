import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../engine/model/compile-model.ts';
import { centralCase } from '../../../engine/results/central-case.ts';
import { oneTrustScenario } from '../fixtures.ts';
import { achievablePlan } from '../../../engine/model/achievable-plan.ts';

/**
 * One acute trust for one year, worked by hand (money in £m):
 * contract at plan 400 × 1.02 = 408; activity index 1.071 / 1.02 = 1.05;
 * other income 20 × 1.10 = 22; pay 250 × 1.04 = 260, non-pay 100 × 1.03 = 103,
 * drugs 40: flexible costs 403; activity costs 403 × 0.5 × 0.05 = 10.075;
 * CIP 5% of 403 = 20.15, 80% delivered = 16.12; PFI 10 × 1.05 = 10.5;
 * capital charges 12; PDC dividend 6. Expenditure 425.455.
 */
const EXPENDITURE = 403 + 10.075 - 16.12 + 10.5 + 12 + 6;

function trustYear(paymentModel: 'block' | 'activity' | 'blended', fixedShare?: number) {
  const model = compileModel(oneTrustScenario({ paymentModel, fixedShare }));
  const central = centralCase(model, 1);
  const statement = central.statements.find((entry) => entry.entityId === 'trust');
  const icb = central.statements.find((entry) => entry.entityId === 'icb');
  return { statement: statement!.lines, icb: icb!.lines, trust: central.yearEnd[0][1], icbYear: central.yearEnd[0][0], system: central.yearEnd[0][2] };
}

describe('one organisation, one year, by payment model', () => {
  it('books every cost line as worked by hand', () => {
    const { statement } = trustYear('block');
    expect(statement.pay).toBeCloseTo(260, 10);
    expect(statement.nonPay).toBeCloseTo(103, 10);
    expect(statement.drugs).toBeCloseTo(40, 10);
    expect(statement.activityCosts).toBeCloseTo(10.075, 10);
    expect(statement.cipSavings).toBeCloseTo(-16.12, 10);
    expect(statement.pfi).toBeCloseTo(10.5, 10);
    expect(statement.capitalCharges).toBeCloseTo(12, 10);
    expect(statement.pdcDividend).toBeCloseTo(6, 10);
    expect(statement.otherIncome).toBeCloseTo(22, 10);
  });

  it('block: income is the planned contract whatever the activity, so the trust carries the extra demand', () => {
    const { statement, trust, icbYear } = trustYear('block');
    expect(statement.contractIncome).toBeCloseTo(408, 10);
    expect(trust.outturn).toBeCloseTo(408 + 22 - EXPENDITURE, 10); // 4.545
    expect(trust.variance).toBeCloseTo(4.545 + 2, 10);
    expect(icbYear.outturn).toBeCloseTo(1050 - 500 - 408, 10); // 142
  });

  it('activity: income follows activity (5% above plan), so the commissioner carries it', () => {
    const { statement, trust, icbYear } = trustYear('activity');
    expect(statement.contractIncome).toBeCloseTo(408 * 1.05, 10); // 428.4
    expect(trust.outturn).toBeCloseTo(428.4 + 22 - EXPENDITURE, 10); // 24.945
    expect(icbYear.outturn).toBeCloseTo(1050 - 500 - 428.4, 10);
  });

  it('blended: 70% fixed and 30% variable earns 408 × (0.7 + 0.3 × 1.05)', () => {
    const { statement, trust } = trustYear('blended', 0.7);
    expect(statement.contractIncome).toBeCloseTo(414.12, 10);
    expect(trust.outturn).toBeCloseTo(414.12 + 22 - EXPENDITURE, 10); // 10.665
  });

  it('the system outturn is the sum of its organisations, whatever the payment model', () => {
    for (const paymentModel of ['block', 'activity', 'blended'] as const) {
      const { trust, icbYear, system } = trustYear(paymentModel, 0.7);
      expect(system.outturn).toBeCloseTo(trust.outturn + icbYear.outturn, 10);
      // Contract money leaves the ICB and reaches the trust: it cancels in the system.
      expect(system.outturn).toBeCloseTo(1050 - 500 + 22 - EXPENDITURE, 10);
      expect(system.controlTotal).toBe(-2);
    }
  });
});

describe('a CIP with a ceiling', () => {
  it('counts a plan p against a ceiling c as c·(1 − e^(−p/c)): 5% against 5% is 3.16%', () => {
    const document = oneTrustScenario() as Record<string, any>;
    document.systems[0].organisations[1].cip = { plan: 0.05, delivery: 0.8, ceiling: 0.05 };
    const central = centralCase(compileModel(document), 1);
    const lines = central.statements.find((entry) => entry.entityId === 'trust')!.lines;
    // 403 × 0.05 × (1 − e^−1) × 0.8 = 10.1908...
    expect(lines.cipSavings).toBeCloseTo(-403 * 0.05 * (1 - Math.exp(-1)) * 0.8, 10);
  });

  it('barely changes a small plan and never exceeds the ceiling', () => {
    expect(achievablePlan(0.005, 0.05)).toBeCloseTo(0.05 * (1 - Math.exp(-0.1)), 15);
    expect(achievablePlan(0.005, 0.05)).toBeGreaterThan(0.95 * 0.005);
    expect(achievablePlan(0.5, 0.05)).toBeLessThan(0.05);
    expect(achievablePlan(0.04, 0)).toBe(0.04);
  });
});
