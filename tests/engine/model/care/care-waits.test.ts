import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../engine/model/compile-model.ts';
import { TrialState } from '../../../../engine/model/trial-state.ts';
import { prepareStayLaws } from '../../../../engine/model/beds/stay-laws.ts';
import { centralCase } from '../../../../engine/results/central-case.ts';
import { runScenario } from '../../../../engine/run-scenario.ts';
import { bedColumnOf, careColumnOf } from '../../../../engine/montecarlo/column-layout.ts';
import { validateScenario } from '../../../../engine/scenario/validate-scenario.ts';
import { careWaitScenario } from './care-waits-scenario.ts';

/** The delay law the trust's patients take in each year, read as the bed kernels receive it. */
function delayLaws(document: Record<string, unknown>) {
  const model = compileModel(document);
  const state = new TrialState(model);
  state.startTrial();
  model.parameters.evaluate(1, 0, 'central', state.values, state.scope);
  const input = state.beds!.trusts[0].input;
  prepareStayLaws(state, model.bedTrusts[0], input);
  return [input.delayedDischarge, ...(input.laterStays ?? []).map((period) => period.delayedDischarge)];
}

describe('patients fit to leave who wait for social care', () => {
  it('6% wait for home care, 4 days when there is room; 2,000 packages for 2,500 users meet 80% of need, so they wait 4 ÷ 0.8 = 5 days', () => {
    const [law] = delayLaws(careWaitScenario({ capacity: 2000 }));
    expect(law.share).toBeCloseTo(0.06, 15);
    expect(law.meanExtraDays).toBeCloseTo(5, 12);
  });

  it('with room for everyone (capacity 3,000 for 2,500) the wait is the 4 days it takes to arrange: spare capacity does not shorten it', () => {
    const [law] = delayLaws(careWaitScenario({ capacity: 3000 }));
    expect(law.meanExtraDays).toBeCloseTo(4, 12);
  });

  it('added to 5% delayed 3 days for other reasons: 11% delayed, for (0.05 × 3 + 0.06 × 5) ÷ 0.11 = 4.0909 days', () => {
    const [law] = delayLaws(careWaitScenario({ capacity: 2000, delayedDischarge: { share: 0.05, meanExtraDays: 3 } }));
    expect(law.share).toBeCloseTo(0.11, 15);
    expect(law.meanExtraDays).toBeCloseTo(0.45 / 0.11, 12);
  });

  it('users growing 25% a year against a fixed 2,500 packages: 100% of need met in 2025/26 (2,000 × 1.25 = 2,500), 80% in 2026/27 (3,125), so 4 then 5 days', () => {
    const laws = delayLaws(careWaitScenario({ capacity: 2500, users: 2000, usersGrowth: 0.25, years: 2 }));
    expect(laws).toHaveLength(2);
    expect(laws[0].meanExtraDays).toBeCloseTo(4, 12);
    expect(laws[1].meanExtraDays).toBeCloseTo(5, 12);
  });

  it("through the whole model with ample beds, delayed bed-days = admissions × share × wait: 3,650 × 0.06 × 5 = 1,095 a year (Little's law)", () => {
    // 10 admissions a day, 400 beds: never full. The delayed census (mean 3) is about Poisson,
    // correlated over about a stay, so a year's mean census has sd near √(3 × 2 × 10 / 365) ≈ 0.4:
    // 150 bed-days. 200 trials: a standard error near 11 bed-days; the tolerance is 5 of them.
    const { results } = runScenario(careWaitScenario({ capacity: 2000, beds: { coreBeds: 400 }, trials: 200 }));
    expect(Math.abs(results.beds[0].metrics.delayedBedDays.mean - 1095)).toBeLessThan(55);
  });

  it('the fixed delays alone, without waits for care, give the same law as before (the simple form)', () => {
    const document = careWaitScenario({ capacity: 2000, delayedDischarge: { share: 0.13, meanExtraDays: 5 } }) as Record<string, any>;
    delete document.systems[0].organisations[1].beds.delayedDischarge.waitsForCare;
    const [law] = delayLaws(document);
    expect(law).toEqual({ share: 0.13, meanExtraDays: 5 });
  });
});

