import type { EvaluationMode } from './parameter-table.ts';
import type { TrialState } from './trial-state.ts';
import { bookYear } from './book-year.ts';
import { settleYear } from './settle-year.ts';
import { simulateBeds } from './beds/simulate-beds.ts';

/**
 * One trial, its stages in order: draw the drivers and every uncertain input
 * from the trial's own streams, simulate each acute trust's beds over the
 * horizon, then for each year book the months' income and expenditure (bed
 * activity, escalation and closures included), and settle the year (outturn → risk share → incentive funding →
 * reported position). `onYear` receives the settled state after each year.
 *
 * @param mode 'random' for a Monte Carlo trial, 'central' for the deterministic
 *   central case (every distribution at its mean)
 */
export function runTrial(state: TrialState, seed: number, trial: number, mode: EvaluationMode, onYear: (year: number) => void): void {
  const { model } = state;
  state.startTrial();
  model.parameters.evaluate(seed, trial, mode, state.values, state.scope);
  simulateBeds(state, seed, trial, mode);
  for (let year = 0; year < model.years; year++) {
    bookYear(state, year);
    settleYear(state, year);
    onYear(year);
  }
}
