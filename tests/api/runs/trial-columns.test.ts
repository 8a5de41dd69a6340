import { describe, expect, test } from 'vitest';
import { planModels, planRun, runPlanTrials } from '../../../engine/index.ts';
import { trialColumnCount } from '../../../api/runs/trial-columns.ts';
import { presetDocument } from '../helper.ts';

describe('trialColumnCount', () => {
  test.each(['teaching', 'system-control-total', 'bed-cuts'])('matches the columns the engine fills for every model of %s', (preset) => {
    const plan = planRun(presetDocument(preset));
    const { blocks } = runPlanTrials(plan, { seed: 1, firstTrial: 0, trialCount: 1 });
    expect(blocks.map((block) => block.columnCount)).toEqual(planModels(plan).map(trialColumnCount));
  });
});
