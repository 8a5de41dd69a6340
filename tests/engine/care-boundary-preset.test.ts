import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/run-scenario.ts';
import { parseScenarioText } from '../../engine/scenario/parse-scenario-text.ts';
import { careColumnOf } from '../../engine/montecarlo/column-layout.ts';

const text = parseScenarioText(readFileSync(join(import.meta.dirname, '../../scenarios/care-boundary.yaml'), 'utf8'));
if (!text.ok) throw new Error('care-boundary.yaml does not parse');

describe('the care-boundary preset', () => {
  const { model, block, results } = runScenario(text.document, { trials: 300, seed: 13 });
  const chc = model.careServices.find((service) => service.id === 'chc')!;

  it('keeps every identity in every trial: NHS + council + people = care cost, partners pay the pool spend, transfers sum to zero', () => {
    expect(results.accountingChecks.largestCareSplitError).toBeLessThan(1e-9);
    expect(results.accountingChecks.largestPoolImbalance).toBeLessThan(1e-9);
    expect(results.accountingChecks.largestTransferImbalance).toBeLessThan(1e-9);
    expect(results.accountingChecks.largestSystemSumError).toBeLessThan(1e-9);
  });

  it('moves part of continuing healthcare onto people in every trial, half a year in the first year (the shift starts in October)', () => {
    for (let trial = 0; trial < block.trialCount; trial++) {
      const row = trial * block.columnCount;
      const first = block.values[row + careColumnOf(model, chc.careIndex, 0, 'careMovedOntoPeople')];
      const second = block.values[row + careColumnOf(model, chc.careIndex, 1, 'careMovedOntoPeople')];
      expect(first).toBeGreaterThan(0);
      // A full year against half a year, with a year's growth in users and fees (at most 4% and 8%) between them.
      expect(second / first).toBeGreaterThan(2);
      expect(second / first).toBeLessThan(2 * 1.04 * 1.08 + 1e-9);
    }
  });

  it('the alternative without the reassessment leaves the ICB worse off in every year, by what it no longer pays', () => {
    const alternative = results.alternatives.find((entry) => entry.name === 'without the reassessment')!;
    const icbRows = alternative.comparison.rows.filter((row) => row.entityId === 'icb' && row.metric === 'outturn');
    expect(icbRows).toHaveLength(3);
    for (const row of icbRows) expect(row.difference.p95).toBeLessThan(0);
  });

  it('what people pay without the reassessment, on the same trials, is less by exactly what the shift moved onto them', () => {
    const alternative = results.alternatives.find((entry) => entry.name === 'without the reassessment')!;
    for (let year = 0; year < 3; year++) {
      const paired = alternative.comparison.careRows!.find((row) => row.serviceId === 'chc' && row.year === year && row.metric === 'carePeopleCost')!;
      const moved = results.careServices!.find((row) => row.serviceId === 'chc' && row.year === year)!.metrics.careMovedOntoPeople;
      expect(paired.difference.mean).toBeCloseTo(-moved.mean, 9);
      expect(paired.difference.p95).toBeCloseTo(-moved.p5, 9);
    }
  });
});
