import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../engine/model/compile-model.ts';
import { centralCase } from '../../../../engine/results/central-case.ts';
import { runScenario } from '../../../../engine/run-scenario.ts';
import { careColumnOf } from '../../../../engine/montecarlo/column-layout.ts';
import { CARE_METRICS } from '../../../../engine/model/care/care-metrics.ts';
import { TrialState } from '../../../../engine/model/trial-state.ts';
import { runTrial } from '../../../../engine/model/run-trial.ts';
import { careScenario, CONTINUING_HEALTHCARE } from './care-fixtures.ts';

/** The central case's care figures of the first service in year `year`, and each organisation's statement. */
function centralCare(document: unknown, year = 0) {
  const model = compileModel(document);
  const run = runScenario(document, { trials: 1, seed: 1 });
  const central = centralCase(model, 1);
  const line = (entityId: string) => central.statements.find((statement) => statement.entityId === entityId && statement.year === year)!.lines.careServices;
  const figure = (metric: (typeof CARE_METRICS)[number]) => run.block.values[careColumnOf(model, 0, year, metric)];
  return { figure, line, central, model };
}

describe('who pays for a care service', () => {
  it('NHS-funded care is free: the ICB pays 100 × £300 × 52 = £1.56m and people pay nothing', () => {
    const { figure, line } = centralCare(careScenario({ services: [CONTINUING_HEALTHCARE] }));
    expect(figure('careTotalCost')).toBeCloseTo(1.56, 12);
    expect(figure('careNhsCost')).toBeCloseTo(1.56, 12);
    expect(figure('careCouncilCost')).toBe(0);
    expect(figure('carePeopleCost')).toBe(0);
    expect(line('icb')).toBeCloseTo(1.56, 12);
    expect(line('council')).toBe(0);
  });

  it('a council-funded service is means-tested: 30% pay in full, 50% contribute £100, the council pays the rest', () => {
    // 200 people × £500 a week × 52 = £5.2m. People: 200 × (0.3 × 500 + 0.5 × 100) × 52 = £2.08m; council £3.12m.
    const homeCare = {
      id: 'home',
      name: 'Home care',
      kind: 'homeCare',
      users: 200,
      weeklyCost: 500,
      funder: 'council',
      council: 'council',
      charging: { selfFunderShare: 0.3, contributorShare: 0.5, averageContribution: 100 },
    };
    const { figure, line } = centralCare(careScenario({ services: [homeCare] }));
    expect(figure('careTotalCost')).toBeCloseTo(5.2, 12);
    expect(figure('carePeopleCost')).toBeCloseTo(2.08, 12);
    expect(figure('careCouncilCost')).toBeCloseTo(3.12, 12);
    expect(figure('careNhsCost')).toBe(0);
    expect(line('council')).toBeCloseTo(3.12, 12);
    expect(line('icb')).toBe(0);
  });

  it('users and the weekly cost grow from the baseline year: 100 × 1.05 users × £300 × 1.02 × 52 = £1.67076m', () => {
    const grown = { ...CONTINUING_HEALTHCARE, usersGrowth: 0.05, weeklyCostGrowth: 0.02 };
    const { figure } = centralCare(careScenario({ services: [grown] }));
    expect(figure('careUsers')).toBeCloseTo(105, 12);
    expect(figure('careTotalCost')).toBeCloseTo(1.67076, 12);
  });

  it('users beyond capacity are counted as unmet need and cost nothing: 120 need a place, 100 are served', () => {
    const limited = { ...CONTINUING_HEALTHCARE, users: 120, capacity: 100 };
    const { figure } = centralCare(careScenario({ services: [limited] }));
    expect(figure('careUsers')).toBe(120);
    expect(figure('careUsersServed')).toBe(100);
    expect(figure('careUnmetNeed')).toBe(20);
    expect(figure('careTotalCost')).toBeCloseTo(1.56, 12);
  });
});

describe('a boundary shift from the NHS to the council', () => {
  const shift = (from?: string, share: unknown = 1) => ({ kind: 'boundaryShift', name: 'Reassess CHC', service: 'chc', to: 'council', share, ...(from ? { from } : {}) });

  it('moves 100 users × 40% who pay in full × £300 × 52 weeks = £0.624m a year onto people (the hand test of issue 13)', () => {
    const { figure, line } = centralCare(careScenario({ services: [CONTINUING_HEALTHCARE], interventions: [shift()] }));
    expect(figure('careMovedOntoPeople')).toBeCloseTo(0.624, 12);
    expect(figure('carePeopleCost')).toBeCloseTo(0.624, 12);
    expect(figure('careMovedFromNhs')).toBeCloseTo(1.56, 12);
    expect(figure('careNhsCost')).toBe(0);
    expect(line('icb')).toBe(0);
    expect(line('council')).toBeCloseTo(1.56 - 0.624, 12); // £0.936m
  });

  it('from October moves half a year: £0.312m onto people, and re-designating half the users moves half that', () => {
    expect(centralCare(careScenario({ services: [CONTINUING_HEALTHCARE], interventions: [shift('2026-10')] })).figure('careMovedOntoPeople')).toBeCloseTo(0.312, 12);
    expect(centralCare(careScenario({ services: [CONTINUING_HEALTHCARE], interventions: [shift(undefined, 0.5)] })).figure('careMovedOntoPeople')).toBeCloseTo(0.312, 12);
  });

  it('a shift back to the NHS undoes it: half of the council-funded users return, and people pay half as much', () => {
    const back = { kind: 'boundaryShift', name: 'Back', service: 'chc', to: 'nhs', share: 0.5, from: '2027-04' };
    const { figure } = centralCare(careScenario({ years: 2, services: [CONTINUING_HEALTHCARE], interventions: [shift(), back] }), 1);
    expect(figure('carePeopleCost')).toBeCloseTo(0.312, 12);
    expect(figure('careNhsCost')).toBeCloseTo(0.78, 12);
    expect(figure('careMovedFromNhs')).toBeCloseTo(0.78, 12);
  });

  it('the ICB is better off and the council worse off by what each stops or starts paying; the system (NHS only) looks £1.56m better', () => {
    const without = centralCare(careScenario({ services: [CONTINUING_HEALTHCARE] })).central.yearEnd[0];
    const withShift = centralCare(careScenario({ services: [CONTINUING_HEALTHCARE], interventions: [shift()] })).central.yearEnd[0];
    // Entities: icb 0, trust 1, council 2, system 3. The council is outside the system control total by default.
    expect(withShift[0].outturn - without[0].outturn).toBeCloseTo(1.56, 12);
    expect(withShift[2].outturn - without[2].outturn).toBeCloseTo(-0.936, 12);
    expect(withShift[3].outturn - without[3].outturn).toBeCloseTo(1.56, 12);
  });
});

