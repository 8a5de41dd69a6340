import { describe, expect, it } from 'vitest';
import type { PlanPosition } from '../../engine/index.ts';
import { planShortfalls } from '../../ui/src/builder/plan-shortfalls.ts';

const position = (id: string, kind: PlanPosition['kind'], variances: number[]): PlanPosition => ({
  id,
  name: id.toUpperCase(),
  kind,
  systemId: 's',
  years: variances.map((variance, index) => ({ year: `202${5 + index}/2${6 + index}`, outturn: variance, controlTotal: 0, variance })),
});

describe('planShortfalls', () => {
  it('lists each organisation or system short in some year once, at its worst year, the largest shortfall first; £1 short or less is rounding', () => {
    const shortfalls = planShortfalls([
      position('a', 'organisation', [-1, -4, -2]),
      position('b', 'organisation', [0, 5, -0.000001]),
      position('c', 'organisation', [-10, 0, 0]),
      position('s', 'system', [-11, -4, -2]),
    ]);
    expect(shortfalls).toEqual([
      { id: 's', name: 'S', kind: 'system', worstYear: '2025/26', worstVariance: -11, yearsShort: 3, years: 3 },
      { id: 'c', name: 'C', kind: 'organisation', worstYear: '2025/26', worstVariance: -10, yearsShort: 1, years: 3 },
      { id: 'a', name: 'A', kind: 'organisation', worstYear: '2026/27', worstVariance: -4, yearsShort: 3, years: 3 },
    ]);
  });
});
