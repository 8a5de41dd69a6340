import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../engine/run-scenario.ts';
import { columnOf } from '../../../engine/montecarlo/column-layout.ts';
import { uncertainScenario } from '../fixtures.ts';

const RULES = [
  { rule: 'none' },
  { rule: 'proRata' },
  { rule: 'collarAndCap', collar: 2, cap: { a: 3, b: 10, c: 4 } },
  { rule: 'contingencyReserve', reserve: 15, remainder: 'returnProRata' },
  { rule: 'contingencyReserve', reserve: { dist: 'uniform', min: 5, max: 25 }, remainder: 'hold' },
  { rule: 'surplusCoversDeficit', surplusShare: 0.5 },
];

describe('Monte Carlo runs', () => {
  it('give identical results for the same seed, in one chunk or in many', () => {
    const whole = runScenario(uncertainScenario(), { trials: 240, seed: 5, chunkSize: 240 });
    const pieces = runScenario(uncertainScenario(), { trials: 240, seed: 5, chunkSize: 37 });
    expect(Array.from(pieces.block.values)).toEqual(Array.from(whole.block.values));
    expect(Array.from(pieces.block.fan)).toEqual(Array.from(whole.block.fan));
    expect(JSON.stringify(pieces.results)).toBe(JSON.stringify(whole.results));
  });

  it('give different results for a different seed', () => {
    const a = runScenario(uncertainScenario(), { trials: 50, seed: 5 });
    const b = runScenario(uncertainScenario(), { trials: 50, seed: 6 });
    expect(Array.from(a.block.values)).not.toEqual(Array.from(b.block.values));
  });

  it.each(RULES)('conserve money in every trial under the rule %o: transfers sum to zero and the system is the sum of its organisations', (riskShare) => {
    const { model, block, results } = runScenario(uncertainScenario(riskShare), { trials: 300, seed: 17 });
    const system = model.entities.find((entity) => entity.kind === 'system')!;
    const reserve = model.entities.find((entity) => entity.kind === 'reserve');
    const members = model.systems[0].controlTotalMembers;
    for (let trial = 0; trial < block.trialCount; trial++) {
      const row = trial * block.columnCount;
      const value = (entity: number, year: number, metric: Parameters<typeof columnOf>[3]) => block.values[row + columnOf(model, entity, year, metric)];
      for (let year = 0; year < model.years; year++) {
        let transfers = reserve ? value(reserve.index, year, 'riskShareTransfer') : 0;
        let outturns = reserve ? value(reserve.index, year, 'outturn') : 0;
        for (const organisation of model.systems[0].organisations) transfers += value(organisation, year, 'riskShareTransfer');
        for (const organisation of members) outturns += value(organisation, year, 'outturn');
        expect(Math.abs(transfers)).toBeLessThan(1e-9);
        expect(value(system.index, year, 'outturn')).toBeCloseTo(outturns, 9);
      }
    }
    expect(results.accountingChecks.largestTransferImbalance).toBeLessThan(1e-9);
    expect(results.accountingChecks.largestSystemSumError).toBeLessThan(1e-9);
  });

  it('a risk-share rule moves money between organisations but never changes the system outturn in any trial', () => {
    const none = runScenario(uncertainScenario({ rule: 'none' }), { trials: 200, seed: 3 });
    for (const riskShare of RULES.slice(1)) {
      const shared = runScenario(uncertainScenario(riskShare), { trials: 200, seed: 3 });
      const systemNone = none.model.entities.find((entity) => entity.kind === 'system')!.index;
      const systemShared = shared.model.entities.find((entity) => entity.kind === 'system')!.index;
      for (let trial = 0; trial < 200; trial++) {
        for (let year = 0; year < 2; year++) {
          const before = none.block.values[trial * none.block.columnCount + columnOf(none.model, systemNone, year, 'outturn')];
          const after = shared.block.values[trial * shared.block.columnCount + columnOf(shared.model, systemShared, year, 'outturn')];
          expect(after).toBeCloseTo(before, 9);
        }
      }
    }
  });

  it('a pro-rata share leaves every member with its weight of the system variance', () => {
    const { results } = runScenario(uncertainScenario({ rule: 'proRata', weights: 'equal' }), { trials: 100, seed: 8 });
    const members = ['icb', 'a', 'b', 'c'];
    for (let year = 0; year < 2; year++) {
      const system = results.table.find((row) => row.entityId === 'sys' && row.year === year)!;
      for (const id of members) {
        const row = results.table.find((entry) => entry.entityId === id && entry.year === year)!;
        expect(row.metrics.postShareVariance.mean).toBeCloseTo(system.metrics.variance.mean / 4, 9);
        expect(row.metrics.postShareVariance.sd).toBeCloseTo(system.metrics.variance.sd / 4, 9);
      }
    }
  });
});