describe('in every trial', () => {
  const uncertain = careScenario({
    years: 3,
    drivers: { careInflation: { dist: 'normal', mean: 0.03, sd: 0.01 } },
    services: [
      {
        ...CONTINUING_HEALTHCARE,
        users: { dist: 'triangular', min: 80, mode: 100, max: 140 },
        usersGrowth: { dist: 'uniform', min: 0, max: 0.06, perYear: true },
        weeklyCostGrowth: 'careInflation',
        capacity: 120,
      },
      {
        id: 'home',
        name: 'Home care',
        kind: 'homeCare',
        users: { dist: 'truncatedNormal', mean: 900, sd: 60, min: 0 },
        weeklyCost: { dist: 'pert', min: 250, mode: 320, max: 420 },
        weeklyCostGrowth: 'careInflation',
        funder: 'council',
        council: 'council',
        nhsFunder: 'icb',
        capacity: 950,
        charging: { selfFunderShare: { dist: 'uniform', min: 0.2, max: 0.4 }, contributorShare: { dist: 'uniform', min: 0.3, max: 0.5 }, averageContribution: { dist: 'uniform', min: 60, max: 120 } },
      },
    ],
    interventions: [
      { kind: 'boundaryShift', service: 'chc', to: 'council', share: { dist: 'beta', alpha: 2, beta: 3 }, from: '2026-10' },
      { kind: 'boundaryShift', service: 'home', to: 'nhs', share: 0.1, from: '2027-07' },
    ],
  });

  it('NHS + council + people = the care cost of each service, and the system is still the sum of its organisations', () => {
    const { model, block, results } = runScenario(uncertain, { trials: 400, seed: 11 });
    let checked = 0;
    let unmet = 0;
    for (let trial = 0; trial < block.trialCount; trial++) {
      const row = trial * block.columnCount;
      for (const service of model.careServices) {
        for (let year = 0; year < model.years; year++) {
          const at = (metric: (typeof CARE_METRICS)[number]) => block.values[row + careColumnOf(model, service.careIndex, year, metric)];
          const total = at('careTotalCost');
          expect(total).toBeGreaterThan(0);
          expect(Math.abs(at('careNhsCost') + at('careCouncilCost') + at('carePeopleCost') - total)).toBeLessThan(1e-12 * total);
          expect(at('careUsersServed') + at('careUnmetNeed')).toBeCloseTo(at('careUsers'), 9);
          unmet += at('careUnmetNeed') > 0 ? 1 : 0;
          checked++;
        }
      }
    }
    expect(checked).toBe(400 * 2 * 3);
    expect(unmet).toBeGreaterThan(0); // capacity binds in some trials, so unmet need is exercised
    expect(results.accountingChecks.largestCareSplitError).toBeLessThan(1e-9);
    expect(results.accountingChecks.largestTransferImbalance).toBeLessThan(1e-9);
    expect(results.accountingChecks.largestSystemSumError).toBeLessThan(1e-9);
  });

  it('what the council and the ICB pay reaches their ledgers: each careServices line is the sum of its services', () => {
    const model = compileModel(uncertain);
    const central = centralCase(model, 3);
    const run = runScenario(uncertain, { trials: 1, seed: 3 });
    expect(run.results.careServices).toHaveLength(6);
    for (let year = 0; year < model.years; year++) {
      const line = (id: string) => central.statements.find((statement) => statement.entityId === id && statement.year === year)!.lines.careServices;
      const central0 = (careIndex: number, metric: (typeof CARE_METRICS)[number]) => centralFigure(model, careIndex, year, metric, 3);
      expect(line('icb')).toBeCloseTo(central0(0, 'careNhsCost') + central0(1, 'careNhsCost'), 9);
      expect(line('council')).toBeCloseTo(central0(0, 'careCouncilCost') + central0(1, 'careCouncilCost'), 9);
    }
  });
});

/** A care figure of the central case, read from the trial state after each year. */
function centralFigure(model: ReturnType<typeof compileModel>, careIndex: number, year: number, metric: (typeof CARE_METRICS)[number], seed: number): number {
  let value = Number.NaN;
  const state = new TrialState(model);
  runTrial(state, seed, 0, 'central', (settled) => {
    if (settled === year) value = state.careYear[careIndex * CARE_METRICS.length + CARE_METRICS.indexOf(metric)];
  });
  return value;
}
