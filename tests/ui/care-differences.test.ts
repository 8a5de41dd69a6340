// The compare page's care differences: a boundary shift worked by hand, read from the engine's comparison.
import { describe, expect, test } from 'vitest';
import { compareScenarios } from '../../engine/index.ts';
import { careDifferenceLines, careDifferenceReading } from '../../ui/src/compare/care-differences.ts';
import { careScenario, CONTINUING_HEALTHCARE } from '../engine/model/care/care-fixtures.ts';

// 100 people at £300 a week, NHS-funded: £1.56m a year. Re-designated to the council, 40% pay in full
// (£0.624m of their own money) and the council pays the rest (£0.936m); the cost stays £1.56m.
const baseline = careScenario({ services: [CONTINUING_HEALTHCARE] });
const shifted = careScenario({ services: [CONTINUING_HEALTHCARE], interventions: [{ kind: 'boundaryShift', name: 'Reassess CHC', service: 'chc', to: 'council', share: 1 }] });
const comparison = compareScenarios(baseline, shifted, { trials: 5, seed: 1 });

describe('care differences between two runs', () => {
  test('per service: the cost, NHS, council and people differences (alternative − baseline) with their 90% ranges', () => {
    expect(careDifferenceLines(comparison, 0)).toEqual([
      {
        serviceId: 'chc',
        name: 'Continuing healthcare',
        cells: [
          { mean: '£0.0m', range: '£0.0m to £0.0m' },
          { mean: '−\u2060£1.6m', range: '−\u2060£1.6m to −\u2060£1.6m' },
          { mean: '+£0.9m', range: '+£0.9m to +£0.9m' },
          { mean: '+£0.6m', range: '+£0.6m to +£0.6m' },
          { mean: '0', range: '0 to 0' },
        ],
      },
    ]);
    expect(careDifferenceLines(comparison, 1)).toEqual([]);
  });

  test('one sentence: who pays more and who less under the alternative', () => {
    expect(careDifferenceReading(comparison, 0, '2026/27', { baseline: 'Baseline', alternative: 'the reassessment' })).toBe(
      'Against Baseline, under the reassessment in 2026/27 the NHS pays £1.6m less for care on average, councils £0.9m more and people £0.6m more of their own money; the care costs the same in all.',
    );
    expect(careDifferenceReading({ careRows: undefined }, 0, '2026/27', { baseline: 'A', alternative: 'B' })).toBe('');
  });
});
