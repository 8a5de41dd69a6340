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

describe('beds.diversion and beds.abandonAfterHours', () => {
  it('are accepted with the front door a queue (the default)', () => {
    expect(validateScenario(bedScenario({ beds: { diversion: { queueLength: 10, share: 0.5 }, abandonAfterHours: 12 } })).ok).toBe(true);
  });

  it('are refused at their field with the front door a loss, which has no queue', () => {
    const result = validateScenario(bedScenario({ beds: { frontDoor: 'loss', diversion: { queueLength: 10, share: 0.5 }, abandonAfterHours: 12 } }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContainEqual({
        path: 'systems[0].organisations[1].beds.diversion',
        message: "acts on patients waiting for a bed, so needs the front door 'queue' (this trust's is 'loss')",
      });
      expect(result.issues.map((issue) => issue.path)).toContain('systems[0].organisations[1].beds.abandonAfterHours');
    }
  });

  it('refuse a share above 1, a length that is not whole and a wait of 0 hours at the field', () => {
    for (const [beds, path] of [
      [{ diversion: { queueLength: 10, share: 1.5 } }, 'beds.diversion.share'],
      [{ diversion: { queueLength: 2.5, share: 1 } }, 'beds.diversion.queueLength'],
      [{ abandonAfterHours: 0 }, 'beds.abandonAfterHours'],
    ] as const) {
      const result = validateScenario(bedScenario({ beds }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain(`systems[0].organisations[1].${path}`);
    }
  });
});
