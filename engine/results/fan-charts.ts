import type { CompiledModel } from '../model/compiled-model.ts';
import { HISTOGRAM_BUCKETS, histogramQuantile } from '../montecarlo/log-histogram.ts';
import { trialsRun, type TrialBlock } from '../montecarlo/trial-block.ts';
import type { FanChart } from './run-results.ts';

/** Monthly fan charts (P5…P95 of year-to-date variance against plan) for every entity, from every trial's counts. */
export function fanCharts(model: CompiledModel, block: TrialBlock): FanChart[] {
  const trials = trialsRun(block);
  return model.entities.map((entity) => {
    const chart = { entityId: entity.id, p5: [] as number[], p10: [] as number[], p25: [] as number[], p50: [] as number[], p75: [] as number[], p90: [] as number[], p95: [] as number[] };
    for (let month = 0; month < model.monthCount; month++) {
      const offset = (entity.index * model.monthCount + month) * HISTOGRAM_BUCKETS;
      const at = (p: number) => histogramQuantile(block.fan, offset, trials, p);
      chart.p5.push(at(0.05));
      chart.p10.push(at(0.1));
      chart.p25.push(at(0.25));
      chart.p50.push(at(0.5));
      chart.p75.push(at(0.75));
      chart.p90.push(at(0.9));
      chart.p95.push(at(0.95));
    }
    return chart;
  });
}
