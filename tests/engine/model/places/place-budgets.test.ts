import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../../engine/run-scenario.ts';
import { careColumnOf, columnOf, placeColumnOf } from '../../../../engine/montecarlo/column-layout.ts';
import { validateScenario } from '../../../../engine/scenario/validate-scenario.ts';
import type { PlaceMetric } from '../../../../engine/model/places/place-metrics.ts';
import { careScenario } from '../care/care-fixtures.ts';

/** Continuing healthcare for 100 people at £1,000 a week, NHS-funded: 100 × 1,000 × 52 = £5.2m a year. */
const CHC = { id: 'chc', name: 'Continuing healthcare', kind: 'continuingHealthcare', users: 100, weeklyCost: 1000, funder: 'nhs', nhsFunder: 'icb', council: 'council' };

/** The test system (a £500m pot, a £390m block contract with Test Hospital) with places and, optionally, a reserve. */
function placeScenario(places: unknown[], extra: { placeReserve?: unknown; delegatedByPopulation?: number; users?: unknown } = {}) {
  const document = careScenario({ services: [{ ...CHC, ...(extra.users === undefined ? {} : { users: extra.users }) }] }) as Record<string, any>;
  const system = document.systems[0];
  system.places = places;
  if (extra.placeReserve !== undefined) system.placeReserve = extra.placeReserve;
  if (extra.delegatedByPopulation !== undefined) system.delegatedByPopulation = extra.delegatedByPopulation;
  return document;
}

function figures(document: Record<string, unknown>, trials = 1) {
  const run = runScenario(document, { trials, seed: 1 });
  const value = (column: number, trial = 0) => run.block.values[trial * run.block.columnCount + column];
  return {
    run,
    place: (index: number, metric: PlaceMetric, trial = 0) => value(placeColumnOf(run.model, index, 0, metric), trial),
    care: (metric: Parameters<typeof careColumnOf>[3], trial = 0) => value(careColumnOf(run.model, 0, 0, metric), trial),
    outturn: (entity: number, trial = 0) => value(columnOf(run.model, entity, 0, 'outturn'), trial),
  };
}

describe('a place that cuts named services to live within its budget', () => {
  // Budget 0.0078 × £500m = £3.9m; continuing healthcare costs £5.2m: £1.3m over, a quarter of it.
  const place = { id: 'north', name: 'North place', share: 0.0078, budget: { careServices: ['chc'], overspend: 'cutServices', cuts: ['chc'] } };
  const { place: figure, care, run } = figures(placeScenario([place]));

  it('cuts £1.3m, a quarter of the service: 25 of its 100 people are no longer served and count as unmet need', () => {
    expect(figure(0, 'placeBudget')).toBeCloseTo(3.9, 12);
    expect(figure(0, 'placeSpend')).toBeCloseTo(5.2, 12);
    expect(figure(0, 'placeOverspend')).toBeCloseTo(1.3, 12);
    expect(figure(0, 'placeCuts')).toBeCloseTo(1.3, 12);
    expect(figure(0, 'placePeopleCut')).toBeCloseTo(25, 10);
    expect(figure(0, 'placePosition')).toBeCloseTo(0, 12);
    expect(figure(0, 'placeUnfunded')).toBe(0);
    expect(care('careUsersServed')).toBeCloseTo(75, 10);
    expect(care('careUnmetNeed')).toBeCloseTo(25, 10);
    expect(care('careNhsCost')).toBeCloseTo(3.9, 12);
  });

  it("the ICB's care line falls by the cut, and the split of the care still adds up", () => {
    const icbCare = run.results.centralStatements.find((statement) => statement.entityId === 'icb' && statement.year === 0)!.lines.careServices;
    expect(icbCare).toBeCloseTo(3.9, 12);
    expect(run.results.accountingChecks.largestCareSplitError).toBeLessThan(1e-12);
    expect(run.results.accountingChecks.largestSystemSumError).toBeLessThan(1e-9);
  });

  it('results name the services cut and the place position', () => {
    const [row] = run.results.placeBudgets!;
    expect(row).toMatchObject({ placeId: 'north', overspend: 'cutServices', cutServiceIds: ['chc'], probabilityPlaceOverspend: 1, probabilityPlaceUnfunded: 0 });
    expect(row.metrics.placeCuts.mean).toBeCloseTo(1.3, 12);
  });

  it('a place within its budget cuts nothing', () => {
    const rich = figures(placeScenario([{ ...place, share: 0.02 }]));
    expect(rich.place(0, 'placeOverspend')).toBeCloseTo(-4.8, 12);
    expect(rich.place(0, 'placeCuts')).toBe(0);
    expect(rich.place(0, 'placePosition')).toBeCloseTo(4.8, 12);
    expect(rich.care('careUsersServed')).toBe(100);
  });
});

