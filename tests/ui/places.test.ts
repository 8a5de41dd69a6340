// The places section's shaping: every figure is the engine's, worked by hand on a small system.
import { describe, expect, test } from 'vitest';
import { runScenario } from '../../engine/index.ts';
import { placeBudgetLines, placeBudgetsReading, placeOrganisationsLines } from '../../ui/src/results/places.ts';
import { careScenario } from '../engine/model/care/care-fixtures.ts';

// A £500m pot. North: 0.0078 of it (£3.9m) for continuing healthcare costing 100 × £1,000 × 52 = £5.2m, cut by £1.3m (25 people).
// South: 0.76 of it (£380m) for the hospital's £390m block contract, £10m over; the £5.6m reserve meets £5.6m, £4.4m is left unmet.
const document = careScenario({
  services: [{ id: 'chc', name: 'Continuing healthcare', kind: 'continuingHealthcare', users: 100, weeklyCost: 1000, funder: 'nhs', nhsFunder: 'icb', council: 'council' }],
}) as Record<string, any>;
document.systems[0].places = [
  { id: 'north', name: 'North place', share: 0.0078, budget: { careServices: ['chc'], overspend: 'cutServices', cuts: ['chc'] } },
  { id: 'south', name: 'South place', share: 0.76, budget: { contracts: ['trust'], overspend: 'systemReserve' } },
];
document.systems[0].placeReserve = 5.6;
document.systems[0].organisations[1].place = 'south';
const { results } = runScenario(document, { trials: 3, seed: 1 });

describe('the places section', () => {
  test('each budget-holding place: what it holds, its budget, spend, position and chances, as the engine gives them', () => {
    const [north, south] = placeBudgetLines(results, 0);
    expect(north).toEqual({
      placeId: 'north',
      name: 'North place',
      holds: 'Continuing healthcare (NHS part)',
      budget: '£3.9m',
      spend: '£5.2m',
      spendRange: '£5.2m to £5.2m',
      position: '£0.0m',
      positionRange: '£0.0m to £0.0m',
      withinBudget: '0%',
      leftOverBudget: '0%',
      onOverspend: 'Cuts Continuing healthcare: £1.3m and 25 people on average',
    });
    expect(south).toMatchObject({
      holds: 'Test Hospital’s contract',
      budget: '£380m',
      spend: '£390m',
      position: '−\u2060£4.4m',
      withinBudget: '0%',
      leftOverBudget: '100%',
      onOverspend: 'Draws on the system reserve: £5.6m on average',
    });
  });

  test('one sentence says how often each place stays within its budget and how often it is left over it', () => {
    expect(placeBudgetsReading(results, 0)).toBe(
      'In 2026/27, North place spends within its budget of £3.9m in no trial, and is left over it, after its cuts, in no trial; ' +
        'South place spends within its budget of £380m in no trial, and is left over it, after drawing on the reserve, in every trial.',
    );
  });

  test("a place's organisations together, and nothing for another system", () => {
    const [south] = placeOrganisationsLines(results, 0);
    // The hospital's £390m contract pays its £390m of pay: it breaks even, its control total, in every trial.
    expect(south).toEqual({ placeId: 'south', name: 'South place', organisations: 'Test Hospital', delegatedBudget: '£380m', outturn: '£0.0m', outturnRange: '£0.0m to £0.0m', meets: '100%' });
    expect(placeOrganisationsLines(results, 0, 'another')).toEqual([]);
    expect(placeBudgetLines(results, 0, 'another')).toEqual([]);
  });
});
