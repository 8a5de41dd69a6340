import type { TrialState } from '../model/trial-state.ts';
import { FINANCE_METRIC_COUNT, METRIC } from '../model/metrics.ts';
import { bucketOf, HISTOGRAM_BUCKETS } from './log-histogram.ts';

/**
 * Copies a settled year into the trial's row and counts each entity's monthly
 * year-to-date variance against plan (net position so far − control total ×
 * months elapsed / 12) into the fan-chart histograms.
 */
export function recordYear(state: TrialState, year: number, row: Float64Array, rowOffset: number, fan: Uint32Array): void {
  const { model, yearEnd, monthlyNet } = state;
  const { years, monthCount, entities, systems } = model;
  const M = FINANCE_METRIC_COUNT;
  for (let entity = 0; entity < entities.length; entity++) {
    const target = rowOffset + (entity * years + year) * M;
    for (let metric = 0; metric < M; metric++) row[target + metric] = yearEnd[entity * M + metric];
  }
  const firstSystemEntity = entities.length - systems.length;
  for (let entity = 0; entity < firstSystemEntity; entity++) {
    const controlTotal = yearEnd[entity * M + METRIC.controlTotal];
    let net = 0;
    for (let month = 0; month < 12; month++) {
      net += monthlyNet[entity * 12 + month];
      const variance = net - (controlTotal * (month + 1)) / 12;
      fan[(entity * monthCount + year * 12 + month) * HISTOGRAM_BUCKETS + bucketOf(variance)]++;
    }
  }
  for (const system of systems) {
    const entity = firstSystemEntity + system.index;
    const controlTotal = yearEnd[entity * M + METRIC.controlTotal];
    let net = 0;
    for (let month = 0; month < 12; month++) {
      for (const o of system.controlTotalMembers) net += monthlyNet[o * 12 + month];
      if (system.reserveEntity >= 0) net += monthlyNet[system.reserveEntity * 12 + month];
      const variance = net - (controlTotal * (month + 1)) / 12;
      fan[(entity * monthCount + year * 12 + month) * HISTOGRAM_BUCKETS + bucketOf(variance)]++;
    }
  }
}
