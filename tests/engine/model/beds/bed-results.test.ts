import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../../engine/run-scenario.ts';
import { bedColumnOf } from '../../../../engine/montecarlo/column-layout.ts';
import { bedScenario } from './beds-scenario.ts';

describe('bed results from a scenario', () => {
  it("Little's law through the whole model: with ample beds, mean census = arrivals a day × mean stay", () => {
    // 3,650 arrivals a year (10 a day, flat), exponential stays of 5 days, 400 beds:
    // offered load 50, so occupancy 50/400 = 12.5%. The census is Poisson(50) about
    // its mean but correlated from day to day over about a stay, so one trial's mean
    // census has sd about sqrt(50 × 2 × 5 / 365) ≈ 1.2 beds, and the mean of 200
    // trials about 0.08 beds: 0.0002 of occupancy. The tolerance, 0.0015, is seven
    // of those: it would catch a day-count, calendar or growth error of 1%.
    const { results } = runScenario(bedScenario({ beds: { coreBeds: 400 }, trials: 200 }));
    const [trust] = results.beds;
    expect(Math.abs(trust.metrics.occupancy.mean - 0.125)).toBeLessThan(0.0015);
    expect(trust.metrics.patientsNotAdmitted.max).toBe(0);
    expect(trust.metrics.daysAbove85.max).toBe(0);
    // Daily census Poisson(50) of 400 beds: median 50 → 12% band; P5 = 39 beds (9%), P95 = 62 (15%),
    // from the Poisson quantiles (R: qpois(c(.05,.5,.95), 50) = 39, 50, 62), read at the band's lower edge.
    expect(trust.dailyOccupancyQuantiles.p50).toBe(0.12);
    expect(trust.dailyOccupancyQuantiles.p5).toBeGreaterThanOrEqual(0.09);
    expect(trust.dailyOccupancyQuantiles.p5).toBeLessThanOrEqual(0.1);
    expect(trust.dailyOccupancyQuantiles.p95).toBeGreaterThanOrEqual(0.15);
    expect(trust.dailyOccupancyQuantiles.p95).toBeLessThanOrEqual(0.16);
  });

  it('reports a daily occupancy distribution that sums to one and whose mean matches the occupancy', () => {
    const { results } = runScenario(bedScenario({ beds: { coreBeds: 60 }, trials: 50 }));
    const [trust] = results.beds;
    const total = trust.occupancyDistribution.reduce((sum, share) => sum + share, 0);
    expect(total).toBeCloseTo(1, 12);
    // Bins are 1% wide and read from their lower edge: the mean lies within half a bin (plus the top bin's cut-off).
    const binMean = trust.occupancyDistribution.reduce((sum, share, bin) => sum + share * (bin + 0.5), 0) / 100;
    expect(Math.abs(binMean - trust.metrics.occupancy.mean)).toBeLessThan(0.006);
  });

  it('closing beds never lowers refused admissions or cancelled electives in the same trial (common random numbers)', () => {
    const beds = {
      coreBeds: 70,
      escalation: { cap: 4, costPerBedDayPounds: 600 },
      emergency: { admissionsPerYear: 4400, growth: { dist: 'normal', mean: 0.02, sd: 0.03 }, stay: { family: 'lognormal', meanDays: 5, sdDays: 7 } },
      elective: { admissionsPerYear: 1200, stay: { family: 'lognormal', meanDays: 3, sdDays: 3 } },
      delayedDischarge: { share: 0.13, meanExtraDays: 4 },
    };
    for (const bedModel of ['fast', 'detailed'] as const) {
      const open = runScenario(bedScenario({ beds, trials: 60, bedModel }));
      const closed = runScenario(bedScenario({ beds, trials: 60, bedModel, interventions: [{ kind: 'closeBeds', organisation: 'trust', beds: 8, from: '2025-09' }] }));
      for (let trial = 0; trial < 60; trial++) {
        for (const metric of ['patientsNotAdmitted', 'electivesCancelled', 'escalationBedDays'] as const) {
          const before = open.block.values[trial * open.block.columnCount + bedColumnOf(open.model, 0, 0, metric)];
          const after = closed.block.values[trial * closed.block.columnCount + bedColumnOf(closed.model, 0, 0, metric)];
          expect(after).toBeGreaterThanOrEqual(before);
        }
      }
    }
  });

  it('gives identical bed results in one chunk or many', () => {
    const document = bedScenario({
      beds: { coreBeds: 55, emergency: { admissionsPerYear: 3650, growth: { dist: 'uniform', min: 0, max: 0.05 }, stay: { family: 'gamma', meanDays: 5, sdDays: 4 } } },
      trials: 40,
    });
    const whole = runScenario(document, { chunkSize: 40 });
    const pieces = runScenario(document, { chunkSize: 7 });
    expect(Array.from(pieces.block.values)).toEqual(Array.from(whole.block.values));
    expect(JSON.stringify(pieces.results.beds)).toBe(JSON.stringify(whole.results.beds));
  });

  it('says which bed path made the figures', () => {
    expect(runScenario(bedScenario({ trials: 2 })).results.meta.bedModel).toBe('fast');
    expect(runScenario(bedScenario({ trials: 2, bedModel: 'detailed' })).results.meta.bedModel).toBe('detailed');
  });
});
