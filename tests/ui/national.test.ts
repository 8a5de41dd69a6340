import { describe, expect, it } from 'vitest';
import { missingColour, nationalReading, rankingFor, shortSystemName } from '../../ui/src/results/national.ts';
import type { RunResults } from '../../ui/src/api/types.ts';

const statistics = (mean: number, p5: number, p95: number) => ({ mean, sd: 0, p5, p10: p5, p25: p5, p50: mean, p75: p95, p90: p95, p95, min: p5, max: p95 });
const national: NonNullable<RunResults['national']> = {
  systemCount: 2,
  hotOccupancy: 0.92,
  hotDays: 90,
  years: [
    {
      year: 0,
      yearLabel: '2025/26',
      systemsMissing: { distribution: [0.25, 0.5, 0.25], statistics: statistics(1, 0, 2) },
      systemsRunningHot: { distribution: [1, 0, 0], statistics: statistics(0, 0, 0) },
      outturn: statistics(-0.625, -5, 5),
      variance: statistics(-0.625, -5, 5),
      probabilityNationalTotalMet: 0.5,
      contingency: { gross: { p50: 2.25, p90: 4.7, p95: 4.85 }, net: { p50: 1.5, p90: 4.4, p95: 4.7 } },
    },
  ],
  ranking: [
    { systemId: 'a', name: 'NHS Alpha ICS', year: 0, rank: 2, probabilityMissing: 0.5, meanVariance: -0.125, probabilityRunningHot: 0.5 },
    { systemId: 'b', name: 'Beta ICS', year: 0, rank: 1, probabilityMissing: 0.5, meanVariance: -0.5, probabilityRunningHot: undefined },
  ],
};

describe('national results in the UI', () => {
  it("lists a year's systems by rank", () => {
    expect(rankingFor(national, 0).map((row) => row.systemId)).toEqual(['b', 'a']);
  });

  it('reads the year in one sentence: systems missing, their range and the 90% contingency', () => {
    expect(nationalReading(national, 0, '2025/26')).toBe(
      "In 2025/26, on average 1 of the 2 systems miss their control totals (between 0 and 2 in 90% of trials); a national contingency of £4.7m would cover every system's shortfall in 90% of trials (£4.9m for 95%), and the systems together meet the sum of their totals in 50% of trials.",
    );
  });

  it('shortens system names and colours tiles from white towards vermillion, stopping where dark text still reads', () => {
    expect(shortSystemName('NHS Alpha ICS')).toBe('Alpha');
    expect(missingColour(0)).toBe('rgb(255, 255, 255)');
    expect(missingColour(0.5)).toBe('rgb(238, 191, 153)');
    expect(missingColour(1)).toBe('rgb(221, 126, 51)');
    expect(missingColour(2)).toBe('rgb(221, 126, 51)');
  });
});
