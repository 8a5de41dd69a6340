// Shaping a multi-system run's national results for the national section:
// the year's figures, the ranked systems, one reading, and tile colours.
import type { RunResults } from '../api/types.ts';
import { formatMoney, percentInWords } from '../lib/format.ts';

type National = NonNullable<RunResults['national']>;
export type NationalYear = National['years'][number];
export type NationalRankRow = National['ranking'][number];

/** The systems of one year, most likely to miss first. */
export function rankingFor(national: National, year: number): NationalRankRow[] {
  return national.ranking.filter((row) => row.year === year).sort((a, b) => a.rank - b.rank);
}

/** "NHS Dorset ICS" or "Dorset ICS" → "Dorset", for tiles and axis labels. */
export function shortSystemName(name: string): string {
  return name.replace(/^NHS /, '').replace(/ ICS$/, '');
}

/** The year in one sentence: how many systems miss, and the contingency that covers them 9 times in 10. */
export function nationalReading(national: National, year: number, yearLabel: string): string {
  const figures = national.years[year];
  const { mean, p5, p95 } = figures.systemsMissing.statistics;
  const count = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
  const range = p5 === p95 ? `${count(p5)} in 90% of trials` : `between ${count(p5)} and ${count(p95)} in 90% of trials`;
  return (
    `In ${yearLabel}, on average ${count(mean)} of the ${national.systemCount} systems miss their control totals (${range}); ` +
    `a national contingency of ${formatMoney(figures.contingency.gross.p90)} would cover every system's shortfall in 90% of trials ` +
    `(${formatMoney(figures.contingency.gross.p95)} for 95%), and the systems together meet the sum of their totals in ${percentInWords(figures.probabilityNationalTotalMet)} of trials.`
  );
}

/**
 * A tile's colour for a chance of missing: from white (0) towards vermillion
 * in one hue, so that order reads in greyscale too, stopping at 80% of the
 * way (rgb(221, 126, 51)) so that dark text keeps a contrast of 4.5:1 or more
 * on every tile; the tile also prints the percentage, so colour is never the
 * only cue.
 */
export function missingColour(probability: number): string {
  const share = 0.8 * Math.min(1, Math.max(0, probability));
  const [r, g, b] = [0xd5, 0x5e, 0x00].map((channel) => Math.round(255 + (channel - 255) * share));
  return `rgb(${r}, ${g}, ${b})`;
}
