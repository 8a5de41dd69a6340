import type { CareServiceYearResult } from './run-results.ts';

/** £m written for a sentence: two decimals below £10m, one above. */
function pounds(value: number): string {
  const size = Math.abs(value);
  return `£${value.toFixed(size < 10 ? 2 : 1)}m`;
}

/**
 * What a boundary shift moved onto people in one year of one service, in a
 * sentence: the range of 90% of trials (P5 to P95) and the middle trial.
 * Undefined when nothing moved in any trial.
 * @example "In 90% of trials people pay between £0.42m and £0.81m more for Continuing healthcare in 2027/28 after the boundary shift (middle trial £0.62m)."
 */
export function movedOntoPeopleReading(result: CareServiceYearResult): string | undefined {
  const moved = result.metrics.careMovedOntoPeople;
  if (moved.min === 0 && moved.max === 0) return undefined;
  const direction = moved.p50 >= 0 ? 'more' : 'less';
  const low = direction === 'more' ? moved.p5 : -moved.p95;
  const high = direction === 'more' ? moved.p95 : -moved.p5;
  const range = low === high ? `${pounds(low)}` : `between ${pounds(low)} and ${pounds(high)}`;
  return `In 90% of trials people pay ${range} ${direction} for ${result.name} in ${result.yearLabel} after the boundary shift (middle trial ${pounds(Math.abs(moved.p50))}).`;
}
