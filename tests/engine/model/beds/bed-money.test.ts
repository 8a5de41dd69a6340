import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../engine/model/compile-model.ts';
import { centralCase } from '../../../../engine/results/central-case.ts';
import { runScenario } from '../../../../engine/run-scenario.ts';
import { bedScenario } from './beds-scenario.ts';

function centralLines(document: unknown) {
  const model = compileModel(document);
  const central = centralCase(model, 1);
  return {
    trust: central.statements.find((statement) => statement.entityId === 'trust')!.lines,
    icb: central.statements.find((statement) => statement.entityId === 'icb')!.lines,
    beds: central.beds[0][0],
    yearEnd: central.yearEnd[0],
  };
}

describe('money booked from the bed model', () => {
  it('a closure books the cost per bed day for each closed bed-day, times the real share', () => {
    // 10 beds closed from 1 October 2025 to 31 March 2026: 182 days × 10 beds ×
    // £365 × 0.5 real = £332,150 = £0.33215m saved. No patients, so nothing else moves.
    const { trust } = centralLines(
      bedScenario({
        beds: { emergency: { admissionsPerYear: 0, stay: { family: 'exponential', meanDays: 5 } } },
        interventions: [{ kind: 'closeBeds', organisation: 'trust', beds: 10, from: '2025-10', savingRealisation: 0.5 }],
      }),
    );
    expect(trust.bedClosureSavings).toBeCloseTo(-0.33215, 10);
    expect(trust.escalationCosts).toBe(0);
    expect(trust.bedActivityIncome).toBe(0);
  });

  it('opened beds cost the cost per bed day; a scheme costs its payer from its start month', () => {
    // 5 beds from 1 January 2026: 90 days × 5 × £365 = £0.16425m. Scheme £12m a
    // year from July: 9 months × £1m.
    const { trust, icb } = centralLines(
      bedScenario({
        beds: { emergency: { admissionsPerYear: 0, stay: { family: 'exponential', meanDays: 5 } } },
        interventions: [
          { kind: 'openBeds', organisation: 'trust', beds: 5, from: '2026-01' },
          { kind: 'admissionAvoidance', organisations: ['trust'], claimedReduction: 0.1, realisation: 0.5, annualCost: 12, paidBy: 'icb', from: '2025-07' },
        ],
      }),
    );
    expect(trust.bedOpeningCosts).toBeCloseTo(0.16425, 10);
    expect(icb.schemeCosts).toBeCloseTo(9, 10);
  });

  it('admissions above the plan earn the variable share of the income per admission, paid by the commissioner', () => {
    // Planned: 3,650 a year at face value of a 20% claimed reduction = 2,920; only
    // half the claim comes true, so about 3,285 arrive. With ample beds all are
    // admitted, and each one above plan earns 20% × £1,590 and costs £500.
    const { trust, icb, beds } = centralLines(
      bedScenario({
        beds: {
          coreBeds: 400,
          emergency: { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: 5 }, incomePerAdmissionPounds: 1590, costPerAdmissionPounds: 500 },
        },
        interventions: [{ kind: 'admissionAvoidance', organisations: ['trust'], claimedReduction: 0.2, realisation: 0.5 }],
      }),
    );
    const planned = 3650 * (1 - 0.2);
    const aboveTarget = beds.emergencyAdmissions - planned;
    expect(beds.patientsNotAdmitted).toBe(0);
    expect(aboveTarget).toBeGreaterThan(200);
    expect(trust.bedActivityIncome).toBeCloseTo((0.2 * 1590 * aboveTarget) / 1e6, 9);
    expect(trust.bedActivityCosts).toBeCloseTo((500 * aboveTarget) / 1e6, 9);
    // The ICB pays the trust's contract, less the QIPP its plan booked for the
    // 730 admissions claimed avoided (0.2 × £1,590 × 730), plus the activity above plan.
    expect(trust.qippContractReduction).toBeCloseTo(-(0.2 * 1590 * 730) / 1e6, 9);
    expect(icb.contractPayments).toBeCloseTo(200 + trust.qippContractReduction + trust.bedActivityIncome, 9);
  });

  it('income follows the patients admitted, cost the patients who arrive: refusals and cancellations lose income and save nothing', () => {
    // A ward too small for its demand, with the loss front door: some emergencies cannot
    // be admitted and some operations are cancelled. Planned emergencies: 5,475 (no
    // avoidance, no growth).
    const { trust, beds } = centralLines(
      bedScenario({
        beds: {
          coreBeds: 70,
          frontDoor: 'loss',
          emergency: { admissionsPerYear: 5475, stay: { family: 'exponential', meanDays: 5 }, incomePerAdmissionPounds: 1590, costPerAdmissionPounds: 500 },
          elective: { admissionsPerYear: 1500, stay: { family: 'exponential', meanDays: 3 }, incomePerAdmissionPounds: 3684 },
        },
      }),
    );
    expect(beds.patientsNotAdmitted).toBeGreaterThan(0);
    expect(beds.electivesCancelled).toBeGreaterThan(0);
    const plannedEmergencies = 5475;
    const arrivals = beds.emergencyAdmissions + beds.patientsNotAdmitted;
    expect(trust.bedActivityIncome).toBeCloseTo((0.2 * (1590 * (beds.emergencyAdmissions - plannedEmergencies) - 3684 * beds.electivesCancelled)) / 1e6, 9);
    expect(trust.bedActivityCosts).toBeCloseTo((500 * (arrivals - plannedEmergencies)) / 1e6, 9);
  });

  it('with the front door a queue, patients who find no bed wait and are admitted later: income and cost follow the admissions', () => {
    // The same ward with the default front door: no one is lost; a patient who waits is
    // admitted (and paid for, and costs) when a bed comes free.
    const { trust, beds } = centralLines(
      bedScenario({
        beds: {
          coreBeds: 70,
          emergency: { admissionsPerYear: 5475, stay: { family: 'exponential', meanDays: 5 }, incomePerAdmissionPounds: 1590, costPerAdmissionPounds: 500 },
          elective: { admissionsPerYear: 1500, stay: { family: 'exponential', meanDays: 3 }, incomePerAdmissionPounds: 3684 },
        },
      }),
    );
    expect(beds.patientsNotAdmitted).toBe(0);
    expect(beds.patientsWhoWaited).toBeGreaterThan(0);
    expect(beds.waitsOver4Hours).toBeGreaterThanOrEqual(beds.waitsOver12Hours);
    expect(beds.decisionToAdmitMeanHours).toBeGreaterThan(0);
    const plannedEmergencies = 5475;
    expect(trust.bedActivityIncome).toBeCloseTo((0.2 * (1590 * (beds.emergencyAdmissions - plannedEmergencies) - 3684 * beds.electivesCancelled)) / 1e6, 9);
    expect(trust.bedActivityCosts).toBeCloseTo((500 * (beds.emergencyAdmissions - plannedEmergencies)) / 1e6, 9);
  });

  it('a patient diverted to a neighbour or who leaves the trolley queue is neither paid for nor costed here', () => {
    // The same full ward, diverting every arrival once 5 wait and letting patients leave
    // after 6 hours: income and cost follow the admissions alone, and every arrival is
    // admitted, diverted, left or (at the end of the year) still waiting.
    const { trust, beds } = centralLines(
      bedScenario({
        beds: {
          coreBeds: 70,
          diversion: { queueLength: 5, share: 1 },
          abandonAfterHours: 6,
          emergency: { admissionsPerYear: 5475, stay: { family: 'exponential', meanDays: 5 }, incomePerAdmissionPounds: 1590, costPerAdmissionPounds: 500 },
          elective: { admissionsPerYear: 1500, stay: { family: 'exponential', meanDays: 3 }, incomePerAdmissionPounds: 3684 },
        },
      }),
    );
    expect(beds.patientsNotAdmitted).toBe(0);
    expect(beds.patientsDiverted).toBeGreaterThan(0);
    expect(beds.patientsAbandoned).toBeGreaterThan(0);
    expect(beds.trolleyQueuePeak).toBeLessThanOrEqual(5);
    expect(beds.decisionToAdmitP90Hours).toBeLessThanOrEqual(6);
    const plannedEmergencies = 5475;
    expect(trust.bedActivityIncome).toBeCloseTo((0.2 * (1590 * (beds.emergencyAdmissions - plannedEmergencies) - 3684 * beds.electivesCancelled)) / 1e6, 9);
    expect(trust.bedActivityCosts).toBeCloseTo((500 * (beds.emergencyAdmissions - plannedEmergencies)) / 1e6, 9);
  });

  it('a block contract earns nothing for extra admissions', () => {
    const { trust } = centralLines(
      bedScenario({
        paymentModel: 'block',
        beds: { coreBeds: 400, emergency: { admissionsPerYear: 3650, growth: 0.1, plannedGrowth: 0, stay: { family: 'exponential', meanDays: 5 }, incomePerAdmissionPounds: 1590 } },
      }),
    );
    expect(trust.bedActivityIncome).toBe(0);
  });

  it('escalation bed days cost the escalation rate', () => {
    // A small ward, over-full: every escalation bed day costs £600.
    const document = bedScenario({
      beds: {
        coreBeds: 40,
        escalation: { cap: 10, costPerBedDayPounds: 600 },
        emergency: { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: 5 } },
      },
    });
    const { trust, beds } = centralLines(document);
    expect(beds.escalationBedDays).toBeGreaterThan(0);
    expect(trust.escalationCosts).toBeCloseTo((beds.escalationBedDays * 600) / 1e6, 9);
  });

  it('keeps money conserved with beds: the system is the sum of its organisations in every trial', () => {
    const { results } = runScenario(
      bedScenario({
        beds: {
          coreBeds: 60,
          escalation: { cap: 5, costPerBedDayPounds: 600 },
          emergency: { admissionsPerYear: 4000, growth: { dist: 'normal', mean: 0.02, sd: 0.02 }, stay: { family: 'lognormal', meanDays: 5, sdDays: 6 }, incomePerAdmissionPounds: 1500 },
        },
        interventions: [{ kind: 'closeBeds', organisation: 'trust', beds: 10, from: '2025-10' }],
        trials: 50,
      }),
    );
    expect(results.accountingChecks.largestSystemSumError).toBeLessThan(1e-9);
    expect(results.accountingChecks.largestTransferImbalance).toBeLessThan(1e-9);
  });
});
