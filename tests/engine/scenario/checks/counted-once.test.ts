import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../engine/scenario/validate-scenario.ts';
import { bedScenario } from '../../model/beds/beds-scenario.ts';

function withTrust(change: (trust: Record<string, unknown>) => void) {
  const document = bedScenario() as unknown as { systems: Array<{ organisations: Array<Record<string, unknown>> }> };
  change(document.systems[0].organisations[1]);
  return validateScenario(document);
}

describe('the same patients are counted once', () => {
  it('refuses activity growth on a trust with a bed model, naming the section to drop', () => {
    const result = withTrust((trust) => {
      trust.activity = { plannedGrowth: 0.03, actualGrowth: 0.05, variableCostShare: 0.4 };
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: 'systems[0].organisations[1].activity',
        message:
          'drop activity: this trust has a bed model, whose emergency growth and income and cost per admission already move its income and costs with the patients it admits; activity would count the same patients twice',
      },
    ]);
  });

  it('refuses even an activity section that only plans growth (it would be silently ignored)', () => {
    const result = withTrust((trust) => {
      trust.activity = { plannedGrowth: 0.03 };
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toEqual(['systems[0].organisations[1].activity']);
  });

  it('accepts the bed model alone, and activity on a trust without beds', () => {
    expect(withTrust(() => {}).ok).toBe(true);
    expect(
      withTrust((trust) => {
        delete trust.beds;
        trust.activity = { plannedGrowth: 0.03, actualGrowth: 0.05, variableCostShare: 0.4 };
      }).ok,
    ).toBe(true);
  });
});
