// Result shaping and the plain-English readings, on a real (small) run of the teaching preset.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { runScenario, type RunResults, type Scenario, type SummaryStatistics } from '../../engine/index.ts';
import { equalWidthHistogram } from '../../engine/results/histogram.ts';
import { formatSignedMoney } from '../../ui/src/lib/format.ts';
import { describePath } from '../../ui/src/builder/issues.ts';
import { bedScenario } from '../engine/model/beds/beds-scenario.ts';
import {
  bedDaysReading,
  bedDifferenceReading,
  cliffReading,
  differenceReading,
  fanReading,
  waitingListReading,
  fourHourReading,
  notAdmittedReading,
  outturnReading,
  probabilityReading,
  riskShareReading,
  tornadoReading,
} from '../../ui/src/results/readings.ts';
import {
  cliffs,
  densityFromQuantiles,
  fanYear,
  histogramOutline,
  histogramRows,
  inputLabel,
  nameInWords,
  occupancyOutline,
  organisationsOf,
  riskShareMatrix,
  rowFor,
  splitAt,
  splitHistogram,
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

  test('the outline of a histogram of every trial integrates to one', () => {
    const points = histogramOutline(
      equalWidthHistogram(
        Float64Array.from({ length: 1000 }, (_, index) => index / 10),
        20,
      ),
    );
    expect(points).toHaveLength(22);
    let area = 0;
    for (let index = 1; index < points.length - 1; index++) area += (points[index].x - points[index - 1].x) * points[index].y;
    expect(area).toBeCloseTo(1, 12);
  });

  test("histogramOutline steps through the engine's bins, and draws a constant as a spike", () => {
    // Worked by hand: 10 trials in bins [0, 2), [2, 4), [4, 6] holding 2, 5, 3: heights count ÷ 10 ÷ 2.
    expect(histogramOutline({ start: 0, width: 2, counts: [2, 5, 3] })).toEqual([
      { x: 0, y: 0 },
      { x: 2, y: 0.1 },
      { x: 4, y: 0.25 },
      { x: 6, y: 0.15 },
      { x: 6, y: 0 },
    ]);
    const spike = histogramOutline({ start: -3, width: 0, counts: [40] });
    expect(spike).toHaveLength(3);
    expect(spike[0].x).toBeLessThan(-3);
    expect(spike[1].x).toBeGreaterThan(-3);
    expect(histogramOutline({ start: 0, width: 0, counts: [] })).toEqual([]);
    expect(histogramRows({ start: -2, width: 2, counts: [1, 3] }, formatSignedMoney)).toEqual([
      [`${MINUS}£2.0m to £0.0m`, '1 (25%)'],
      ['£0.0m to +£2.0m', '3 (75%)'],
    ]);
  });

  test('splitHistogram shares out the bin at the control total by the exact share of trials that met it', () => {
    const area = (points: readonly { x: number; y: number }[]) => points.slice(1).reduce((sum, point, index) => sum + (point.x - points[index].x) * point.y, 0);
    // Worked by hand: 10 trials in [0, 2), [2, 4), [4, 6] holding 2, 5, 3; the total at 3; 6 trials met it,
    // so 3 of the 5 in the middle bin met it and 2 did not.
    const histogram = { start: 0, width: 2, counts: [2, 5, 3] };
    const { below, above } = splitHistogram(histogram, 3, 0.6);
    expect(below).toEqual([
      { x: 0, y: 0 },
      { x: 2, y: 0.1 },
      { x: 3, y: 0.2 },
      { x: 3, y: 0 },
    ]);
    expect(above).toEqual([
      { x: 3, y: 0 },
      { x: 4, y: 0.3 },
      { x: 6, y: 0.15 },
      { x: 6, y: 0 },
    ]);
    expect(area(below)).toBeCloseTo(0.4, 12);
    expect(area(above)).toBeCloseTo(0.6, 12);
    // Trials that end exactly on a total that is the highest value of all are drawn as meeting it, just right of the line.
    const atTop = splitHistogram({ start: -2, width: 1, counts: [1, 1, 2] }, 1, 0.25);
    expect(atTop.above).toEqual([
      { x: 1, y: 0 },
      { x: 2, y: 0.25 },
      { x: 2, y: 0 },
    ]);
    expect(area(atTop.below)).toBeCloseTo(0.75, 12);
    expect(splitHistogram({ start: -2, width: 1, counts: [4] }, 1, 0).above).toEqual([]);
    // Without the exact share, or with the total on a bin edge, the outline is cut at the line.
    expect(splitHistogram(histogram, 3)).toEqual(splitAt(histogramOutline(histogram), 3));
    expect(splitHistogram(histogram, 4, 0.3)).toEqual(splitAt(histogramOutline(histogram), 4));
  });

  test('splitHistogram keeps areas exact when the total sits just inside a bin: the thin part is widened to a tenth of the bin, not made taller than that', () => {
    const area = (points: readonly { x: number; y: number }[]) => points.slice(1).reduce((sum, point, index) => sum + (point.x - points[index].x) * point.y, 0);
    // Worked by hand: 10 trials in [0, 2), [2, 4), [4, 6] holding 2, 5, 3; the total at 2.05; 7 met it, so 1 of the
    // middle bin's 5 missed. Its part [2, 2.05) is a fortieth of the bin: drawn over [2, 2.2) at 0.1 / 0.2 = 0.5,
    // and the 4 that met over [2.2, 4) at 0.4 / 1.8.
    const { below, above } = splitHistogram({ start: 0, width: 2, counts: [2, 5, 3] }, 2.05, 0.7);
    expect(area(below)).toBeCloseTo(0.3, 12);
    expect(area(above)).toBeCloseTo(0.7, 12);
    expect(below.at(-2)).toEqual({ x: 2.2, y: expect.closeTo(0.5, 12) });
    expect(above[1]).toEqual({ x: 4, y: expect.closeTo(0.4 / 1.8, 12) });
    // The same just below a bin's right edge, for the part that met.
    const right = splitHistogram({ start: 0, width: 2, counts: [2, 5, 3] }, 3.95, 0.4);
    expect(area(right.below)).toBeCloseTo(0.6, 12);
    expect(area(right.above)).toBeCloseTo(0.4, 12);
    expect(right.above[0].x).toBeCloseTo(3.8, 12);
  });

  test('the system outturn histogram holds every trial, and its split at the control total is the exact probability', () => {
    const row = rowFor(results, 'riverside', 0)!;
    const area = (points: readonly { x: number; y: number }[]) => points.slice(1).reduce((sum, point, index) => sum + (point.x - points[index].x) * point.y, 0);
    expect(row.outturnHistogram.counts.reduce((sum, count) => sum + count, 0)).toBe(300);
    const cut = splitAt(histogramOutline(row.outturnHistogram), row.metrics.controlTotal.p50);
    expect(area(cut.below) + area(cut.above)).toBeCloseTo(1, 9);
    const { below, above } = splitHistogram(row.outturnHistogram, row.metrics.controlTotal.p50, row.probabilityMeetsBeforeRiskShare);
    expect(area(below)).toBeCloseTo(1 - row.probabilityMeetsBeforeRiskShare, 2);
    expect(area(above)).toBeCloseTo(row.probabilityMeetsBeforeRiskShare, 2);
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
    // These two checks asserted the raw ids ('payAward') the review asked to replace: labels are now in words, the raw path kept beside them.
    expect(rows.map((row) => row.label)).toContain('Pay award');
    expect(rows.find((row) => row.label === 'Pay award')?.path).toBe('drivers.payAward');
    expect(centre).toBeCloseTo(rowFor(results, 'riverside', 0)!.metrics.variance.mean, 9);
    expect(inputLabel('drivers.payAward (2026/27)')).toBe('Pay award (2026/27)');
    expect(inputLabel('parameters.cipDelivery')).toBe('CIP delivery');
    expect(inputLabel('interventions[0].amount', (path) => describePath(systemControlTotal, path))).toBe('CCG support to Southbay Hospitals: amount');
    expect(inputLabel('systems[0].organisations[2].cip.delivery', (path) => describePath(teaching, path))).toBe('Hillside Hospital: share of the plan delivered');
  });

  test('driver and parameter names read as words', () => {
    expect(nameInWords('payAward')).toBe('Pay award');
    expect(nameInWords('cipDelivery')).toBe('CIP delivery');
    expect(nameInWords('demandGrowth2')).toBe('Demand growth 2');
    expect(nameInWords('tariff_uplift')).toBe('Tariff uplift');
    expect(nameInWords('NHSPayAward')).toBe('NHS pay award');
    expect(nameInWords('inflation')).toBe('Inflation');
  });

  test('a fan chart shows the chosen year: its twelve months, read at its last', () => {
    const months = Array.from({ length: 24 }, (_, index) => `M${index}`);
    const series = Array.from({ length: 24 }, (_, index) => index);
    const fan = { entityId: 'x', p5: series, p10: series, p25: series, p50: series, p75: series, p90: series, p95: series };
    const second = fanYear(fan, months, 1, 2);
    expect(second.labels).toEqual(months.slice(12));
    expect(second.p50.at(-1)).toBe(23);
    expect(fanYear(fan, months, 0, 2).p50.at(-1)).toBe(11);
    expect(fanYear(fan, months.slice(0, 12), 0, 1).labels).toHaveLength(12);
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

  test("cliffs come from the engine's fund outcomes, or from what was paid for results stored without them", () => {
    const fromScenario = cliffs(results, 0);
    expect(fromScenario).toHaveLength(1);
    expect(fromScenario[0]).toMatchObject({ entityId: 'hillside', fundName: 'Financial recovery fund', amount: 6, condition: 'organisation', controlTotal: -15, controlTotalVaries: false });
    // Every trial's position after risk share, on the outturn axis: the cliff at the control total splits them by whether they met it.
    const hillside = rowFor(results, 'hillside', 0)!;
    expect(fromScenario[0].histogram).toEqual({ ...hillside.postShareVarianceHistogram, start: hillside.postShareVarianceHistogram.start - 15 });
    expect(fromScenario[0].histogram!.counts.reduce((sum, count) => sum + count, 0)).toBe(300);
    const outcome = results.incentiveFunds.find((item) => item.entityId === 'hillside' && item.year === 0)!;
    expect(fromScenario[0]).toMatchObject({ probabilityMeets: hillside.probabilityMeetsAfterRiskShare, probabilityPaid: outcome.probabilityPaid, meanPaid: outcome.meanPaid });
    const fromResults = cliffs({ ...results, incentiveFunds: undefined }, 0);
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

  test("the waiting list's month-by-month chart", () => {
    expect(waitingListReading('Riverside', 'Mar 2026', 5100, 6099, 8147.4, 9443, 5169, 200)).toBe(
      'By the end of Mar 2026, 8,147 patients wait for a planned operation at Riverside in the middle trial, 3,047 more than at the start of the year (5,100); in 90% of trials between 6,099 and 9,443. In the central case 5,169 of them have waited 18 weeks or more, and 200 a year (52 weeks) or more.',
    );
    expect(waitingListReading('Hillside', 'Mar 2026', 100, 80, 100.2, 120, 10, 0)).toContain(
      '100 patients wait for a planned operation at Hillside in the middle trial, the same as at the start of the year (100)',
    );
    expect(waitingListReading('Hillside', 'Mar 2026', 100, 60, 90, 95, 10, 0)).toContain('10 fewer than at the start');
  });

  test('the outturn, the fan chart and the tornado', () => {
    expect(outturnReading('Riverside ICS', stats({ p5: -38.2, p50: -12.3, p95: 8.8 }), -16, 0.69)).toBe(
      `In 31% of trials Riverside ICS ends below its control total of ${MINUS}£16.0m; the middle trial ends at ${MINUS}£12.3m, and 90% of trials end between ${MINUS}£38.2m and +£8.8m.`,
    );
    expect(fanReading('the system', 'Mar 2026', -20, -3, 5)).toBe(
      'By Mar 2026, the middle trial has the system £3.0m behind plan; in 90% of trials it is somewhere between £20.0m behind plan and £5.0m ahead of plan.',
    );
    expect(
      tornadoReading(
        [
          { label: 'inflation', low: 10, high: -18 },
          { label: 'payAward', low: 9, high: -17 },
        ],
        'the system',
      ),
    ).toBe('Inflation drives the spread most: when it is in its highest tenth, the system ends £28.0m worse on average than when it is in its lowest tenth; next comes payAward.');
    expect(tornadoReading([], 'the system')).toContain('every input is a fixed number');
  });

  test('mid-sentence, the tornado reading lower-cases a driver or parameter named in words, and nothing that is a name or an acronym', () => {
    const describe = (path: string) => describePath(teaching, path);
    const row = (path: string) => ({ label: inputLabel(path, describe), path, low: 0, high: 1 });
    const next = (path: string) => /; next comes (.*)\.$/.exec(tornadoReading([row('drivers.inflation'), row(path)], 'the system'))?.[1];
    expect(tornadoReading([row('drivers.inflation (2025/26)'), row('drivers.payAward (2025/26)')], 'the system')).toBe(
      'Inflation (2025/26) drives the spread most: when it is in its highest tenth, the system ends £1.0m better on average than when it is in its lowest tenth; next comes pay award (2025/26).',
    );
    expect(next('parameters.tariffUplift')).toBe('tariff uplift');
    // Acronyms keep their capitals.
    expect(next('parameters.cipDelivery')).toBe('CIP delivery');
    expect(next('drivers.pfiIndexation')).toBe('PFI indexation');
    expect(next('drivers.icbAllocationGrowth')).toBe('ICB allocation growth');
    expect(next('drivers.NHSPayAward')).toBe('NHS pay award');
    // A label that starts with an organisation's, a system's or an intervention's name keeps its case.
    expect(next('systems[0].organisations[2].cip.delivery')).toBe('Hillside Hospital: share of the plan delivered');
    expect(next('systems[0].allocation.growth')).toBe('Riverside ICS: allocation growth');
    expect(tornadoReading([row('drivers.inflation'), { label: 'A&E streaming: annual cost', path: 'interventions[0].annualCost', low: 0, high: 1 }], 'the system')).toMatch(
      /; next comes A&E streaming: annual cost\.$/,
    );
    // Without a description of the path the engine's own label stays as it is, ids and all.
    const raw = 'systems[0].organisations[2].cip.delivery (2025/26)';
    expect(tornadoReading([row('drivers.inflation'), { label: inputLabel(raw), path: raw, low: 0, high: 1 }], 'the system')).toMatch(
      /; next comes systems\[0\]\.organisations\[2\]\.cip\.delivery \(2025\/26\)\.$/,
    );
  });

  test("a fund paid partly on A&E 4-hour quarters: the cliff reading gives the part earned, read back from the engine's payments", () => {
    // One trust, quiet April to September and full October to March (as in
    // tests/engine/model/incentive-funds.test.ts): it reaches its 0.90 trajectory
    // in exactly 2 of 4 quarters in every trial, so it earns 50% of the
    // performance part: 5 × (0.7 + 0.3 × 0.5) = £4.25m whenever it is paid.
    const document = bedScenario({
      trials: 40,
      beds: {
        coreBeds: 20,
        emergency: { admissionsPerYear: 3650, monthlyProfile: [0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 1.98, 1.98, 1.98, 1.98, 1.98, 1.98], stay: { family: 'exponential', meanDays: 5 } },
        fourHourPerformance: { baseline: 0.95 },
      },
    }) as unknown as Scenario;
    const system = document.systems[0] as Scenario['systems'][number];
    (system.organisations[1] as { controlTotal: unknown }).controlTotal = -10;
    (system as { incentiveFunds: unknown }).incentiveFunds = [{ name: 'Sustainability fund', amounts: { trust: 5 }, condition: 'organisation', performance: { share: 0.3, fourHourTrajectory: 0.9 } }];
    const { results: run } = runScenario(document);
    const [cliff] = cliffs(run, 0);
    expect(cliff.performance).toEqual({ share: 0.3, fourHour: true });
    expect(cliffReading(cliff)).toMatch(/ Of it, 30% \(£1\.5m\) is paid on A&E 4-hour performance quarter by quarter: when paid, it earns 50% of that part on average\.$/);
    // A part earned from a given fraction reads the same way, from this fund's own payments.
    const given = { ...cliff, performance: { share: 0.3, fourHour: false } };
    expect(cliffReading(given)).toMatch(/ Of it, 30% \(£1\.5m\) is paid on performance: when paid, it earns 50% of that part on average\.$/);
    // Never paid: only the part's size is said.
    expect(cliffReading({ ...given, probabilityPaid: 0, meanPaid: 0 })).toMatch(/ Of it, 30% \(£1\.5m\) is paid on performance\.$/);
  });

  test('the cliff, the risk-share rules and a comparison', () => {
    const [cliff] = cliffs(results, 0);
    expect(cliffReading(cliff)).toMatch(
      new RegExp(
        `^Hillside Hospital NHS Trust loses all of its £6\\.0m Financial recovery fund if it ends even £1 below its control total of ${MINUS}£15\\.0m: that happens in \\d+% of trials, so on average it receives £\\d\\.\\dm\\.$`,
      ),
    );
    expect(riskShareReading(riskShareMatrix(shire, 'shire', 0)!, 'shire')).toMatch(
      /^The rule matters most to .+: it meets its control total in \d+% of trials under “.+” but in only \d+% under “.+”\.$/,
    );
  });

  // This replaces a check that read the position against the control total
  // (post-share variance) as money: "leaves Riverside ICS £4.2m worse off".
  // Money is now read from the outturn, the position as "further above/below".
  describe('a comparison reads money as better or worse off, and the position as above or below the control total', () => {
    type Metric = 'outturn' | 'variance' | 'riskShareTransfer' | 'postShareVariance';
    const row = (metric: Metric, mean: number, higher: number, lower: number, spread = 0) => ({
      entityId: 'x',
      entityName: 'Riverside ICS',
      entityKind: 'system' as const,
      year: 0,
      yearLabel: '2025/26',
      metric,
      baseline: stats({}),
      alternative: stats({}),
      difference: stats({ mean, p5: mean - spread, p95: mean + spread }),
      probabilityAlternativeHigher: higher,
      probabilityAlternativeLower: lower,
    });
    const rows = (outturn: ReturnType<typeof row>, variance: ReturnType<typeof row>, transfer: ReturnType<typeof row>, position: ReturnType<typeof row>) => ({ outturn, variance, transfer, position });
    const same = (metric: Metric) => row(metric, 0, 0, 0);

    test('a smaller savings plan: worse off, and so further below the control total', () => {
      const worse = rows(row('outturn', -4.2, 0.17, 0.83, 2), row('variance', -4.2, 0.17, 0.83, 2), same('riskShareTransfer'), row('postShareVariance', -4.2, 0.17, 0.83, 2));
      expect(differenceReading(worse, 'Baseline', 'Alternative')).toBe(
        'On the same trials, Alternative leaves Riverside ICS £4.2m worse off on average than Baseline (worse off in 83% of trials), and so £4.2m further below its control total.',
      );
    });

    test('only a control total changes: the outturn is the same in every trial, only the position moves', () => {
      const easier = rows(same('outturn'), row('variance', 5, 1, 0), same('riskShareTransfer'), row('postShareVariance', 5, 1, 0));
      const reading = differenceReading(easier, 'Baseline', 'Alternative');
      expect(reading).toBe(
        "On the same trials, Riverside ICS's outturn is the same under Alternative as under Baseline in every trial; only its position against its control total after risk share moves: £5.0m further above it on average (further above in every trial), as its control total is £5.0m lower.",
      );
      expect(reading).not.toMatch(/better off|worse off/);
    });

    test('another risk-share rule: the same outturn, moved by transfers', () => {
      const rule = rows(same('outturn'), same('variance'), row('riskShareTransfer', -2, 0, 0.6, 3), row('postShareVariance', -2, 0, 0.6, 3));
      expect(differenceReading(rule, 'Pro rata', 'Collar and cap')).toBe(
        "On the same trials, Riverside ICS's outturn is the same under Collar and cap as under Pro rata in every trial; only its position against its control total after risk share moves: £2.0m further below it on average (further below in 60% of trials, the same in 40%), as risk-share transfers leave it £2.0m worse off.",
      );
    });

    test('money and the control total both change: both said, money first', () => {
      const both = rows(row('outturn', 5, 0.9, 0.1, 4), row('variance', 2, 0.7, 0.3, 4), same('riskShareTransfer'), row('postShareVariance', 2, 0.7, 0.3, 4));
      expect(differenceReading(both, 'Baseline', 'Alternative')).toBe(
        'On the same trials, Alternative leaves Riverside ICS £5.0m better off on average than Baseline (better off in 90% of trials); against its control total after risk share it ends £2.0m further above on average (further above in 70% of trials), as its control total is £3.0m higher.',
      );
      const matched = rows(row('outturn', 5, 1, 0), same('variance'), same('riskShareTransfer'), same('postShareVariance'));
      expect(differenceReading(matched, 'Baseline', 'Alternative')).toBe(
        'On the same trials, Alternative leaves Riverside ICS £5.0m better off on average than Baseline (better off in every trial); its position against its control total after risk share is unchanged, as its control total is £5.0m higher.',
      );
    });

    test('nothing changes', () => {
      expect(differenceReading(rows(same('outturn'), same('variance'), same('riskShareTransfer'), same('postShareVariance')), 'Baseline', 'Alternative')).toBe(
        'On the same trials, Alternative and Baseline leave Riverside ICS with the same outturn and the same position against its control total.',
      );
    });
  });

  test('shares of trials read as words inside sentences: never "in only under 1%"', () => {
    const matrix = {
      rules: [{ label: 'None' }, { label: 'Pro rata' }],
      entities: [
        { id: 'a', name: 'Hillside' },
        { id: 's', name: 'Shire' },
      ],
      probability: [
        [0.9, 0.5],
        [0.003, 0.5],
      ],
      expectedShortfall: [
        [0, 0],
        [0, 0],
      ],
    };
    expect(riskShareReading(matrix as unknown as Parameters<typeof riskShareReading>[0], 's')).toBe(
      'The rule matters most to Hillside: it meets its control total in 90% of trials under “None” but in fewer than 1% under “Pro rata”.',
    );
    matrix.probability = [
      [0.998, 0.5],
      [0, 0.5],
    ];
    expect(riskShareReading(matrix as unknown as Parameters<typeof riskShareReading>[0], 's')).toBe(
      'The rule matters most to Hillside: it meets its control total in more than 99% of trials under “None” but in no trial under “Pro rata”.',
    );
    expect(
      probabilityReading([
        { name: 'the system', isSystem: true, probability: 0.998 },
        { name: 'Hillside', isSystem: false, probability: 0.002 },
      ]),
    ).toBe('In fewer than 1% of trials the system misses its control total; the organisation most at risk, Hillside, misses its own in more than 99%.');
    expect(notAdmittedReading('Hillside', stats({ p50: 0, max: 1 }), 0.001)).toBe(
      'In the middle trial no emergency patient is turned away at Hillside, but at least one is in fewer than 1% of trials (up to 1 in the worst).',
    );
  });

  test('a fund paid only when the organisation and the system both meet their totals', () => {
    const cliff = {
      entityId: 'n',
      name: 'Northgate',
      fundName: 'Provider sustainability fund',
      amount: 8,
      upTo: 8,
      condition: 'both' as const,
      basis: 'afterRiskShare' as const,
      controlTotal: 6,
      controlTotalVaries: false,
      variance: stats({}),
      histogram: undefined,
      probabilityMeets: 0.99,
      probabilityPaid: 0.52,
      meanPaid: 3.7,
    };
    expect(cliffReading(cliff)).toBe(
      `Northgate loses all of its £8.0m Provider sustainability fund if it ends even £1 below its control total of +£6.0m, or if the system misses its own: it misses its own in 1% of trials, and is paid in 52%, so on average it receives £3.7m.`,
    );
  });

  test('a bed difference counts ties apart from the trials that really differ', () => {
    const row = { entityName: 'Imperial', metric: 'patientsNotAdmitted' as const, difference: stats({ mean: -46.6 }), probabilityAlternativeHigher: 0, probabilityAlternativeLower: 0.62 };
    expect(bedDifferenceReading(row, 'Keep the beds')).toBe(
      'On the same patients, Keep the beds gives Imperial 47 fewer patients not admitted a year on average (fewer in 62% of trials, the same in 38%).',
    );
  });

  test('A&E 4-hour performance lost, and its difference, in percentage points', () => {
    expect(fourHourReading('Riverside', stats({ p5: 0.019, p50: 0.027, p95: 0.0361, max: 0.05 }))).toBe(
      "In the middle trial, crowding costs Riverside's A&E 2.7 points of 4-hour performance on average over the year (90% of trials: 1.9 to 3.6).",
    );
    expect(fourHourReading('Hillside', stats({ p5: 0, p50: 0, p95: 0.0001, max: 0.002 }))).toBe(
      'Hillside is rarely crowded enough to slow its A&E: in 95% of trials it loses less than 0.05 points of 4-hour performance on average over the year.',
    );
    expect(fourHourReading('Hillside', stats({ p5: 0, p50: 0, p95: 0, max: 0 }))).toBe('Hillside is never crowded enough to slow its A&E: no 4-hour performance is lost in any trial.');
    const row = { entityName: 'Imperial', metric: 'fourHourPointsLost' as const, difference: stats({ mean: -0.0204 }), probabilityAlternativeHigher: 0.01, probabilityAlternativeLower: 0.99 };
    expect(bedDifferenceReading(row, 'Keep the beds')).toBe(
      'On the same patients, Keep the beds gives Imperial 2.0 fewer points of A&E 4-hour performance lost on average over the year (fewer in 99% of trials).',
    );
  });

  test('beds', () => {
    expect(bedDaysReading('Hillside', '92%', stats({ p5: 56, p50: 107, p95: 168 }))).toBe('Hillside is above 92% occupancy on 107 days a year in the middle trial (90% of trials: 56 to 168 days).');
    expect(notAdmittedReading('Hillside', stats({ p50: 0, max: 9 }), 0.012)).toBe(
      'In the middle trial no emergency patient is turned away at Hillside, but at least one is in 1% of trials (up to 9 in the worst).',
    );
    expect(notAdmittedReading('Hillside', stats({ p50: 0 }), 0)).toBe('Hillside never has to turn an emergency patient away, in any trial.');
    expect(notAdmittedReading('Hillside', stats({ p5: 800, p50: 1200, p95: 2100 }), 1)).toBe(
      'In the middle trial, 1,200 emergency patients cannot be admitted at Hillside (90% of trials: 800 to 2,100).',
    );
  });
});
