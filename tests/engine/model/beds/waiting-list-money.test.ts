import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../engine/model/compile-model.ts';
import { centralCase } from '../../../../engine/results/central-case.ts';
import { runScenario } from '../../../../engine/run-scenario.ts';
import { bedScenario } from './beds-scenario.ts';

function central(document: unknown) {
  const model = compileModel(document);
  const result = centralCase(model, 1);
  return {
    trust: result.statements.find((statement) => statement.entityId === 'trust')!.lines,
    icb: result.statements.find((statement) => statement.entityId === 'icb')!.lines,
    beds: result.beds[0][0],
    list: result.waitingLists[0]?.years[0],
  };
}

const ELECTIVE = { admissionsPerYear: 2600, stay: { family: 'exponential', meanDays: 2 }, incomePerAdmissionPounds: 3684 };
const NO_EMERGENCIES = { admissionsPerYear: 0, stay: { family: 'exponential', meanDays: 5 } };
/** A list of `size` patients, nobody referred or removed: every patient treated is one of them. */
const closedList = (size: number) => ({ startingSize: size, ageProfile: [{ fromWeeks: 0, toWeeks: 52, share: 1 }], referralsPerMonth: 0, removalRatePerMonth: 0 });

describe.each([
  ['activity', 0, 1],
  ['blended', 0.8, 0.2],
  ['block', 1, 0],
] as const)('elective income with a waiting list, %s payment', (paymentModel, fixedShare, variableShare) => {
  it('income follows the operations done, not the slots planned: a list that runs dry after 1,000 operations earns 1,000', () => {
    // Ample beds and no emergencies: without a list every slot is filled (admitted = planned,
    // no income moves); with a list of 1,000 and nobody referred, 1,000 are done and each
    // slot left empty loses the variable share of £3,684.
    const options = { paymentModel, fixedShare, beds: { coreBeds: 200, emergency: NO_EMERGENCIES } };
    const without = central(bedScenario({ ...options, beds: { ...options.beds, elective: ELECTIVE } }));
    const planned = without.beds.electiveAdmissions;
    expect(without.beds.electivesCancelled).toBe(0);
    expect(without.trust.bedActivityIncome).toBe(0);
    const withList = central(bedScenario({ ...options, beds: { ...options.beds, elective: { ...ELECTIVE, waitingList: closedList(1000) } } }));
    expect(withList.beds.electiveAdmissions).toBe(1000);
    expect(withList.list!.treated).toBe(1000);
    expect(withList.list!.listEnd).toBe(0);
    expect(withList.trust.bedActivityIncome).toBeCloseTo((variableShare * 3684 * (1000 - planned)) / 1e6, 9);
    // The commissioner pays what the trust earns: its payments move by the same amount.
    expect(withList.icb.contractPayments - without.icb.contractPayments).toBeCloseTo(withList.trust.bedActivityIncome, 9);
  });

  it('a cancelled operation’s income comes back when it is done: 15 patients, cancelled on a full ward, are all done within the year and earn 15 operations', () => {
    // Five beds that start full of long-staying patients: the first days' operations are
    // cancelled and rebooked on the next elective day, until beds come free. No patient
    // is lost, so the year's income is that of all 15 operations, exactly as if none had
    // been cancelled (against the same plan).
    const beds = { coreBeds: 5, emergency: NO_EMERGENCIES, elective: { ...ELECTIVE, stay: { family: 'exponential', meanDays: 20 }, waitingList: closedList(15) } };
    const { trust, beds: figures, list } = central(bedScenario({ paymentModel, fixedShare, beds }));
    expect(figures.electivesCancelled).toBeGreaterThan(0);
    expect(list!.rebooked).toBe(figures.electivesCancelled);
    expect(list!.treated).toBe(15);
    expect(list!.listEnd).toBe(0);
    const planned = central(bedScenario({ paymentModel, fixedShare, beds: { coreBeds: 200, emergency: NO_EMERGENCIES, elective: ELECTIVE } })).beds.electiveAdmissions;
    expect(trust.bedActivityIncome).toBeCloseTo((variableShare * 3684 * (15 - planned)) / 1e6, 9);
  });
});

describe('waiting lists in the results', () => {
  const document = bedScenario({
    trials: 30,
    beds: {
      coreBeds: 90,
      emergency: { admissionsPerYear: 5475, stay: { family: 'exponential', meanDays: 5 }, incomePerAdmissionPounds: 1590 },
      elective: {
        ...ELECTIVE,
        waitingList: {
          startingSize: { dist: 'uniform', min: 1500, max: 2500 },
          ageProfile: [
            { fromWeeks: 0, toWeeks: 18, share: 0.6 },
            { fromWeeks: 18, toWeeks: 52, share: 0.37 },
            { fromWeeks: 52, toWeeks: 78, share: 0.03 },
          ],
          referralsPerMonth: 230,
          referralGrowth: 0.02,
          removalRatePerMonth: 0.01,
          rebookAfterDays: 7,
        },
      },
    },
  });

  it('report each list per year and month, balancing exactly in every trial (the accounting check is 0)', () => {
    const { results, model } = runScenario(document);
    expect(results.accountingChecks.largestWaitingListImbalance).toBe(0);
    const [row] = results.waitingLists!;
    expect(row.entityId).toBe('trust');
    const m = row.metrics;
    expect(m.listStart.mean + m.referralsAdded.mean - m.treated.mean - m.removedUntreated.mean).toBeCloseTo(m.listEnd.mean, 6);
    expect(m.treated.mean).toBeCloseTo(results.beds[0].metrics.electiveAdmissions.mean, 9);
    expect(m.over52Weeks.mean).toBeLessThanOrEqual(m.over18Weeks.mean);
    // About 2.0% of 2,000 removed a month for 12 months: some, not many.
    expect(m.removedUntreated.mean).toBeGreaterThan(100);
    const [months] = results.waitingListMonths!;
    expect(months.listSize.p50).toHaveLength(model.monthCount);
    for (let month = 0; month < model.monthCount; month++) expect(months.listSize.p5[month]).toBeLessThanOrEqual(months.listSize.p95[month]);
    expect(months.central.endSize[11]).toBe(row.central.listEnd);
  });

  it('are absent, with their accounting check, when no trust has a list', () => {
    const { results } = runScenario(bedScenario({ trials: 5 }));
    expect(results.waitingLists).toBeUndefined();
    expect(results.waitingListMonths).toBeUndefined();
    expect('largestWaitingListImbalance' in results.accountingChecks).toBe(false);
  });
});
