import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../engine/scenario/parse-scenario-text.ts';
import { runScenario } from '../../engine/run-scenario.ts';
import { bedColumnOf } from '../../engine/montecarlo/column-layout.ts';

const text = parseScenarioText(readFileSync(join(import.meta.dirname, '../../scenarios/bed-cuts.yaml'), 'utf8'));

describe('the bed-cuts preset', () => {
  if (!text.ok) throw new Error('bed-cuts.yaml does not parse');
  const run = runScenario(text.document, { trials: 24 });
  const plan = run.planBlock.blocks[0];
  const keep = run.planBlock.blocks[1];
  const keepModel = run.plan.alternatives![0].model;

  it('runs the plan and its two alternatives on the same trials', () => {
    expect(run.results.alternatives.map((alternative) => alternative.name)).toEqual(['Keep the beds', 'Neither']);
    expect(run.results.beds).toHaveLength(4);
    expect(run.results.accountingChecks.largestSystemSumError).toBeLessThan(1e-9);
  });

  it('closing the beds never lowers patients not admitted or electives cancelled, trust by trust, in any trial', () => {
    for (let bedIndex = 0; bedIndex < 4; bedIndex++) {
      for (let trial = 0; trial < 24; trial++) {
        for (const metric of ['patientsNotAdmitted', 'electivesCancelled', 'daysAbove92'] as const) {
          const withCuts = plan.values[trial * plan.columnCount + bedColumnOf(run.model, bedIndex, 0, metric)];
          const withoutCuts = keep.values[trial * keep.columnCount + bedColumnOf(keepModel, bedIndex, 0, metric)];
          expect(withCuts).toBeGreaterThanOrEqual(withoutCuts);
        }
      }
    }
  });

  it('books the closures as savings only in the plan, from October', () => {
    const lnwuh = run.results.centralStatements.find((statement) => statement.entityId === 'lnwuh')!;
    // 167 beds × 182 days × £345 × the mean real share 0.6 = £6.29m.
    expect(lnwuh.lines.bedClosureSavings).toBeCloseTo(-(167 * 182 * 345 * 0.6) / 1e6, 6);
  });
});
