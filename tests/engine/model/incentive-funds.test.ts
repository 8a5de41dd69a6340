import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../engine/model/compile-model.ts';
import { centralCase } from '../../../engine/results/central-case.ts';
import type { RunResults } from '../../../engine/results/run-results.ts';
import { runScenario } from '../../../engine/run-scenario.ts';
import { validateScenario } from '../../../engine/scenario/validate-scenario.ts';
import { bedScenario } from './beds/beds-scenario.ts';

/**
 * The one-trust bed scenario with incentive funds and control totals set. With
 * no prices on bed activity, the ICB's and the trust's outturns are both 0 in
 * every trial (the ICB's £300m allocation pays £100m of commissioning and the
 * trust's £200m contract; the trust spends its £200m on pay), so a control
 * total of −10 is met and one of +10 is missed, whatever the beds do.
 */
function fundScenario(options: {
  funds: unknown[];
  trustControlTotal?: number;
  icbControlTotal?: number;
  systemControlTotal?: number;
  riskShare?: unknown;
  beds?: Record<string, unknown>;
  trials?: number;
}) {
  const scenario = bedScenario({ beds: options.beds, trials: options.trials }) as ReturnType<typeof bedScenario> & { systems: Array<Record<string, unknown>> };
  const system = scenario.systems[0] as Record<string, unknown> & { organisations: Array<Record<string, unknown>> };
  system.incentiveFunds = options.funds;
  system.organisations[0].controlTotal = options.icbControlTotal ?? -10;
  system.organisations[1].controlTotal = options.trustControlTotal ?? -10;
  if (options.systemControlTotal !== undefined) system.controlTotal = options.systemControlTotal;
  if (options.riskShare !== undefined) system.riskShare = options.riskShare;
  return scenario;
}

/** Central-case incentive (£m) paid to the ICB and the trust in the first year. */
function incentives(document: unknown): { icb: number; trust: number; system: number } {
  const central = centralCase(compileModel(document), 1);
  const [icb, trust, system] = central.yearEnd[0];
  return { icb: icb.incentive, trust: trust.incentive, system: system.incentive };
}

const fund = (overrides: Record<string, unknown> = {}) => ({ name: 'Sustainability fund', amounts: { trust: 5 }, condition: 'organisation', ...overrides });

describe('incentive funds, worked by hand', () => {
  it("condition 'organisation': paid in full when the trust meets its own control total, nothing when it misses", () => {
    expect(incentives(fundScenario({ funds: [fund()] })).trust).toBe(5);
    expect(incentives(fundScenario({ funds: [fund()], trustControlTotal: 10 })).trust).toBe(0);
  });

  it("condition 'system' pays a trust that misses its own total when the system meets; 'both' does not", () => {
    // Trust misses (0 against +10); system control total −50, system outturn 0: met.
    const base = { trustControlTotal: 10, systemControlTotal: -50 };
    expect(incentives(fundScenario({ ...base, funds: [fund({ condition: 'system' })] })).trust).toBe(5);
    expect(incentives(fundScenario({ ...base, funds: [fund({ condition: 'both' })] })).trust).toBe(0);
    // Both met: paid.
    expect(incentives(fundScenario({ systemControlTotal: -50, funds: [fund({ condition: 'both' })] })).trust).toBe(5);
  });

  it('basis: a risk share that lifts the trust over its line pays it after risk share, not before', () => {
    // Variances: ICB 0 − (−20) = +20, trust 0 − 5 = −5. Pro rata with equal weights:
    // V = 15, each ends at +7.5; the trust receives 12.5 and now meets.
    const shared = { icbControlTotal: -20, trustControlTotal: 5, riskShare: { rule: 'proRata', weights: 'equal' } };
    expect(incentives(fundScenario({ ...shared, funds: [fund({ basis: 'afterRiskShare' })] })).trust).toBe(5);
    expect(incentives(fundScenario({ ...shared, funds: [fund({ basis: 'beforeRiskShare' })] })).trust).toBe(0);
  });

  it('a performance part pays its share times the fraction achieved: 5 × (0.7 + 0.3 × 0.5) = 4.25', () => {
    expect(incentives(fundScenario({ funds: [fund({ performance: { share: 0.3, achieved: 0.5 } })] })).trust).toBeCloseTo(4.25, 12);
  });

  it('incentive payments come from outside: the system receives the sum of its members', () => {
    const paid = incentives(fundScenario({ systemControlTotal: -50, funds: [fund({ amounts: { trust: 5, icb: 2 }, condition: 'system' })] }));
    expect(paid.icb).toBe(2);
    expect(paid.trust).toBe(5);
    expect(paid.system).toBe(7);
  });
});

