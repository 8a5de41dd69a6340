import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../engine/run-scenario.ts';
import { columnOf } from '../../../engine/montecarlo/column-layout.ts';
import { uncertainScenario } from '../fixtures.ts';

describe('places', () => {
  const document = uncertainScenario() as Record<string, any>;
  document.systems[0].places = [
    { id: 'north', name: 'North place', share: 0.4 },
    { id: 'south', name: 'South place', share: 0.35 },
  ];
  document.systems[0].organisations[1].place = 'north';
  document.systems[0].organisations[2].place = 'north';
  document.systems[0].organisations[3].place = 'south';
  const run = runScenario(document, { trials: 100, seed: 12 });

  it('add up their organisations trial by trial', () => {
    const north = run.results.places.find((place) => place.placeId === 'north' && place.year === 1)!;
    expect(north.organisationIds).toEqual(['a', 'b']);
    const sums = Array.from({ length: 100 }, (_, trial) => {
      const row = trial * run.block.columnCount;
      return run.block.values[row + columnOf(run.model, 1, 1, 'outturn')] + run.block.values[row + columnOf(run.model, 2, 1, 'outturn')];
    });
    expect(north.outturn.mean).toBeCloseTo(sums.reduce((total, value) => total + value, 0) / 100, 9);
    expect(north.outturn.min).toBeCloseTo(Math.min(...sums), 9);
  });

  it('report the delegated share of the single pot', () => {
    // Pot 1000 × 1.035 in 2025/26, × 1.035 again in 2026/27.
    const north2025 = run.results.places.find((place) => place.placeId === 'north' && place.year === 0)!;
    const south2026 = run.results.places.find((place) => place.placeId === 'south' && place.year === 1)!;
    expect(north2025.delegatedBudget).toBeCloseTo(1000 * 1.035 * 0.4, 9);
    expect(south2026.delegatedBudget).toBeCloseTo(1000 * 1.035 ** 2 * 0.35, 9);
  });
});
