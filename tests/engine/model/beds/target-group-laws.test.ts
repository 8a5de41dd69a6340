import { describe, expect, it } from 'vitest';
import { otherGroupStay, remainingEmergencyLaws } from '../../../../engine/model/beds/target-group.ts';
import { compileModel } from '../../../../engine/model/compile-model.ts';
import { centralCase } from '../../../../engine/results/central-case.ts';
import { bedScenario } from './beds-scenario.ts';

const EIGHT: { family: 'exponential'; meanDays: number; sdDays: number } = { family: 'exponential', meanDays: 8, sdDays: 0 };
const TWO: { family: 'exponential'; meanDays: number; sdDays: number } = { family: 'exponential', meanDays: 2, sdDays: 0 };

describe('the stays of a target group and the others', () => {
  it('half the admissions at 2 days leave the others 14 days (0.5 × 2 + 0.5 × 14 = 8); avoiding a quarter leaves 7.5 bed-days an admission', () => {
    const other = otherGroupStay(EIGHT, 0.5, TWO);
    expect(other).toEqual({ family: 'exponential', meanDays: 14, sdDays: 14 });
    const mix = remainingEmergencyLaws(EIGHT, 0.5, TWO, other, 0.25, 0);
    // 0.25 of the 0.75 remaining are in the group: mean (1/3)·2 + (2/3)·14 = 10, × 0.75 = 7.5 = 8 − 0.25 × 2.
    expect(mix.targetShare).toBeCloseTo(1 / 3, 12);
    expect(mix.stay.meanDays).toBeCloseTo(10, 12);
  });

  it('schemes for average patients take from both groups pro rata: 10% of all and 20% from the group leave 8 × 0.9 − 0.2 × 2 = 6.8 bed-days', () => {
    const mix = remainingEmergencyLaws(EIGHT, 0.5, TWO, otherGroupStay(EIGHT, 0.5, TWO), 0.2, 0.1);
    expect(mix.stay.meanDays * 0.7).toBeCloseTo(6.8, 12);
  });

  it('refuses a group with every bed-day, a group too spread, a share of 1, and avoiding more than the group holds', () => {
    expect(() => otherGroupStay(EIGHT, 0.5, { family: 'exponential', meanDays: 16, sdDays: 0 })).toThrow('share × mean stay must be below the whole population');
    expect(() => otherGroupStay({ family: 'gamma', meanDays: 8, sdDays: 2 }, 0.5, { family: 'gamma', meanDays: 2, sdDays: 10 })).toThrow('too spread');
    expect(() => otherGroupStay(EIGHT, 1, TWO)).toThrow('must be >= 0 and < 1, got 1');
    expect(() => remainingEmergencyLaws(EIGHT, 0.2, TWO, otherGroupStay(EIGHT, 0.2, TWO), 0.3, 0)).toThrow('which holds only 0.2');
  });

  it('a drawn group that the trust cannot hold stops the run at the group, naming the year', () => {
    const document = bedScenario({
      interventions: [
        { kind: 'admissionAvoidance', organisations: ['trust'], claimedReduction: 0.1, realisation: 1, targetGroup: { share: 'groupShare', stay: { family: 'exponential', meanDays: 12 } } },
      ],
    });
    (document as Record<string, unknown>).parameters = { groupShare: '0.3 + 0.2' };
    // 0.5 × 12 = 6 days of the trust's 5.
    expect(() => centralCase(compileModel(document), 1)).toThrow(
      /^interventions\[0\]\.targetGroup: the target group \(0\.5 of admissions at 12 days\) would use 6 of the 5 bed-days.*\(in 2025\/26\)$/,
    );
  });
});
