import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../engine/scenario/validate-scenario.ts';
import { bedScenario } from '../model/beds/beds-scenario.ts';

describe('beds.frontDoor', () => {
  it('accepts queue and loss', () => {
    for (const frontDoor of ['queue', 'loss']) expect(validateScenario(bedScenario({ beds: { frontDoor } })).ok).toBe(true);
  });

  it('refuses anything else at the field', () => {
    const result = validateScenario(bedScenario({ beds: { frontDoor: 'divert' } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain('systems[0].organisations[1].beds.frontDoor');
  });
});
