import { columnCount, type CompiledModel } from '../../engine/index.ts';

/**
 * Columns one trial of a model fills, as the engine lays them out (money for
 * every entity and year, beds for every bed trust and year, then incentive
 * fund payments): the engine's own count. Used to size a run's memory before
 * it starts and to check stored figures before export.
 */
export function trialColumnCount(model: CompiledModel): number {
  return columnCount(model);
}
