import type { CompiledModel } from '../model/compiled-model.ts';
import { spearman } from '../stats/spearman.ts';
import { quantiles } from '../stats/quantiles.ts';
import { columnOf } from '../montecarlo/column-layout.ts';
import type { TrialBlock } from '../montecarlo/trial-block.ts';
import { extractColumn } from './summary-statistics.ts';
import type { SensitivityEntry, SystemSensitivity } from './run-results.ts';

/**
 * Which uncertain inputs drive the spread of each system's result.
 *
 * Target: the system's variance against its control total summed over the
 * horizon. For each sampled input: the Spearman rank correlation with the
 * target, and the target's mean when the input is in its lowest and highest
 * tenth of trials (the two ends of a tornado bar, in £m). Inputs are ranked
 * by |rank correlation|. Inputs that did not vary are left out.
 */
export function sensitivity(model: CompiledModel, block: TrialBlock): SystemSensitivity[] {
  const trials = block.trialCount;
  return model.systems.map((system) => {
    const entity = model.entities.length - model.systems.length + system.index;
    const target = new Float64Array(trials);
    for (let year = 0; year < model.years; year++) {
      const column = columnOf(model, entity, year, 'variance');
      for (let trial = 0; trial < trials; trial++) target[trial] += block.values[trial * block.columnCount + column];
    }
    const entries: SensitivityEntry[] = [];
    model.sampledInputs.forEach((input, index) => {
      const values = extractColumn(block.inputs, block.inputCount, index, trials);
      if (trials < 10) return;
      const rankCorrelation = spearman(values, target);
      if (!Number.isFinite(rankCorrelation)) return;
      const [low, high] = quantiles(values, [0.1, 0.9]);
      let lowSum = 0;
      let lowCount = 0;
      let highSum = 0;
      let highCount = 0;
      for (let trial = 0; trial < trials; trial++) {
        if (values[trial] <= low) {
          lowSum += target[trial];
          lowCount++;
        }
        if (values[trial] >= high) {
          highSum += target[trial];
          highCount++;
        }
      }
      entries.push({ input: input.label, rankCorrelation, lowDecileMean: lowSum / lowCount, highDecileMean: highSum / highCount });
    });
    entries.sort((a, b) => Math.abs(b.rankCorrelation) - Math.abs(a.rankCorrelation));
    return { systemId: system.id, entries };
  });
}
