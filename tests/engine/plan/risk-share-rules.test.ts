// Each risk-share rule a system compares, on the same trials: the mean
// transfer under each rule (the money each member receives or pays).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseScenarioText, runScenario, type Scenario } from '../../../engine/index.ts';

const document = (parseScenarioText(readFileSync('scenarios/system-control-total.yaml', 'utf8')) as { document: Scenario }).document;
const { results } = runScenario(document, { trials: 400, seed: 7 });

describe('risk-share rules compared', () => {
  test('under every rule that moves money between members, their mean transfers sum to zero each year; under the central reserve, to the whole reserve (every pound of it goes to a member: deficit cover, then the rest back pro rata)', () => {
    const [comparison] = results.riskShareComparison;
    expect(comparison.rules.map((rule) => rule.rule)).toEqual(['surplusCoversDeficit', 'none', 'proRata', 'collarAndCap', 'contingencyReserve']);
    const system = results.entities.find((entity) => entity.kind === 'system')!;
    // The preset's central reserve is £12m a year (riskShareAlternatives), top-sliced from the single pot.
    const expected: Record<string, number> = { surplusCoversDeficit: 0, none: 0, proRata: 0, collarAndCap: 0, contingencyReserve: 12 };
    for (const rule of comparison.rules) {
      for (let year = 0; year < results.meta.yearLabels.length; year++) {
        const members = rule.rows.filter((row) => row.year === year && row.entityId !== system.id);
        const total = members.reduce((sum, row) => sum + row.transferMean, 0);
        expect(total, `${rule.label}, year ${year}`).toBeCloseTo(expected[rule.rule], 9);
      }
    }
    // Not a check of zeros: the pro-rata rule moves tens of £m.
    const proRata = comparison.rules.find((rule) => rule.rule === 'proRata')!;
    expect(proRata.rows.reduce((sum, row) => sum + Math.abs(row.transferMean), 0)).toBeGreaterThan(10);
  });

  test('under the scenario’s own rule, the mean transfer is the results table’s mean risk-share transfer', () => {
    const own = results.riskShareComparison[0].rules.find((rule) => rule.isScenarioRule)!;
    let moved = 0;
    for (const row of own.rows) {
      const table = results.table.find((entry) => entry.entityId === row.entityId && entry.year === row.year)!;
      expect(row.transferMean).toBeCloseTo(table.metrics.riskShareTransfer.mean, 9);
      moved += Math.abs(row.transferMean);
    }
    // The preset's rule moves money: the check above is not of zeros.
    expect(moved).toBeGreaterThan(1);
  });
});
