// The identities of places that hold budgets, checked on every trial: they hold on a run, and a
// single wrong figure injected into one trial's row shows up as exactly the size of the error.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../engine/run-scenario.ts';
import { careColumnOf, placeColumnOf } from '../../../engine/montecarlo/column-layout.ts';
import { placeAccountingCheck } from '../../../engine/results/place-accounting-check.ts';
import { largerAccountingErrors } from '../../../engine/results/larger-accounting-errors.ts';
import type { TrialBlock } from '../../../engine/montecarlo/trial-block.ts';
import type { PlaceMetric } from '../../../engine/model/places/place-metrics.ts';
import { careScenario } from '../model/care/care-fixtures.ts';

// North pays the hospital's £390m block contract from 0.76 of a £500m pot and draws on a reserve of £0m–£15m;
// South pays continuing healthcare (50–120 people at £1,000 a week) from 0.008 of the pot and cuts it when over.
const document = careScenario({
  years: 2,
  services: [
    { id: 'chc', name: 'Continuing healthcare', kind: 'continuingHealthcare', users: { dist: 'uniform', min: 50, max: 120 }, weeklyCost: 1000, funder: 'nhs', nhsFunder: 'icb', council: 'council' },
  ],
}) as Record<string, any>;
document.systems[0].places = [
  { id: 'north', name: 'North', share: 0.76, budget: { contracts: ['trust'], overspend: 'systemReserve' } },
  { id: 'south', name: 'South', share: 0.008, budget: { careServices: ['chc'], overspend: 'cutServices', cuts: ['chc'] } },
];
document.systems[0].placeReserve = { dist: 'uniform', min: 0, max: 15 };
const trials = 200;
const { model, block, results } = runScenario(document, { trials, seed: 4 });

/** The block with one figure of one trial moved by `by`. */
function injected(column: number, trial: number, by: number): TrialBlock {
  const values = Float64Array.from(block.values);
  values[trial * block.columnCount + column] += by;
  return { ...block, values };
}
const place = (index: number, metric: PlaceMetric, year = 0) => placeColumnOf(model, index, year, metric);

describe('the accounting check of places that hold budgets', () => {
  it('holds in every trial of a run that cuts and draws at random, and is reported with the other checks', () => {
    expect(results.accountingChecks.largestPlaceImbalance).toBeDefined();
    expect(results.accountingChecks.largestPlaceImbalance!).toBeLessThan(1e-9);
    // The run really exercises both: South cuts in some trials, North draws less than it asked in some.
    const south = results.placeBudgets!.find((row) => row.placeId === 'south' && row.year === 0)!;
    const north = results.placeBudgets!.find((row) => row.placeId === 'north' && row.year === 0)!;
    expect(south.metrics.placeCuts.max).toBeGreaterThan(0);
    expect(north.probabilityPlaceUnfunded).toBeGreaterThan(0);
    // North's contracts are the hospital's £390m block contract; South holds no contract.
    expect(north.metrics.placeContractSpend.mean).toBeCloseTo(390, 9);
    expect(south.metrics.placeContractSpend.max).toBe(0);
    expect([north.contractIds, north.careServiceIds, south.careServiceIds]).toEqual([['trust'], [], ['chc']]);
  });

  it('finds a care row that disagrees with the place that holds it (spend = contracts + cuts + the NHS part of the care it holds)', () => {
    expect(placeAccountingCheck(model, injected(careColumnOf(model, 0, 1, 'careNhsCost'), 17, 0.25))).toBeCloseTo(0.25, 9);
  });

  it('finds a position that is not budget − spend + drawn + cuts', () => {
    expect(placeAccountingCheck(model, injected(place(1, 'placePosition'), 3, -0.5))).toBeCloseTo(0.5, 9);
    expect(placeAccountingCheck(model, injected(place(0, 'placeSpend', 1), 120, 2))).toBeCloseTo(2, 9);
  });

  it('finds an overspend left unmet that is not max(0, −position)', () => {
    expect(placeAccountingCheck(model, injected(place(0, 'placeUnfunded'), 9, 0.125))).toBeCloseTo(0.125, 9);
  });

  it('finds a reserve drawn beyond the overspend asked of it', () => {
    // Drawing £1m more breaks the place's books by £1m, and the draws by £1m more than the overspends.
    expect(placeAccountingCheck(model, injected(place(0, 'placeReserveDrawn'), 50, 1))).toBeCloseTo(1, 9);
  });

  it('of two chunks of a long run, the larger error is kept', () => {
    const checks = { largestTransferImbalance: 0, largestSystemSumError: 0 };
    expect(largerAccountingErrors({ ...checks, largestPlaceImbalance: 0.1 }, { ...checks, largestPlaceImbalance: 0.3 }).largestPlaceImbalance).toBe(0.3);
    expect(largerAccountingErrors(checks, { ...checks, largestPlaceImbalance: 0.3 }).largestPlaceImbalance).toBe(0.3);
    expect(largerAccountingErrors(checks, checks).largestPlaceImbalance).toBeUndefined();
  });
});