describe('places that draw on the system reserve', () => {
  // North pays the hospital's £390m contract from 0.76 × £500m = £380m: £10m over. South pays
  // continuing healthcare (£5.2m) from 0.008 × £500m = £4m: £1.2m over. The reserve, £5.6m,
  // meets half of the £11.2m asked: £5m to North, £0.6m to South; the rest is left unmet.
  const places = [
    { id: 'north', name: 'North', share: 0.76, budget: { contracts: ['trust'], overspend: 'systemReserve' } },
    { id: 'south', name: 'South', share: 0.008, budget: { careServices: ['chc'], overspend: 'systemReserve' } },
  ];
  const drawn = figures(placeScenario(places, { placeReserve: 5.6 }));

  it('a reserve that runs short meets each overspend in proportion: £5m and £0.6m of £10m and £1.2m', () => {
    expect(drawn.place(0, 'placeReserveDrawn')).toBeCloseTo(5, 12);
    expect(drawn.place(1, 'placeReserveDrawn')).toBeCloseTo(0.6, 12);
    expect(drawn.place(0, 'placeUnfunded')).toBeCloseTo(5, 12);
    expect(drawn.place(1, 'placeUnfunded')).toBeCloseTo(0.6, 12);
    // What the places drew is what the reserve gave: the draws add up to it.
    expect(drawn.place(0, 'placeReserveDrawn') + drawn.place(1, 'placeReserveDrawn')).toBeCloseTo(5.6, 12);
  });

  it('a reserve that covers every overspend meets each in full', () => {
    const ample = figures(placeScenario(places, { placeReserve: 20 }));
    expect(ample.place(0, 'placeReserveDrawn')).toBeCloseTo(10, 12);
    expect(ample.place(1, 'placeReserveDrawn')).toBeCloseTo(1.2, 12);
    expect(ample.place(0, 'placePosition')).toBeCloseTo(0, 12);
  });

  it('drawing on the reserve moves nothing between organisations: every outturn is the same as with no budgets held', () => {
    const plain = figures(placeScenario(places.map(({ budget: _budget, ...rest }) => rest)));
    for (let entity = 0; entity < drawn.run.model.entities.length; entity++) expect(drawn.outturn(entity)).toBe(plain.outturn(entity));
  });

  it('position = budget − spend + drawn + cuts in every trial, with users and the reserve drawn at random', () => {
    const mixed = [
      { id: 'north', name: 'North', share: 0.76, budget: { contracts: ['trust'], overspend: 'systemReserve' } },
      { id: 'south', name: 'South', share: 0.008, budget: { careServices: ['chc'], overspend: 'cutServices', cuts: ['chc'] } },
    ];
    const trials = 200;
    const random = figures(placeScenario(mixed, { placeReserve: { dist: 'uniform', min: 0, max: 15 }, users: { dist: 'uniform', min: 50, max: 120 } }), trials);
    let cutTrials = 0;
    for (let trial = 0; trial < trials; trial++) {
      for (const index of [0, 1]) {
        const at = (metric: PlaceMetric) => random.place(index, metric, trial);
        expect(at('placePosition')).toBeCloseTo(at('placeBudget') - at('placeSpend') + at('placeReserveDrawn') + at('placeCuts'), 12);
        expect(at('placeUnfunded')).toBeCloseTo(Math.max(0, -at('placePosition')), 12);
      }
      // South, which cuts, never ends over its budget.
      expect(random.place(1, 'placeUnfunded', trial)).toBeLessThan(1e-12);
      if (random.place(1, 'placeCuts', trial) > 0) cutTrials++;
    }
    expect(cutTrials).toBeGreaterThan(50);
    expect(random.run.results.accountingChecks.largestCareSplitError).toBeLessThan(1e-12);
  });
});

describe('places by population and a needs weight', () => {
  it('200,000 people weighted 1.2 and 300,000 weighted 0.8 divide 0.6 of the pot equally: £150m each of £500m', () => {
    const places = [
      { id: 'a', name: 'A', population: 200000, needsWeight: 1.2, budget: { contracts: ['trust'], overspend: 'systemReserve' } },
      { id: 'b', name: 'B', population: 300000, needsWeight: 0.8, budget: { careServices: ['chc'], overspend: 'systemReserve' } },
    ];
    const { place } = figures(placeScenario(places, { delegatedByPopulation: 0.6, placeReserve: 0 }));
    expect(place(0, 'placeBudget')).toBeCloseTo(150, 9);
    expect(place(1, 'placeBudget')).toBeCloseTo(150, 9);
  });
});

