// A decision's answer in words, and its numbers written in their units.
import type { DecisionLabels, DecisionView, SolveResultWire } from '../api/types.ts';
import { formatCount, formatMoney, formatNumber } from '../lib/format.ts';

type MeasureLabel = DecisionLabels['measures'][number];
type InputLabel = DecisionLabels['inputs'][number];

/** A share to a tenth of a per cent: `90.3%`. */
const percent = (share: number) => (Number.isFinite(share) ? `${(Math.round(share * 1000) / 10).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%` : '–');

/** A measure's value in its unit: `90.3%`, `−£4.5m`, `12.4` (days). */
export function formatMeasure(label: Pick<MeasureLabel, 'format'>, value: number): string {
  if (label.format === 'percent') return percent(value);
  if (label.format === 'money') return formatMoney(value);
  return Number.isFinite(value) && Math.abs(value) >= 100 ? formatCount(value) : formatNumber(value);
}

/** An input's value in its unit: `£35.5m` for extra funding, the number itself for a field. */
export function formatInput(label: Pick<InputLabel, 'unit'>, value: number): string {
  return label.unit.startsWith('£m') ? formatMoney(value) : formatNumber(value);
}

/** How it was made: `12 runs of 1,000 trials, seed 1`. */
export function provenanceOf(view: Pick<DecisionView, 'trials' | 'seed'>, runs: number): string {
  return `${runs} ${runs === 1 ? 'run' : 'runs'} of ${view.trials.toLocaleString('en-GB')} trials, seed ${view.seed}`;
}

/**
 * A solve's answer in one sentence, with the Monte Carlo error of the lever
 * and how it was made:
 * `£35.5m a year of extra funding to Riverside ICB gives Riverside ICS a
 * 90.3% chance of meeting the control total after risk share in 2025/26,
 * ±£0.8m (12 runs of 1,000 trials, seed 1).`
 */
export function solveSentence(view: Pick<DecisionView, 'trials' | 'seed' | 'labels'>, result: SolveResultWire): string {
  const [input] = view.labels.inputs;
  const [measure] = view.labels.measures;
  const error = result.leverStandardError === null ? 'the result does not move near the answer, so no Monte Carlo error can be given' : `±${formatInput(input, result.leverStandardError)}`;
  const funding = input.unit.startsWith('£m') && input.label.startsWith('extra funding');
  const lever = funding ? `${formatInput(input, result.lever)} a year of ${input.label}` : `${input.label} at ${formatInput(input, result.lever)}`;
  const reached = formatMeasure(measure, result.reached.value);
  const gives =
    measure.unit === 'probability'
      ? `gives ${measure.entity} a ${reached} ${measure.quantity} in ${measure.year}`
      : `brings ${measure.entity}'s ${lowerFirst(measure.quantity)} in ${measure.year} to ${reached}`;
  return `${upperFirst(lever)} ${gives}, ${error} (${provenanceOf(view, result.runs)}).`;
}

/** The text with its first letter a capital, for a heading. */
export const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
