import { BED_METRICS, FINANCE_METRICS, type CompiledModel } from '../../engine/index.ts';

/**
 * Columns one trial of a model fills, as the engine lays them out: money for
 * every entity and year, then beds for every bed trust and year. Used to size
 * a run's memory before it starts and to check stored figures before export.
 */
export function trialColumnCount(model: CompiledModel): number {
  return model.entities.length * model.years * FINANCE_METRICS.length + model.bedTrusts.length * model.years * BED_METRICS.length;
}
