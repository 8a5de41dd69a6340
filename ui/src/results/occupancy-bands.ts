// "How full, day by day" in numbers: the share of days in each band of
// occupancy (the 85% safety reference, the 92% planning cap and 100% full),
// and the spread of daily occupancy, per trust.
import type { BedYearResult } from '../api/types.ts';
import type { DataTable } from '../charts/types.ts';
import { formatProbability } from '../lib/format.ts';

/** Word joiners round the dash keep a range on one line in a narrow table heading. */
const TO = '\u2060–\u2060';

/** Bands of daily occupancy, in whole percent of core beds; each takes in its lower edge. */
export const OCCUPANCY_BANDS: ReadonlyArray<{ readonly label: string; readonly from: number; readonly to: number }> = [
  { label: 'Under 85%', from: 0, to: 85 },
  { label: `85${TO}92%`, from: 85, to: 92 },
  { label: `92${TO}100%`, from: 92, to: 100 },
  { label: '100% or more', from: 100, to: Number.POSITIVE_INFINITY },
];

/**
 * Share of days in each of {@link OCCUPANCY_BANDS}, from the engine's
 * occupancyDistribution (index i: the share of days from i% to (i+1)% full,
 * the last 150% and above). The shares add up to the distribution's total (1).
 * @example occupancyBandShares(Object.assign(Array(151).fill(0), { 80: 0.5, 90: 0.3, 100: 0.2 })) // [0.5, 0.3, 0, 0.2]
 */
export function occupancyBandShares(distribution: readonly number[]): number[] {
  return OCCUPANCY_BANDS.map(({ from, to }) => distribution.reduce((sum, share, percent) => (percent >= from && percent < to ? sum + share : sum), 0));
}

/** An occupancy as a fraction of core beds, as a whole percentage: 0.88 → `88%`. */
const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/**
 * The numbers behind "How full, day by day": for each trust, the share of
 * days in each band, then (when the results carry them) the middle day's
 * occupancy and the range of 90% of days.
 */
export function dailyOccupancyTable(trusts: ReadonlyArray<{ readonly name: string; readonly row: BedYearResult }>): DataTable {
  const quantiles = trusts.length > 0 && trusts.every(({ row }) => row.dailyOccupancyQuantiles !== undefined);
  return {
    caption: `Share of days, over every trial. A band takes in its lower edge: a day exactly 92% full counts in 92${TO}100%.`,
    columns: ['Trust', ...OCCUPANCY_BANDS.map((band) => band.label), ...(quantiles ? ['Middle day (90% of days)'] : [])],
    rows: trusts.map(({ name, row }) => {
      const spread = row.dailyOccupancyQuantiles;
      return [name, ...occupancyBandShares(row.occupancyDistribution).map(formatProbability), ...(quantiles ? [`${percent(spread.p50)} (${percent(spread.p5)}–${percent(spread.p95)})`] : [])];
    }),
  };
}
