import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../engine/model/compile-model.ts';
import { centralCase } from '../../../../engine/results/central-case.ts';
import { bedScenario } from './beds-scenario.ts';

const bedsOf = (beds: Record<string, unknown>) => centralCase(compileModel(bedScenario({ beds })), 1).beds[0][0];

describe('occupancy as the NHS reports it: census ÷ beds available, escalation beds included', () => {
  it('equals the core-bed figure when no escalation bed is ever open', () => {
    const beds = bedsOf({ coreBeds: 60, emergency: { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: 5 } } });
    expect(beds.escalationBedDays).toBe(0);
    expect(beds.reportedOccupancy).toBeCloseTo(beds.occupancy, 12);
  });

  it('on an over-full ward it is below the core-bed figure by escalation bed days ÷ (days × core beds), and never above 100%', () => {
    // Escalation beds open only when every core bed is taken, so on such a day the census is
    // core + escalation and the NHS figure is 100%, while the core-bed figure is 1 + escalation ÷ core.
    const beds = bedsOf({ coreBeds: 40, escalation: { cap: 10, costPerBedDayPounds: 600 }, emergency: { admissionsPerYear: 3650, stay: { family: 'exponential', meanDays: 5 } } });
    expect(beds.escalationBedDays).toBeGreaterThan(0);
    expect(beds.occupancy).toBeGreaterThan(beds.reportedOccupancy);
    expect(beds.reportedOccupancy).toBeLessThanOrEqual(1);
    expect(beds.occupancy - beds.reportedOccupancy).toBeCloseTo(beds.escalationBedDays / (365 * 40), 12);
  });
});