describe('incentive funds paid on modelled A&E 4-hour performance', () => {
  const fourHour = (baseline: number, occupancyPenalty?: unknown) => ({ fourHourPerformance: { baseline, ...(occupancyPenalty ? { occupancyPenalty } : {}) } });
  const onTrajectory = (trajectory: number) => fund({ performance: { share: 0.3, fourHourTrajectory: trajectory } });

  it('with ample beds no performance is lost: a baseline at or above the trajectory earns every quarter, one below earns none', () => {
    // 10 arrivals a day staying 5 days in 400 beds: occupancy about 12%, never near 85%, so the fall is 0 every day.
    const beds = { coreBeds: 400, ...fourHour(0.9) };
    expect(incentives(fundScenario({ beds, funds: [onTrajectory(0.88)] })).trust).toBe(5);
    expect(incentives(fundScenario({ beds, funds: [onTrajectory(0.9)] })).trust).toBe(5);
    // 5 × (0.7 + 0.3 × 0) = 3.5
    expect(incentives(fundScenario({ beds, funds: [onTrajectory(0.91)] })).trust).toBeCloseTo(3.5, 12);
  });

  it('a full hospital loses up to 8 points (the default curve, from NHS Improvement 2017): 0.95 − 0.08 misses 0.90 but reaches 0.80', () => {
    // 20 arrivals a day staying 5 days (load 100) in 20 beds: about 4 beds free up a
    // day and 20 patients want them, so the midnight census is 20 of 20 on nearly
    // every day (a bed free at midnight needs no arrival since the last discharge).
    // No day loses more than 0.08, so each quarter's performance is at least 0.87
    // (reaches 0.80); full almost always, it loses more than 0.05 (misses 0.90).
    const beds = { coreBeds: 20, emergency: { admissionsPerYear: 7300, stay: { family: 'exponential', meanDays: 5 } }, ...fourHour(0.95) };
    const central = centralCase(compileModel(fundScenario({ beds, funds: [onTrajectory(0.9)] })), 1);
    expect(central.beds[0][0].fourHourPointsLost).toBeGreaterThan(0.07);
    expect(central.yearEnd[0][1].incentive).toBeCloseTo(3.5, 12);
    expect(incentives(fundScenario({ beds, funds: [onTrajectory(0.8)] })).trust).toBe(5);
  });

  it('quarter by quarter: quiet summer quarters reach the trajectory and crowded winter ones do not, so half the performance part is earned', () => {
    // Profile weights 0.02 April–September and 1.98 October–March (mean 1): 0.2
    // arrivals a day (load 1) in summer, 19.8 (load 99) in winter, in 20 beds.
    // Summer loses nothing (a fall needs more than 17 of 20 beds, 85%, against a
    // mean census of 1); winter is full or nearly: 20 of 20 loses 0.08, 19 loses
    // 0.055, 18 loses 0.03. 0.95 less that misses 0.90 unless the quarter averages
    // under 0.05, which a load of five times the beds rules out.
    // Achieved 2/4: 5 × (0.7 + 0.3 × 0.5) = 4.25. The year loses at most
    // (183 × 0 + 182 × 0.08) / 365 ≈ 0.0399, and at least half of that.
    const beds = {
      coreBeds: 20,
      emergency: { admissionsPerYear: 3650, monthlyProfile: [0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 1.98, 1.98, 1.98, 1.98, 1.98, 1.98], stay: { family: 'exponential', meanDays: 5 } },
      ...fourHour(0.95),
    };
    const document = fundScenario({ beds, funds: [onTrajectory(0.9)], trials: 20 });
    const central = centralCase(compileModel(document), 1);
    expect(central.yearEnd[0][1].incentive).toBeCloseTo(4.25, 12);
    expect(central.beds[0][0].fourHourPointsLost).toBeGreaterThan(0.02);
    expect(central.beds[0][0].fourHourPointsLost).toBeLessThan(0.0399);
    // The same in every Monte Carlo trial.
    const { results } = runScenario(document);
    const trust = results.table.find((row) => row.entityId === 'trust')!;
    expect(trust.metrics.incentive.min).toBeCloseTo(4.25, 12);
    expect(trust.metrics.incentive.max).toBeCloseTo(4.25, 12);
  });

  it("a trust's own curve replaces the default: a flat 0.10 fall makes 0.95 exactly reach 0.85 and miss 0.86", () => {
    const beds = { coreBeds: 400, ...fourHour(0.95, [{ occupancy: 0, fall: 0.1 }]) };
    expect(incentives(fundScenario({ beds, funds: [onTrajectory(0.85)] })).trust).toBe(5);
    expect(incentives(fundScenario({ beds, funds: [onTrajectory(0.86)] })).trust).toBeCloseTo(3.5, 12);
  });

  it('a formula baseline or trajectory outside 0–1 (95 for 95%) stops the run, naming the input, rather than paying the fund', () => {
    const beds = { coreBeds: 20, emergency: { admissionsPerYear: 7300, stay: { family: 'exponential', meanDays: 5 } }, fourHourPerformance: { baseline: '95' } };
    expect(() => centralCase(compileModel(fundScenario({ beds, funds: [onTrajectory(0.9)] })), 1)).toThrow(
      'systems[0].organisations[1].beds.fourHourPerformance.baseline: the share seen within 4 hours must be a share between 0 and 1 (0.9 = 90%), but gave 95 in 2025/26',
    );
    const wellBeds = { coreBeds: 400, ...fourHour(0.9) };
    expect(() => incentives(fundScenario({ beds: wellBeds, funds: [fund({ performance: { share: 0.3, fourHourTrajectory: '90' } })] }))).toThrow(
      'systems[0].incentiveFunds[0].performance.fourHourTrajectory: the 4-hour trajectory must be a share between 0 and 1 (0.9 = 90%), but gave 90 in 2025/26',
    );
  });

  it('organisations without a 4-hour model earn the given achieved fraction', () => {
    // Trust: full 4-hour quarters (ample beds, 0.9 ≥ 0.85) → 5. ICB: achieved 0.5 → 2 × (0.7 + 0.15) = 1.7.
    const beds = { coreBeds: 400, ...fourHour(0.9) };
    const paid = incentives(fundScenario({ beds, funds: [fund({ amounts: { trust: 5, icb: 2 }, performance: { share: 0.3, achieved: 0.5, fourHourTrajectory: 0.85 } })] }));
    expect(paid.trust).toBe(5);
    expect(paid.icb).toBeCloseTo(1.7, 12);
  });
});