describe('checking places and their budgets', () => {
  const issues = (document: Record<string, unknown>) => {
    const result = validateScenario(document);
    return result.ok ? [] : result.issues;
  };

  it('a place gives a share or a population, and the system the share it divides by population', () => {
    expect(issues(placeScenario([{ id: 'a', name: 'A', share: 0.1, population: 1000 }]))).toContainEqual({
      path: 'systems[0].places[0].population',
      message: 'give the place a share of the pot or a population, not both',
    });
    expect(issues(placeScenario([{ id: 'a', name: 'A' }]))).toContainEqual({
      path: 'systems[0].places[0].share',
      message: 'is required unless the place gives its population (its part of the pot delegated by population)',
    });
    expect(issues(placeScenario([{ id: 'a', name: 'A', population: 1000 }]))).toContainEqual({
      path: 'systems[0].delegatedByPopulation',
      message: 'is required when a place gives its population: the share of the pot its places divide by population',
    });
    expect(issues(placeScenario([{ id: 'a', name: 'A', share: 0.5, needsWeight: 2 }]))).toContainEqual({
      path: 'systems[0].places[0].needsWeight',
      message: 'is read only with a population: give the place its population, or drop the weight',
    });
    expect(
      issues(
        placeScenario(
          [
            { id: 'a', name: 'A', share: 0.5 },
            { id: 'b', name: 'B', population: 1000 },
          ],
          { delegatedByPopulation: 0.6 },
        ),
      ),
    ).toContainEqual({
      path: 'systems[0].delegatedByPopulation',
      message: "with the places' own shares (0.5) it delegates 1.1 of the pot, more than the whole (1)",
    });
  });

  it('a budget names services and contracts of its system, once, and the rule it overspends by has what it needs', () => {
    const budget = (value: Record<string, unknown>, extra = {}) => issues(placeScenario([{ id: 'a', name: 'A', share: 0.1, budget: value }], extra));
    expect(budget({ careServices: ['nursing'], overspend: 'systemReserve' }, { placeReserve: 1 })).toContainEqual({
      path: 'systems[0].places[0].budget.careServices[0]',
      message: "no care service of this system has id 'nursing'",
    });
    expect(budget({ contracts: ['council'], overspend: 'systemReserve' }, { placeReserve: 1 })).toContainEqual({
      path: 'systems[0].places[0].budget.contracts[0]',
      message: "'council' has no contract with an ICB of this system for the place to pay",
    });
    expect(budget({ careServices: ['chc'], overspend: 'cutServices' })).toContainEqual({
      path: 'systems[0].places[0].budget.cuts',
      message: 'is required for cutServices: the services the place cuts, in order',
    });
    expect(budget({ contracts: ['trust'], overspend: 'cutServices', cuts: ['chc'] })).toContainEqual({
      path: 'systems[0].places[0].budget.cuts[0]',
      message: "'chc' is not one of the care services the place pays for (budget.careServices)",
    });
    expect(budget({ contracts: ['trust'], overspend: 'systemReserve' })).toContainEqual({
      path: 'systems[0].placeReserve',
      message: "is required: place 'a' draws on the system reserve when it overspends",
    });
    expect(budget({ careServices: ['chc'], overspend: 'cutServices', cuts: ['chc'] }, { placeReserve: 1 })).toContainEqual({
      path: 'systems[0].placeReserve',
      message: 'is read only when a place draws on the system reserve (budget.overspend: systemReserve)',
    });
    const twice = placeScenario([
      { id: 'a', name: 'A', share: 0.1, budget: { careServices: ['chc'], overspend: 'cutServices', cuts: ['chc'] } },
      { id: 'b', name: 'B', share: 0.1, budget: { careServices: ['chc'], overspend: 'cutServices', cuts: ['chc'] } },
    ]);
    expect(issues(twice)).toContainEqual({ path: 'systems[0].places[1].budget.careServices[0]', message: "care service 'chc' is delegated to two places (or twice to one)" });
    expect(budget({ careServices: ['chc'], overspend: 'systemReserve' }, { placeReserve: -1 })).toContainEqual({
      path: 'systems[0].placeReserve',
      message: 'the reserve for places must be >= 0, got -1',
    });
  });
});

describe('care, pools and places in the central case', () => {
  it('the central case carries the cut place, its care service and the pool figures, every input at its mean', () => {
    // Users uniform 50 to 150 (mean 100): the central case cuts a quarter of the £5.2m, as the hand case above.
    const document = placeScenario([{ id: 'north', name: 'North place', share: 0.0078, budget: { careServices: ['chc'], overspend: 'cutServices', cuts: ['chc'] } }], {
      users: { dist: 'uniform', min: 50, max: 150 },
    });
    const { results } = runScenario(document, { trials: 20, seed: 1 });
    expect(results.placeBudgets![0].central.placeCuts).toBeCloseTo(1.3, 9);
    expect(results.placeBudgets![0].central.placePeopleCut).toBeCloseTo(25, 9);
    expect(results.careServices![0].central.careUsersServed).toBeCloseTo(75, 9);
    expect(results.careServices![0].central.careNhsCost).toBeCloseTo(3.9, 9);
  });
});
