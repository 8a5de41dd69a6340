// Result shaping and the plain-English readings, on a real (small) run of the teaching preset.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { runScenario, type RunResults, type Scenario, type SummaryStatistics } from '../../engine/index.ts';
import { describePath } from '../../ui/src/builder/issues.ts';
import {
  bedDaysReading,
  cliffReading,
  differenceReading,
  fanReading,
  notAdmittedReading,
  outturnReading,
  probabilityReading,
  riskShareReading,
  tornadoReading,
} from '../../ui/src/results/readings.ts';
import {
  cliffs,
  densityFromQuantiles,
  histogramDensity,
  inputLabel,
  occupancyOutline,
  organisationsOf,
  riskShareMatrix,
  rowFor,
  splitAt,
  systemsOf,
  tornado,
} from '../../ui/src/results/shape.ts';

const MINUS = '\u2212\u2060';
const teaching = parse(readFileSync('scenarios/teaching.yaml', 'utf8')) as Scenario;
const systemControlTotal = parse(readFileSync('scenarios/system-control-total.yaml', 'utf8')) as Scenario;
let results: RunResults;
let shire: RunResults;

beforeAll(() => {
  results = runScenario(teaching, { trials: 300, seed: 7 }).results;
  shire = runScenario(systemControlTotal, { trials: 200, seed: 7 }).results;
});

const stats = (values: Partial<SummaryStatistics>): SummaryStatistics => ({ mean: 0, sd: 1, p5: 0, p10: 0, p25: 0, p50: 0, p75: 0, p90: 0, p95: 0, min: 0, max: 0, ...values });

describe('shaping results for charts', () => {
  test('systems and their organisations, in scenario order', () => {
    expect(systemsOf(results).map((entity) => entity.id)).toEqual(['riverside']);
    expect(organisationsOf(results, 'riverside').map((entity) => entity.id)).toEqual(['riverside-icb', 'riverside-hospitals', 'hillside', 'riverside-community', 'riverside-council']);
  });

  test('densityFromQuantiles puts each share of trials between its two percentiles', () => {
    const points = densityFromQuantiles(stats({ min: -10, p5: -5, p10: -4, p25: -2, p50: 0, p75: 2, p90: 4, p95: 5, max: 10 }));
    expect(points[0]).toEqual({ x: -10, y: 0 });
    expect(points[1]).toEqual({ x: -5, y: 0.05 / 5 });
    expect(points[4]).toEqual({ x: 0, y: 0.25 / 2 });
    expect(points.at(-1)).toEqual({ x: 10, y: 0 });
    // The steps hold all the trials.
    let area = 0;
    for (let index = 1; index < points.length - 1; index++) area += (points[index].x - points[index - 1].x) * points[index].y;
    expect(area).toBeCloseTo(1, 12);
  });

  test('densityFromQuantiles merges percentiles that coincide and draws a constant as a spike', () => {
    const merged = densityFromQuantiles(stats({ min: 0, p5: 0, p10: 0, p25: 1, p50: 2, p75: 3, p90: 4, p95: 5, max: 6 }));
    expect(merged[1]).toEqual({ x: 1, y: 0.25 });
    const constant = densityFromQuantiles(stats({ min: 3, p5: 3, p10: 3, p25: 3, p50: 3, p75: 3, p90: 3, p95: 3, max: 3 }));
    expect(constant).toHaveLength(3);
    expect(constant[1].x).toBeGreaterThan(3);
  });

  test('histogramDensity of every trial integrates to one', () => {
    const points = histogramDensity(Float64Array.from({ length: 1000 }, (_, index) => index / 10), 20);
    expect(points).toHaveLength(22);
    let area = 0;
    for (let index = 1; index < points.length - 1; index++) area += (points[index].x - points[index - 1].x) * points[index].y;
    expect(area).toBeCloseTo(1, 12);
  });

  test('splitAt cuts a step outline at a threshold, splitting the step that straddles it', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 2, y: 1 },
      { x: 4, y: 2 },
      { x: 4, y: 0 },
    ];
    const { below, above } = splitAt(points, 3);
    expect(below).toEqual([
      { x: 0, y: 0 },
      { x: 2, y: 1 },
      { x: 3, y: 2 },
      { x: 3, y: 0 },
    ]);
    expect(above).toEqual([
      { x: 3, y: 0 },
      { x: 4, y: 2 },
      { x: 4, y: 0 },
      { x: 4, y: 0 },
    ]);
    expect(splitAt(points, -1).below).toEqual([]);
  });

  test('occupancyOutline turns 1% bands into steps over the occupied range', () => {
    const shares = new Array<number>(151).fill(0);
    shares[88] = 0.25;
    shares[90] = 0.75;
    const points = occupancyOutline(shares);
    expect(points[0]).toEqual({ x: 0.87, y: 0 });
    expect(points.find((point) => point.x === 0.89)).toEqual({ x: 0.89, y: 0.25 });
    expect(points.at(-1)).toEqual({ x: 0.92, y: 0 });
  });

  test('the tornado lists the inputs, most influential first, swinging around the mean result', () => {
    const { rows, centre } = tornado(results, 'riverside', 8, (path) => describePath(teaching, path));
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.map((row) => row.label)).toContain('payAward');
    expect(centre).toBeCloseTo(rowFor(results, 'riverside', 0)!.metrics.variance.mean, 9);
    expect(inputLabel('drivers.payAward (2026/27)')).toBe('payAward (2026/27)');
    expect(inputLabel('interventions[0].amount', (path) => describePath(systemControlTotal, path))).toBe('CCG support to Southbay Hospitals: amount');
    expect(inputLabel('systems[0].organisations[2].cip.delivery', (path) => describePath(teaching, path))).toBe('Hillside Hospital: share of the plan delivered');
  });

  test('the risk-share matrix holds every rule for every member, the system last', () => {
    const matrix = riskShareMatrix(shire, 'shire', 0)!;
    expect(matrix.rules.map((rule) => rule.label)).toEqual([
      'Surplus covers deficit (half of any surplus)',
      'Each body for itself',
      'Pro rata to income',
      'Collar £2m, cap £6m',
      'Central reserve of £12m',
    ]);
    expect(matrix.rules[0].isScenarioRule).toBe(true);
    expect(matrix.entities.at(-1)!.id).toBe('shire');
    expect(matrix.probability).toHaveLength(5);
    expect(riskShareMatrix(results, 'riverside', 0)).toBeUndefined();
  });

  test('cliffs come from the scenario funds, or from what was paid when the scenario is unknown', () => {
    const fromScenario = cliffs(results, 0, teaching);
    expect(fromScenario).toHaveLength(1);
    expect(fromScenario[0]).toMatchObject({ entityId: 'hillside', fundName: 'Financial recovery fund', amount: 6, condition: 'organisation', controlTotal: -10 });
    const fromResults = cliffs(results, 0);
    expect(fromResults.map((cliff) => cliff.entityId)).toEqual(['hillside']);
    expect(fromResults[0].amount).toBeUndefined();
  });
});