describe('4-hour performance across systems, trusts and years (indexing)', () => {
  // Two systems, two years. System A has a crowded modelled trust (a1) and no
  // fund. System B: b0 crowded but not modelled, b1 with 400 beds (load 100, so
  // about 25% full: nothing lost) that closes 390 of them from a given month
  // (then 10 beds, full), and b2 crowded and modelled. Fund in B: b1 5, b2 5,
  // b0 2; 30% on performance, achieved 0.5, trajectory 0.88; every baseline 0.9.
  // A full trust loses more than 0.02 a day, so 0.9 − that misses 0.88; an empty
  // one loses nothing and reaches it. So b2 earns 5 × 0.7 = 3.5 and b0
  // 2 × (0.7 + 0.3 × 0.5) = 1.7 every year, and b1 earns 5 × (0.7 + 0.3 × q/4)
  // for the q quarters before its closure (the closure's quarter is mostly full).
  const trust = (id: string, commissioner: string, coreBeds: number, fourHour: boolean) => ({
    id,
    name: id,
    kind: 'acute',
    income: { contract: { baseline: 100, paymentModel: 'blended', fixedShare: 0.8, commissioner } },
    costs: { pay: { baseline: 100 } },
    controlTotal: -10,
    beds: {
      coreBeds,
      costPerBedDayPounds: 0,
      emergency: { admissionsPerYear: 7300, stay: { family: 'exponential', meanDays: 5 } },
      ...(fourHour ? { fourHourPerformance: { baseline: 0.9 } } : {}),
    },
  });
  const document = (closureFrom: string) => ({
    schemaVersion: 1,
    name: 'Two systems, two years',
    horizon: { firstYear: 2025, years: 2 },
    simulation: { trials: 10, seed: 4, bedModel: 'fast' },
    systems: [
      {
        id: 'A',
        name: 'System A',
        allocation: { baseline: 300 },
        organisations: [{ id: 'icbA', name: 'icbA', kind: 'icb', costs: { commissioning: { baseline: 200 } }, controlTotal: -10 }, trust('a1', 'icbA', 20, true)],
      },
      {
        id: 'B',
        name: 'System B',
        allocation: { baseline: 300 },
        organisations: [
          { id: 'icbB', name: 'icbB', kind: 'icb', costs: { commissioning: { baseline: 0 } }, controlTotal: -1000 },
          trust('b0', 'icbB', 20, false),
          trust('b1', 'icbB', 400, true),
          trust('b2', 'icbB', 20, true),
        ],
        incentiveFunds: [{ name: 'Fund', amounts: { b1: 5, b2: 5, b0: 2 }, condition: 'organisation', performance: { share: 0.3, achieved: 0.5, fourHourTrajectory: 0.88 } }],
      },
    ],
    interventions: [{ kind: 'closeBeds', organisation: 'b1', beds: 390, from: closureFrom }],
  });
  const paid = (closureFrom: string) => {
    const model = compileModel(document(closureFrom));
    const central = centralCase(model, 1);
    const index = (id: string) => model.entities.findIndex((entity) => entity.id === id);
    return [0, 1].map((year) => ['b1', 'b2', 'b0', 'a1'].map((id) => Math.round(central.yearEnd[year][index(id)].incentive * 1000) / 1000));
  };

  it.each([
    // closure from, [b1, b2, b0, a1] in year 1, then in year 2
    ['2026-10', [5, 3.5, 1.7, 0], [4.25, 3.5, 1.7, 0]], // Q3 of year 2: year 2 reaches Q1 and Q2
    ['2026-01', [4.625, 3.5, 1.7, 0], [3.5, 3.5, 1.7, 0]], // January is Q4 of year 1: 3 of 4 quarters
    ['2025-07', [3.875, 3.5, 1.7, 0], [3.5, 3.5, 1.7, 0]], // Q2 of year 1: only Q1 (April to June)
  ])('closing from %s pays what the quarters before it earn', (closureFrom, firstYear, secondYear) => {
    expect(paid(closureFrom)).toEqual([firstYear, secondYear]);
  });
});

