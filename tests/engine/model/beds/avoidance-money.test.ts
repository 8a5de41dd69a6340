import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../engine/model/compile-model.ts';
import { centralCase } from '../../../../engine/results/central-case.ts';
import { bedScenario } from './beds-scenario.ts';

// One trust, one year (2025/26, 365 days), 3,650 emergency admissions a year
// with no growth, flat profiles and 400 beds (about 50 occupied: nobody is
// ever refused). A free scheme claims 20%: the plan expects 730 admissions
// avoided. Income £1,590 and marginal cost £500 per admission.
const CLAIMED_AVOIDED = 3650 * 0.2;
const INCOME = 1590;
const MARGINAL = 500;

const PAYMENT_MODELS = [
  { name: 'block', paymentModel: 'block', variableShare: 0 },
  { name: 'activity', paymentModel: 'activity', variableShare: 1 },
  { name: 'blended (80% fixed)', paymentModel: 'blended', fixedShare: 0.8, variableShare: 0.2 },
] as const;

function central(payment: (typeof PAYMENT_MODELS)[number], realisation: number | undefined) {
  const document = bedScenario({
    paymentModel: payment.paymentModel,
    fixedShare: 'fixedShare' in payment ? payment.fixedShare : undefined,
    beds: {
      coreBeds: 400,
      emergency: { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: 5 }, incomePerAdmissionPounds: INCOME, costPerAdmissionPounds: MARGINAL },
    },
    interventions: realisation === undefined ? [] : [{ kind: 'admissionAvoidance', organisations: ['trust'], claimedReduction: 0.2, realisation }],
  });
  const result = centralCase(compileModel(document), 1);
  const lines = (id: string) => result.statements.find((statement) => statement.entityId === id)!.lines;
  const [icb, trust, system] = result.yearEnd[0];
  const beds = result.beds[0][0];
  return { icb, trust, system, icbLines: lines('icb'), trustLines: lines('trust'), beds, arrivals: beds.emergencyAdmissions + beds.patientsNotAdmitted };
}

describe('admission avoidance: the plan books the claimed saving, the trial books what happens', () => {
  for (const payment of PAYMENT_MODELS) {
    describe(`${payment.name} payment`, () => {
      const none = central(payment, undefined);
      const full = central(payment, 1);
      const nothing = central(payment, 0);
      const qipp = (payment.variableShare * INCOME * CLAIMED_AVOIDED) / 1e6;

      it('the plan books the QIPP (variable share × income × admissions expected avoided) and releases their marginal cost', () => {
        // Blended: 0.2 × £1,590 × 730 = £232,140; activity: £1,160,700; block: nothing.
        expect(full.trustLines.qippContractReduction).toBeCloseTo(-qipp, 9);
        expect(nothing.trustLines.qippContractReduction).toBeCloseTo(-qipp, 9);
        // £500 × 730 = £365,000 taken out of the trust's planned costs.
        expect(full.trustLines.avoidanceCostRelease).toBeCloseTo(-(MARGINAL * CLAIMED_AVOIDED) / 1e6, 9);
        // The commissioner pays the £200m contract less its QIPP, plus activity above plan.
        expect(full.icbLines.contractPayments).toBeCloseTo(200 - qipp + full.trustLines.bedActivityIncome, 9);
        expect(none.trustLines.qippContractReduction).toBe(0);
        expect(none.trustLines.avoidanceCostRelease).toBe(0);
      });

      it('a free scheme that fully delivers leaves the system better off than no scheme by marginal cost × avoided admissions', () => {
        expect(none.beds.patientsNotAdmitted).toBe(0);
        expect(full.beds.patientsNotAdmitted).toBe(0);
        // The same patients, less the avoided ones: about the 730 claimed (Poisson days on
        // common random numbers; 4 standard deviations of a Poisson count of 730 is 108).
        const avoided = none.arrivals - full.arrivals;
        expect(Math.abs(avoided - CLAIMED_AVOIDED)).toBeLessThan(4 * Math.sqrt(CLAIMED_AVOIDED));
        expect(full.system.outturn - none.system.outturn).toBeCloseTo((MARGINAL * avoided) / 1e6, 9);
        // The commissioner saves the variable part of the income for each avoided
        // admission; the trust keeps the rest of the marginal cost it no longer spends.
        expect(full.icb.outturn - none.icb.outturn).toBeCloseTo((payment.variableShare * INCOME * avoided) / 1e6, 9);
        expect(full.trust.outturn - none.trust.outturn).toBeCloseTo(((MARGINAL - payment.variableShare * INCOME) * avoided) / 1e6, 9);
      });

      it('a scheme that delivers nothing leaves the commissioner short by the QIPP it booked', () => {
        // Realisation 0: the same patients arrive as with no scheme.
        expect(nothing.arrivals).toBe(none.arrivals);
        // Against its plan the commissioner pays for every admission the plan took out:
        // the activity above plan costs it exactly its QIPP more than without a scheme.
        expect(nothing.trustLines.bedActivityIncome - none.trustLines.bedActivityIncome).toBeCloseTo(qipp, 9);
        // So it ends where it would have without the scheme, its booked saving gone.
        expect(nothing.icb.outturn).toBeCloseTo(none.icb.outturn, 9);
        // The trust's released cost comes back as marginal cost of patients above plan.
        expect(nothing.trustLines.bedActivityCosts - none.trustLines.bedActivityCosts).toBeCloseTo((MARGINAL * CLAIMED_AVOIDED) / 1e6, 9);
        expect(nothing.trust.outturn).toBeCloseTo(none.trust.outturn, 9);
        expect(nothing.system.outturn).toBeCloseTo(none.system.outturn, 9);
      });
    });
  }

  it('the saving to the system does not depend on the payment model', () => {
    const gains = PAYMENT_MODELS.map((payment) => central(payment, 1).system.outturn - central(payment, undefined).system.outturn);
    expect(gains[0]).toBeGreaterThan(0);
    expect(gains[1]).toBeCloseTo(gains[0], 9);
    expect(gains[2]).toBeCloseTo(gains[0], 9);
  });
});
