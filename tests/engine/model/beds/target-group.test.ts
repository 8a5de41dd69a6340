import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../engine/model/compile-model.ts';
import { centralCase } from '../../../../engine/results/central-case.ts';
import { validateScenario } from '../../../../engine/scenario/validate-scenario.ts';
import { bedScenario } from './beds-scenario.ts';

// One trust, 3,650 emergency admissions a year (10 a day), exponential stays of 8 days,
// 400 beds (about 80 occupied: never full), no electives, no delays. A free scheme
// claims 30% from the start and fully delivers.
const SCHEME = { kind: 'admissionAvoidance', organisations: ['trust'], claimedReduction: 0.3, realisation: 1 };
const SHORT_STAYS = { share: 0.5, stay: { family: 'exponential', meanDays: 1.5 } };

function run(interventions: unknown[], bedModel: 'fast' | 'detailed') {
  const document = bedScenario({
    bedModel,
    beds: { coreBeds: 400, emergency: { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: 8 }, incomePerAdmissionPounds: 1590, costPerAdmissionPounds: 500 } },
    interventions,
  });
  const result = centralCase(compileModel(document), 1);
  const beds = result.beds[0][0];
  const trustLines = result.statements.find((statement) => statement.entityId === 'trust')!.lines;
  return { occupiedBeds: beds.occupancy * 400, admissions: beds.emergencyAdmissions, trustLines };
}

describe.each(['fast', 'detailed'] as const)('an avoidance scheme aimed at short stays (%s kernel)', (bedModel) => {
  const none = run([], bedModel);
  const average = run([SCHEME], bedModel);
  const short = run([{ ...SCHEME, targetGroup: SHORT_STAYS }], bedModel);

  it('a fully delivering free scheme aimed at short stays frees fewer bed-days than one aimed at average patients', () => {
    // Average patients: 3 avoided a day × 8 days = 24 beds freed; short stays: 3 × 1.5 = 4.5.
    // The census of one year has a standard error of about √80 × √(16/365) ≈ 1.9 beds.
    expect(none.occupiedBeds - average.occupiedBeds).toBeGreaterThan(24 - 8);
    expect(none.occupiedBeds - short.occupiedBeds).toBeLessThan(4.5 + 8);
    expect(short.occupiedBeds).toBeGreaterThan(average.occupiedBeds + 10);
  });

  it('the plan books the same QIPP and released cost whoever the avoided patients are, and as many are avoided', () => {
    // The claim is of admissions: 30% of 3,650 = 1,095 expected avoided, a QIPP of the variable
    // 20% × £1,590 each (£348,210) and £500 each of released cost, whatever their stay.
    expect(average.trustLines.qippContractReduction).toBeCloseTo(-0.34821, 9);
    expect(short.trustLines.qippContractReduction).toBe(average.trustLines.qippContractReduction);
    expect(short.trustLines.avoidanceCostRelease).toBe(average.trustLines.avoidanceCostRelease);
    expect(Math.abs(short.admissions - average.admissions)).toBeLessThan(4 * Math.sqrt(average.admissions));
    expect(Math.abs(none.admissions * 0.7 - average.admissions)).toBeLessThan(4 * Math.sqrt(average.admissions));
  });
});

describe('validation of a target group', () => {
  const withGroup = (targetGroup: unknown, claimedReduction: unknown = 0.3) =>
    validateScenario(bedScenario({ beds: { emergency: { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: 8 } } }, interventions: [{ ...SCHEME, claimedReduction, targetGroup }] }));
  const issues = (result: ReturnType<typeof validateScenario>) => (result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`));

  it('refuses a group whose share × stay reaches the population mean stay, at its share', () => {
    // 0.6 × 14 = 8.4 days of the 8 an average admission uses.
    expect(issues(withGroup({ share: 0.6, stay: { family: 'exponential', meanDays: 14 } }))).toEqual([
      "interventions[0].targetGroup.share: share × mean stay (0.6 × 14 = 8.4 days) must be below 'trust's emergency mean stay (8 days): the group would use every bed-day an admission uses, leaving none for the others",
    ]);
  });

  it('refuses a claim larger than the group it is aimed at, at the claim', () => {
    expect(issues(withGroup({ share: 0.2, stay: { family: 'exponential', meanDays: 1 } }, 0.3))).toEqual([
      'interventions[0].claimedReduction: claims to avoid 0.3 of emergency admissions, more than its target group holds (0.2)',
    ]);
  });

  it('refuses a group of every admission and a lognormal group without its sd', () => {
    expect(issues(withGroup({ share: 1, stay: { family: 'exponential', meanDays: 1 } }))).toContain(
      'interventions[0].targetGroup.share: must be below 1: a group of every admission is the average patient (leave targetGroup out)',
    );
    expect(issues(withGroup({ share: 0.5, stay: { family: 'lognormal', meanDays: 1 } }))).toEqual(['interventions[0].targetGroup.stay.sdDays: is required for a lognormal stay']);
  });

  it('accepts the short-stay group of the tests above', () => {
    expect(withGroup(SHORT_STAYS).ok).toBe(true);
  });
});
