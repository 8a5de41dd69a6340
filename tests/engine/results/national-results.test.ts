// National results of a multi-system run: worked by hand on two systems and
// four known trials, and checked against the per-system results of a real
// two-system run (Cornwall and Somerset, generated from the reference data).
import { describe, expect, it } from 'vitest';
import { nationalResults, type NationalTrialFigures } from '../../../engine/results/national-results.ts';
import { parseScenarioText, runScenario, type Scenario } from '../../../engine/index.ts';
import { generatePlaceScenario } from '../../../api/scenarios/real-places/generate-scenario.ts';
import { loadReferenceData } from '../../../api/scenarios/real-places/load-reference-data.ts';

// System A: variances −3, 1, −0.5, 2 (control total 0, so outturn the same); its busiest trust
// spends 100, 50, 91, 90 days above 92%. System B: variances −2, −4, 1, 3, no beds.
const twoSystems: NationalTrialFigures = {
  systems: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  yearLabels: ['2025/26'],
  trialCount: 4,
  trials: [
    [{ outturn: [-3, 1, -0.5, 2], variance: [-3, 1, -0.5, 2], busiestTrustDaysAbove92: [100, 50, 91, 90] }],
    [{ outturn: [-2, -4, 1, 3], variance: [-2, -4, 1, 3], busiestTrustDaysAbove92: undefined }],
  ],
};

describe('nationalResults on two systems and four trials', () => {
  const result = nationalResults(twoSystems);
  const [year] = result.years;

  it('counts the systems missing in each trial: 2, 1, 1, 0', () => {
    expect(year.systemsMissing.distribution).toEqual([0.25, 0.5, 0.25]);
    expect(year.systemsMissing.statistics.mean).toBe(1);
  });

  it('adds the systems into a national outturn: −5, −3, 0.5, 5', () => {
    expect(year.outturn.mean).toBeCloseTo(-0.625, 12);
    expect(year.outturn.min).toBe(-5);
    expect(year.outturn.max).toBe(5);
    expect(year.probabilityNationalTotalMet).toBe(0.5);
  });

  it('sizes the contingency from the shortfalls: gross 5, 4, 0.5, 0 and net 5, 3, 0, 0 (type-7 quantiles)', () => {
    // Gross sorted 0, 0.5, 4, 5: P50 at h = 1.5 is 0.5 + 0.5 × 3.5 = 2.25; P90 at h = 2.7 is 4.7; P95 at h = 2.85 is 4.85.
    expect(year.contingency.gross.p50).toBeCloseTo(2.25, 12);
    expect(year.contingency.gross.p90).toBeCloseTo(4.7, 12);
    expect(year.contingency.gross.p95).toBeCloseTo(4.85, 12);
    // Net sorted 0, 0, 3, 5: P50 1.5, P90 3 + 0.7 × 2 = 4.4, P95 4.7.
    expect(year.contingency.net.p50).toBeCloseTo(1.5, 12);
    expect(year.contingency.net.p90).toBeCloseTo(4.4, 12);
    expect(year.contingency.net.p95).toBeCloseTo(4.7, 12);
  });

  it('counts a system as running hot only above 90 days (91 counts, 90 does not)', () => {
    expect(year.systemsRunningHot.distribution).toEqual([0.5, 0.5, 0]);
    expect(result.hotDays).toBe(90);
    expect(result.hotOccupancy).toBe(0.92);
  });

  it('ranks by chance of missing, a tie going to the worse mean variance', () => {
    expect(result.ranking).toEqual([
      { systemId: 'b', name: 'B', year: 0, rank: 1, probabilityMissing: 0.5, meanVariance: -0.5, probabilityRunningHot: undefined },
      { systemId: 'a', name: 'A', year: 0, rank: 2, probabilityMissing: 0.5, meanVariance: -0.125, probabilityRunningHot: 0.5 },
    ]);
  });

  it('counts a variance within the £1 tolerance as met', () => {
    const withinTolerance = nationalResults({
      ...twoSystems,
      trialCount: 1,
      trials: [[{ outturn: [0], variance: [-5e-7], busiestTrustDaysAbove92: undefined }], [{ outturn: [1], variance: [1], busiestTrustDaysAbove92: undefined }]],
    });
    expect(withinTolerance.years[0].systemsMissing.distribution).toEqual([1, 0, 0]);
    expect(withinTolerance.years[0].contingency.gross.p95).toBe(0);
  });
});

describe('national results of a two-system run', () => {
  const reference = loadReferenceData();
  const pair = new Set(['E54000036', 'E54000038']);
  const text = generatePlaceScenario({ icbs: reference.icbs.filter((icb) => pair.has(icb.code)), trusts: reference.trusts.filter((trust) => pair.has(trust.icbCode)) }, { england: true });
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error('the generated pair does not parse');
  const { results } = runScenario(parsed.document as Scenario, { trials: 60, seed: 7 });
  const systemRows = results.table.filter((row) => pair.has(row.entityId));

  it('are present for two systems and absent for one', () => {
    expect(results.national?.systemCount).toBe(2);
    const single = generatePlaceScenario(reference, { icb: 'E54000036' });
    const one = parseScenarioText(single);
    if (!one.ok) throw new Error('Cornwall does not parse');
    const singleDocument = one.document as Scenario;
    singleDocument.horizon = { firstYear: 2025, years: 1 };
    expect('national' in runScenario(singleDocument, { trials: 2, seed: 7 }).results).toBe(false);
  });

  it("give a mean count of systems missing equal to the sum of the systems' chances of missing, each year", () => {
    for (const year of results.national?.years ?? []) {
      const chances = systemRows.filter((row) => row.year === year.year).reduce((sum, row) => sum + (1 - row.probabilityMeetsAfterRiskShare), 0);
      expect(year.systemsMissing.statistics.mean).toBeCloseTo(chances, 10);
      const distributionMean = year.systemsMissing.distribution.reduce((sum, share, count) => sum + share * count, 0);
      expect(distributionMean).toBeCloseTo(chances, 10);
    }
  });

  it("give a national outturn whose mean is the sum of the systems' means, and a contingency rising with confidence", () => {
    for (const year of results.national?.years ?? []) {
      const means = systemRows.filter((row) => row.year === year.year).reduce((sum, row) => sum + row.metrics.outturn.mean, 0);
      expect(year.outturn.mean).toBeCloseTo(means, 8);
      const { gross, net } = year.contingency;
      expect(gross.p50).toBeLessThanOrEqual(gross.p90);
      expect(gross.p90).toBeLessThanOrEqual(gross.p95);
      expect(net.p95).toBeLessThanOrEqual(gross.p95 + 1e-9);
    }
  });

  it('rank the two systems in every year by the same chance the table gives', () => {
    expect(results.national?.ranking).toHaveLength(10);
    for (const row of results.national?.ranking ?? []) {
      const tableRow = systemRows.find((candidate) => candidate.entityId === row.systemId && candidate.year === row.year);
      expect(row.probabilityMissing).toBeCloseTo(1 - (tableRow?.probabilityMeetsAfterRiskShare as number), 12);
    }
  });
}, 120_000);