describe('cutting home care capacity, on common random numbers', () => {
  // A trust near full (70 beds, about 60 occupied), with planned operations that are cancelled
  // when it is full; 8% of patients wait for home care. Capacity cut from 2,400 packages to
  // 2,100 and 1,600 for 2,500 users (96%, 84% and 64% of need met).
  const beds = {
    coreBeds: 70,
    escalation: { cap: 4, costPerBedDayPounds: 600 },
    emergency: { admissionsPerYear: 4000, growth: { dist: 'normal', mean: 0.02, sd: 0.03 }, stay: { family: 'lognormal', meanDays: 5, sdDays: 7 } },
    elective: { admissionsPerYear: 1200, stay: { family: 'lognormal', meanDays: 3, sdDays: 3 } },
  };
  const trials = 150;
  const run = (capacity: number, bedModel: 'fast' | 'detailed') =>
    runScenario(
      careWaitScenario({
        capacity,
        users: { dist: 'uniform', min: 2300, max: 2700 },
        beds,
        trials,
        bedModel,
        delayedDischarge: { share: 0.05, meanExtraDays: 3 },
        waits: [{ service: 'home-care', share: 0.08, meanWaitDays: 4 }],
      }),
    );

  const metricOf = (runs: ReturnType<typeof run>[], index: number, trial: number, metric: 'delayedBedDays' | 'electivesCancelled' | 'patientsWhoWaited' | 'escalationBedDays') =>
    runs[index].block.values[trial * runs[index].block.columnCount + bedColumnOf(runs[index].model, 0, 0, metric)];
  const CAPACITIES = [2400, 2100, 1600];

  it('never lowers delayed bed-days, cancelled operations, patients waiting or escalation bed-days in any trial (fast kernel, the national path)', () => {
    const runs = CAPACITIES.map((capacity) => run(capacity, 'fast'));
    let rises = 0;
    for (let trial = 0; trial < trials; trial++) {
      for (let cut = 1; cut < runs.length; cut++) {
        for (const metric of ['delayedBedDays', 'electivesCancelled', 'patientsWhoWaited', 'escalationBedDays'] as const) {
          expect(metricOf(runs, cut, trial, metric)).toBeGreaterThanOrEqual(metricOf(runs, cut - 1, trial, metric));
        }
        if (metricOf(runs, cut, trial, 'electivesCancelled') > metricOf(runs, cut - 1, trial, 'electivesCancelled')) rises++;
      }
    }
    // The test can fail: the cuts do cancel more operations in most trials.
    expect(rises).toBeGreaterThan(trials);
    // And the cut saves the council money: fewer people served, fewer packages bought.
    const councilCost = (index: number) => runs[index].block.values[careColumnOf(runs[index].model, 0, 0, 'careCouncilCost')];
    expect(councilCost(2)).toBeLessThan(councilCost(0));
  });

  it('on the detailed kernel never lowers delayed bed-days in any trial, and raises cancelled operations over the trials', () => {
    // Event by event, a longer delay re-times every later admission, so one trial's cancellations
    // can fall by a few (1 of these 300 pairs, by 2%); the fast kernel's coupled draws cannot.
    const runs = CAPACITIES.map((capacity) => run(capacity, 'detailed'));
    for (let cut = 1; cut < runs.length; cut++) {
      let before = 0;
      let after = 0;
      for (let trial = 0; trial < trials; trial++) {
        expect(metricOf(runs, cut, trial, 'delayedBedDays')).toBeGreaterThanOrEqual(metricOf(runs, cut - 1, trial, 'delayedBedDays'));
        before += metricOf(runs, cut - 1, trial, 'electivesCancelled');
        after += metricOf(runs, cut, trial, 'electivesCancelled');
      }
      expect(after).toBeGreaterThan(before);
    }
  });
});

describe('checking waits for care', () => {
  const issues = (document: Record<string, unknown>) => {
    const result = validateScenario(document);
    return result.ok ? [] : result.issues;
  };
  const path = 'systems[0].organisations[1].beds.delayedDischarge.waitsForCare';

  it('names a service that does not exist, one without a capacity, and one waited for twice', () => {
    expect(issues(careWaitScenario({ capacity: 2000, waits: [{ service: 'nursing', share: 0.1, meanWaitDays: 4 }] }))).toContainEqual({
      path: `${path}[0].service`,
      message: "no care service of this system has id 'nursing'",
    });
    const uncapped = careWaitScenario({ capacity: 2000 }) as Record<string, any>;
    delete uncapped.systems[0].careServices[0].capacity;
    expect(issues(uncapped)).toContainEqual({
      path: `${path}[0].service`,
      message: "care service 'home-care' has no capacity, so the wait for it cannot follow capacity: give the service a capacity",
    });
    const twice = [
      { service: 'home-care', share: 0.1, meanWaitDays: 4 },
      { service: 'home-care', share: 0.1, meanWaitDays: 4 },
    ];
    expect(issues(careWaitScenario({ capacity: 2000, waits: twice }))).toContainEqual({
      path: `${path}[1].service`,
      message: "care service 'home-care' is waited for twice: give its patients one share",
    });
  });

  it('refuses a share outside 0–1, a negative wait, shares that add up to more than all patients and an unknown field', () => {
    expect(issues(careWaitScenario({ capacity: 2000, waits: [{ service: 'home-care', share: 1.2, meanWaitDays: 4 }] }))).toContainEqual({
      path: `${path}[0].share`,
      message: 'the share of patients who need the service must be >= 0 and <= 1, got 1.2',
    });
    expect(issues(careWaitScenario({ capacity: 2000, waits: [{ service: 'home-care', share: 0.1, meanWaitDays: -1 }] }))).toContainEqual({
      path: `${path}[0].meanWaitDays`,
      message: 'the mean wait must be >= 0, got -1',
    });
    expect(issues(careWaitScenario({ capacity: 2000, delayedDischarge: { share: 0.6, meanExtraDays: 3 }, waits: [{ service: 'home-care', share: 0.5, meanWaitDays: 4 }] }))).toContainEqual({
      path,
      message: 'the shares waiting for care and the share delayed for other reasons add up to 1.1, more than all patients (1)',
    });
    const unknown = issues(careWaitScenario({ capacity: 2000, waits: [{ service: 'home-care', share: 0.1, meanWaitDays: 4, packages: 3 }] }));
    expect(unknown.some((issue) => issue.path.startsWith(`${path}[0]`))).toBe(true);
  });

  it('a capacity drawn to 0 stops the run at the capacity: the patients waiting for it would never leave', () => {
    const document = careWaitScenario({ capacity: 'max(0, 100 - 100)' });
    expect(() => centralCase(compileModel(document), 1)).toThrow(/^systems\[0\]\.careServices\[0\]\.capacity: Home care has no capacity in 2025\/26 while 2500 people need it/);
  });
});
