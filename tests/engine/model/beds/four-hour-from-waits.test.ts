import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../engine/model/compile-model.ts';
import { centralCase } from '../../../../engine/results/central-case.ts';
import { validateScenario } from '../../../../engine/scenario/validate-scenario.ts';
import { bedScenario } from './beds-scenario.ts';

/** The central case's first-year bed figures of a 52-bed ward at 50 Erlangs (3,650 arrivals a year, 5-day stays), about 91% full, where patients wait. */
function fullWard(fourHourPerformance: Record<string, unknown>) {
  const document = bedScenario({
    beds: { coreBeds: 52, emergency: { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: 5 } }, fourHourPerformance: { baseline: 0.95, ...fourHourPerformance } },
  });
  return centralCase(compileModel(document), 1).beds[0][0];
}

describe("A&E 4-hour performance read from the modelled waits (fourHourPerformance.from 'waits')", () => {
  it('with the decision at arrival, loses each wait over 4 hours for a bed over the year’s attendances (flat arrivals: Σ breaches ÷ (admissions a year × attendances per admission))', () => {
    const beds = fullWard({ from: 'waits', hoursBeforeDecision: 0, attendancesPerAdmission: 4 });
    expect(beds.waitsOver4Hours).toBeGreaterThan(0);
    // 10 admissions a day, the same every day: the mean over days of breaches ÷ 40 is Σ breaches ÷ (365 × 40).
    expect(beds.fourHourPointsLost).toBeCloseTo(beds.waitsOver4Hours / (3650 * 4), 12);
  });

  it('loses more when more of the 4 hours has gone before the decision, on the same patients', () => {
    const atArrival = fullWard({ from: 'waits', hoursBeforeDecision: 0, attendancesPerAdmission: 4 });
    const later = fullWard({ from: 'waits', hoursBeforeDecision: 3, attendancesPerAdmission: 4 });
    expect(later.waitsOver4Hours).toBe(atArrival.waitsOver4Hours);
    expect(later.fourHourPointsLost).toBeGreaterThan(atArrival.fourHourPointsLost);
  });

  it("reads occupancy off the curve by default, as from 'occupancy' does, whatever the waits", () => {
    const byDefault = fullWard({});
    expect(fullWard({ from: 'occupancy' }).fourHourPointsLost).toBe(byDefault.fourHourPointsLost);
    expect(byDefault.fourHourPointsLost).toBeGreaterThan(0);
    expect(fullWard({ from: 'waits', hoursBeforeDecision: 0 }).fourHourPointsLost).not.toBe(byDefault.fourHourPointsLost);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['without the hours before the decision', { from: 'waits' }, 'hoursBeforeDecision', 'is required with from'],
    ['with a penalty curve it would not use', { from: 'waits', hoursBeforeDecision: 2, occupancyPenalty: [{ occupancy: 0.9, fall: 0.03 }] }, 'occupancyPenalty', 'is not used with from'],
    ['with the hours but read from occupancy', { hoursBeforeDecision: 2 }, 'hoursBeforeDecision', "is read only with from 'waits'"],
    ['with 4 hours or more before the decision', { from: 'waits', hoursBeforeDecision: 4 }, 'hoursBeforeDecision', ''],
  ])('is refused at the field %s', (_, fourHour, field, message) => {
    const result = validateScenario(bedScenario({ beds: { fourHourPerformance: { baseline: 0.95, ...fourHour } } }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const issue = result.issues.find((candidate) => candidate.path === `systems[0].organisations[1].beds.fourHourPerformance.${field}`);
      expect(issue?.message).toContain(message);
    }
  });

  it('is refused with the loss front door, which has no waits', () => {
    const result = validateScenario(bedScenario({ beds: { frontDoor: 'loss', fourHourPerformance: { baseline: 0.95, from: 'waits', hoursBeforeDecision: 1 } } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain('systems[0].organisations[1].beds.fourHourPerformance.from');
  });
});
