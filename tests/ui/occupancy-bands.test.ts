// The numbers behind "How full, day by day": shares of days in occupancy bands, worked by hand, then on a real run.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { runScenario, type Scenario } from '../../engine/index.ts';
import type { BedYearResult } from '../../ui/src/api/types.ts';
import { dailyOccupancyTable, OCCUPANCY_BANDS, occupancyBandShares } from '../../ui/src/results/occupancy-bands.ts';

/** The engine's 151 bands of 1% (the last 150% and above), empty but for the shares given by band. */
const distribution = (shares: Record<number, number>) => Array.from({ length: 151 }, (_, percent) => shares[percent] ?? 0);

describe('days in each band of occupancy', () => {
  test('the bands are under 85%, 85–92%, 92–100% and 100% or more', () => {
    expect(OCCUPANCY_BANDS.map((band) => band.label)).toEqual(['Under 85%', '85\u2060–\u206092%', '92\u2060–\u2060100%', '100% or more']);
  });

  test('each 1% band of the engine goes to the band that takes in its lower edge', () => {
    // 84% to 85% is under 85%; 85% to 86% is in 85–92%; 91% to 92% too; 92% to 93% in 92–100%; 100% and 150%+ in 100% or more.
    const shares = occupancyBandShares(distribution({ 84: 0.1, 85: 0.2, 91: 0.05, 92: 0.25, 99: 0.1, 100: 0.2, 150: 0.1 }));
    [0.1, 0.25, 0.35, 0.3].forEach((expected, band) => expect(shares[band]).toBeCloseTo(expected, 12));
    expect(occupancyBandShares(distribution({ 0: 1 }))).toEqual([1, 0, 0, 0]);
    expect(occupancyBandShares([])).toEqual([0, 0, 0, 0]);
  });

  test('the table gives each trust its shares of days, then the middle day and the range of 90% of days', () => {
    const row = {
      occupancyDistribution: distribution({ 80: 0.004, 88: 0.5, 95: 0.3, 101: 0.196 }),
      dailyOccupancyQuantiles: { p5: 0.84, p25: 0.88, p50: 0.9, p75: 0.95, p95: 1.01 },
    } as unknown as BedYearResult;
    const table = dailyOccupancyTable([{ name: 'Riverside University Hospitals NHS FT', row }]);
    expect(table.columns).toEqual(['Trust', 'Under 85%', '85\u2060–\u206092%', '92\u2060–\u2060100%', '100% or more', 'Middle day (90% of days)']);
    expect(table.rows).toEqual([['Riverside University Hospitals NHS FT', 'under 1%', '50%', '30%', '20%', '90% (84%–101%)']]);
    expect(table.caption).toContain('a day exactly 92% full counts in 92\u2060–\u2060100%');
    // A run stored before the engine gave the quantiles: the bands alone.
    const older = dailyOccupancyTable([{ name: 'Old', row: { occupancyDistribution: row.occupancyDistribution } as unknown as BedYearResult }]);
    expect(older.columns).toHaveLength(5);
    expect(older.rows[0]).toHaveLength(5);
  });

  test('on a real run of the teaching preset, the bands hold every day', () => {
    const teaching = parse(readFileSync('scenarios/teaching.yaml', 'utf8')) as Scenario;
    const { beds } = runScenario(teaching, { trials: 100, seed: 7 }).results;
    expect(beds.length).toBeGreaterThan(0);
    for (const row of beds) {
      const shares = occupancyBandShares(row.occupancyDistribution);
      expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 9);
      // Every day more than 92% full is in a band of 92% or more (which also holds days exactly 92% full); 2025/26 has 365 days.
      expect(shares[2] + shares[3]).toBeGreaterThanOrEqual(row.metrics.daysAbove92.mean / 365 - 1e-9);
    }
    const table = dailyOccupancyTable(beds.map((row) => ({ name: row.entityId, row })));
    expect(table.rows).toHaveLength(beds.length);
    expect(table.columns).toHaveLength(6);
  });
});