describe('plain-English readings', () => {
  test('the chance of meeting the control total', () => {
    expect(
      probabilityReading([
        { name: 'Hillside', isSystem: false, probability: 0.36 },
        { name: 'Riverside', isSystem: false, probability: 0.9 },
        { name: 'the system', isSystem: true, probability: 0.69 },
      ]),
    ).toBe('In 31% of trials the system misses its control total; the organisation most at risk, Hillside, misses its own in 64%.');
    expect(probabilityReading([{ name: 'the system', isSystem: true, probability: 1 }])).toBe('In no trial the system misses its control total.');
  });

  test('the outturn, the fan chart and the tornado', () => {
    expect(outturnReading('Riverside ICS', stats({ p5: -38.2, p50: -12.3, p95: 8.8 }), -16, 0.69)).toBe(
      `In 31% of trials Riverside ICS ends below its control total of ${MINUS}£16.0m; the middle trial ends at ${MINUS}£12.3m, and 90% of trials end between ${MINUS}£38.2m and +£8.8m.`,
    );
    expect(fanReading('the system', 'Mar 2026', -20, -3, 5)).toBe(
      'By Mar 2026, the middle trial has the system £3.0m behind plan; in 90% of trials it is somewhere between £20.0m behind plan and £5.0m ahead of plan.',
    );
    expect(tornadoReading([{ label: 'inflation', low: 10, high: -18 }, { label: 'payAward', low: 9, high: -17 }], 'the system')).toBe(
      'Inflation drives the spread most: when it is in its highest tenth, the system ends £28.0m worse on average than when it is in its lowest tenth; next comes payAward.',
    );
    expect(tornadoReading([], 'the system')).toContain('every input is a fixed number');
  });

  test('the cliff, the risk-share rules and a comparison', () => {
    const [cliff] = cliffs(results, 0, teaching);
    expect(cliffReading(cliff)).toMatch(
      new RegExp(`^Hillside Hospital NHS Trust loses all of its £6\\.0m Financial recovery fund if it ends even £1 below its control total of ${MINUS}£10\\.0m: that happens in \\d+% of trials, so on average it receives £\\d\\.\\dm\\.$`),
    );
    expect(riskShareReading(riskShareMatrix(shire, 'shire', 0)!, 'shire')).toMatch(/^The rule matters most to .+: it meets its control total in \d+% of trials under “.+” but in only \d+% under “.+”\.$/);
    const row = { entityId: 'x', entityName: 'Riverside ICS', entityKind: 'system' as const, year: 0, yearLabel: '2025/26', metric: 'postShareVariance' as const, baseline: stats({}), alternative: stats({}), difference: stats({ mean: -4.2, p5: -6, p95: -2 }), probabilityAlternativeHigher: 0.17, probabilityAlternativeLower: 0.83 };
    expect(differenceReading(row, 'Baseline', 'Alternative')).toBe('On the same trials, Alternative leaves Riverside ICS £4.2m worse off on average than Baseline, and better off in 17% of trials.');
  });

  test('beds', () => {
    expect(bedDaysReading('Hillside', '92%', stats({ p5: 56, p50: 107, p95: 168 }))).toBe('Hillside is above 92% occupancy on 107 days a year in the middle trial (90% of trials: 56 to 168 days).');
    expect(notAdmittedReading('Hillside', stats({ p50: 0, max: 9 }), 0.012)).toBe('In the middle trial no emergency patient is turned away at Hillside, but at least one is in 1% of trials (up to 9 in the worst).');
    expect(notAdmittedReading('Hillside', stats({ p50: 0 }), 0)).toBe('Hillside never has to turn an emergency patient away, in any trial.');
    expect(notAdmittedReading('Hillside', stats({ p5: 800, p50: 1200, p95: 2100 }), 1)).toBe('In the middle trial, 1,200 emergency patients cannot be admitted at Hillside (90% of trials: 800 to 2,100).');
  });
});
