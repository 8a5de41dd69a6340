import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../engine/run-scenario.ts';
import { ModelEvaluationError } from '../../../engine/model/model-evaluation-error.ts';
import { uncertainScenario } from '../fixtures.ts';

describe('inputs that cannot be evaluated', () => {
  it('a formula undefined for some trials stops the run with its path, its text and the trial', () => {
    const document = uncertainScenario() as Record<string, any>;
    // demand is Normal(0.03, 0.02): negative in about 7% of trials, where sqrt is NaN.
    document.systems[0].organisations[1].costs.pay.growth = 'sqrt(demand) * 0.1';
    let caught: unknown;
    try {
      runScenario(document, { trials: 200, seed: 1 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ModelEvaluationError);
    expect((caught as Error).message).toMatch(
      /^systems\[0\]\.organisations\[1\]\.costs\.pay\.growth: the formula "sqrt\(demand\) \* 0\.1" gave NaN in trial \d+, year 2025; make it defined for every value its inputs can take/,
    );
  });

  it('the same formula guarded with max(0, …) runs', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.systems[0].organisations[1].costs.pay.growth = 'sqrt(max(0, demand)) * 0.1';
    expect(runScenario(document, { trials: 50, seed: 1 }).results.meta.trials).toBe(50);
  });
});