describe('validating A&E 4-hour performance and the funds paid on it', () => {
  const issuesOf = (document: unknown) => {
    const result = validateScenario(document);
    return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
  };

  it('a performance part needs achieved or a trajectory', () => {
    expect(issuesOf(fundScenario({ funds: [fund({ performance: { share: 0.3 } })] }))).toEqual([
      'systems[0].incentiveFunds[0].performance: needs achieved (the fraction of the performance part earned), fourHourTrajectory (earned from modelled A&E performance), or both',
    ]);
  });

  it('a trajectory needs a modelled trust, and the unmodelled organisations need achieved', () => {
    expect(issuesOf(fundScenario({ funds: [onlyTrajectory({ trust: 5 })] }))).toEqual([
      "systems[0].incentiveFunds[0].performance.fourHourTrajectory: no organisation in this fund's amounts models its A&E 4-hour performance (beds.fourHourPerformance), so there is nothing to test against the trajectory",
      "systems[0].incentiveFunds[0].performance.achieved: is required: 'trust' does not model A&E 4-hour performance (beds.fourHourPerformance), so the share it earns must be given",
    ]);
    expect(issuesOf(fundScenario({ beds: { fourHourPerformance: { baseline: 0.9 } }, funds: [onlyTrajectory({ trust: 5, icb: 1 })] }))).toEqual([
      "systems[0].incentiveFunds[0].performance.achieved: is required: 'icb' does not model A&E 4-hour performance (beds.fourHourPerformance), so the share it earns must be given",
    ]);
  });

  it('shares stay between 0 and 1 and the curve rises in occupancy', () => {
    const beds = {
      fourHourPerformance: {
        baseline: 1.2,
        occupancyPenalty: [
          { occupancy: 0.9, fall: 0.03 },
          { occupancy: 0.85, fall: 0 },
        ],
      },
    };
    expect(issuesOf(fundScenario({ beds, funds: [fund({ performance: { share: 0.3, fourHourTrajectory: { dist: 'uniform', min: 0.5, max: 1.5 } } })] }))).toEqual([
      'systems[0].organisations[1].beds.fourHourPerformance.baseline: the share seen within 4 hours must be >= 0 and <= 1, got 1.2',
      'systems[0].organisations[1].beds.fourHourPerformance.occupancyPenalty[1].occupancy: must be above the point before it (0.9): list the points in rising order of occupancy',
      'systems[0].incentiveFunds[0].performance.fourHourTrajectory: the 4-hour share to reach must be >= 0 and <= 1, but this distribution reaches 0.5 to 1.5: use one bounded to that range (e.g. uniform, triangular, pert, beta, or truncatedNormal with min and max)',
    ]);
  });

  it('only the fund and the beds that use it are needed: an achieved-only fund is still valid', () => {
    expect(issuesOf(fundScenario({ funds: [fund({ performance: { share: 0.3, achieved: 0.4 } })] }))).toEqual([]);
  });

  it('achieved is not range-checked, as before 4-hour performance: a normal about 0.7 is cut to 0–1 when it runs', () => {
    expect(issuesOf(fundScenario({ funds: [fund({ performance: { share: 0.3, achieved: { dist: 'normal', mean: 0.7, sd: 0.1 } } })] }))).toEqual([]);
    expect(incentives(fundScenario({ funds: [fund({ performance: { share: 0.3, achieved: 1.2 } })] })).trust).toBe(5);
  });
});

