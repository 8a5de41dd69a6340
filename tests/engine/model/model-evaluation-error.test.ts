import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../engine/run-scenario.ts';
import { ModelEvaluationError } from '../../../engine/model/model-evaluation-error.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText } from '../../../engine/index.ts';
import { MAX_EMERGENCY_ARRIVALS_PER_DAY } from '../../../engine/model/beds/simulate-beds.ts';
import { uncertainScenario } from '../fixtures.ts';

function teaching(): Record<string, any> {
  const parsed = parseScenarioText(readFileSync(join(import.meta.dirname, '..', '..', '..', 'scenarios', 'teaching.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error('teaching.yaml does not parse');
  return parsed.document as Record<string, any>;
}

function failure(document: unknown, trials = 20): Error {
  try {
    runScenario(document, { trials, seed: 1 });
  } catch (error) {
    return error as Error;
  }
  throw new Error('the run did not fail');
}

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

  it("a demand growth drawn below −100% stops the run at the bed model's growth field, not inside the kernel", () => {
    const document = teaching();
    document.drivers.demandGrowth = { dist: 'normal', mean: 0.03, sd: 30 };
    const caught = failure(document);
    expect(caught).toBeInstanceOf(ModelEvaluationError);
    expect(caught.message).toMatch(/^systems\[0\]\.organisations\[1\]\.beds\.emergency\.growth: emergency demand growth must stay above −100% \(−1\) in every trial, but gave -\d/);
  });

  it("emergency arrivals above the bed model's ceiling stop the run at the admissions field", () => {
    const document = teaching();
    // 19,000 a year grown 3,001-fold in its one year: about 156,000 a day.
    document.drivers.demandGrowth = { dist: 'normal', mean: 3000, sd: 1 };
    const caught = failure(document, 2);
    expect(caught).toBeInstanceOf(ModelEvaluationError);
    expect(caught.message).toContain(`systems[0].organisations[1].beds.emergency.admissionsPerYear: emergency arrivals come to`);
    expect(caught.message).toContain(`the bed model takes at most ${MAX_EMERGENCY_ARRIVALS_PER_DAY.toLocaleString('en-GB')} a day`);
  });
});