function onlyTrajectory(amounts: Record<string, number>) {
  return { name: 'Sustainability fund', amounts, condition: 'organisation', performance: { share: 0.3, fourHourTrajectory: 0.9 } };
}

describe('incentive fund outcomes in the results (fund × member × year)', () => {
  const outcome = (results: RunResults, fundName: string, entityId: string) => results.incentiveFunds.find((item) => item.fundName === fundName && item.entityId === entityId && item.year === 0);

  it('report each fund apart: a trust in two funds is paid by the one whose condition holds and not by the other', () => {
    // The trust meets its own −10 (outturn 0); the system misses its +10 (outturn 0), so 'both' pays nothing.
    const document = fundScenario({
      systemControlTotal: 10,
      trials: 20,
      funds: [
        fund({ name: 'Own fund' }),
        fund({ name: 'Joint fund', amounts: { trust: 3 }, condition: 'both' }),
        fund({ name: 'System fund', amounts: { icb: 2 }, condition: 'system', basis: 'beforeRiskShare' }),
      ],
    });
    const { results } = runScenario(document);
    expect(outcome(results, 'Own fund', 'trust')).toMatchObject({
      systemId: 'sys',
      amountAvailable: 5,
      condition: 'organisation',
      basis: 'afterRiskShare',
      decidingEntityId: 'trust',
      decidingPosition: 'afterRiskShare',
      probabilityDecidingTotalMet: 1,
      probabilityPaid: 1,
      meanPaid: 5,
    });
    // Its own total is met in every trial, but the system's is not: never paid.
    expect(outcome(results, 'Joint fund', 'trust')).toMatchObject({ decidingEntityId: 'trust', probabilityDecidingTotalMet: 1, probabilityPaid: 0, meanPaid: 0 });
    // The system's outturn against its total decides, before risk share whatever the basis.
    expect(outcome(results, 'System fund', 'icb')).toMatchObject({ decidingEntityId: 'sys', decidingPosition: 'beforeRiskShare', probabilityDecidingTotalMet: 0, probabilityPaid: 0, meanPaid: 0 });
    expect(results.incentiveFunds).toHaveLength(3 * results.meta.years);
  });

  it("add up, trial by trial, to the member's incentive funding, and a performance part drawn uniformly pays 5 × (0.7 + 0.3 × 0.5) = 4.25 on average", () => {
    const trials = 400;
    const document = fundScenario({
      trials,
      funds: [fund({ name: 'Performance fund', performance: { share: 0.3, achieved: { dist: 'uniform', min: 0, max: 1 } } }), fund({ name: 'Flat fund', amounts: { trust: 1 } })],
    });
    const { results } = runScenario(document);
    const performance = outcome(results, 'Performance fund', 'trust')!;
    const flat = outcome(results, 'Flat fund', 'trust')!;
    const trust = results.table.find((row) => row.entityId === 'trust' && row.year === 0)!;
    expect(performance.meanPaid + flat.meanPaid).toBeCloseTo(trust.metrics.incentive.mean, 9);
    expect(flat.meanPaid).toBe(1);
    // Standard error of the mean: 5 × 0.3 × (1/√12) / √400 ≈ 0.022; allow four.
    expect(Math.abs(performance.meanPaid - 4.25)).toBeLessThan(4 * ((5 * 0.3) / Math.sqrt(12) / Math.sqrt(trials)));
    expect(performance).toMatchObject({ probabilityPaid: 1, performanceShare: 0.3, performanceFromFourHour: false });
  });
});
