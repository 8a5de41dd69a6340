import { resetWaitingList } from '../../beds/waiting-list.ts';
import { createStream } from '../../random/stream.ts';
import { ModelEvaluationError } from '../model-evaluation-error.ts';
import type { EvaluationMode } from '../parameter-table.ts';
import type { TrialState } from '../trial-state.ts';
import type { TrustBedArrays } from './bed-trial-state.ts';
import type { CompiledBedTrust } from './compiled-beds.ts';

/** A drawn figure that must be finite and within [min, max] in every trial (a scenario error named at its field otherwise). */
function within(state: TrialState, slot: number, year: number, min: number, max: number, what: string): number {
  const value = state.value(slot, year);
  if (!(value >= min && value <= max)) {
    throw new ModelEvaluationError(state.model.parameters.slots[slot].path, `${what} must be >= ${min} and <= ${max} in every trial, but gave ${value} in ${state.model.yearLabels[year]}`);
  }
  return value;
}

/**
 * Sets up a trust's waiting list for a trial, before its beds are simulated: the
 * starting list (the drawn size, rounded to whole patients, spread over the weeks
 * waited by the age profile), the referrals expected each day (referrals a month ×
 * 12 ÷ days in the year × the referral growth so far, compounded from the first
 * year as emergency demand growth is), and each month's removal rate. Referrals and
 * removals draw from the list's own stream (seed, trial, 'waiting-list', trust id),
 * apart from the beds', so two scenarios that differ only in beds refer and remove
 * patients alike.
 */
export function prepareWaitingList(state: TrialState, trust: CompiledBedTrust, arrays: TrustBedArrays, seed: number, trial: number, mode: EvaluationMode): void {
  const list = arrays.input.waitingList;
  const spec = trust.waitingList;
  if (list === undefined || spec === undefined) return;
  const { model } = state;
  const calendar = state.beds!.calendar;
  let growth = 1;
  for (let year = 0; year < model.years; year++) {
    growth *= 1 + within(state, spec.referralGrowth, year, -1, 1, 'referral growth a year');
    const perMonth = within(state, spec.referralsPerMonth, year, 0, 10_000_000, 'referrals a month');
    const firstDay = calendar.monthStart[year * 12];
    const lastDay = calendar.monthStart[year * 12 + 12];
    list.referralsPerDay.fill((perMonth * 12 * growth) / (lastDay - firstDay), firstDay, lastDay);
    list.removalRate.fill(within(state, spec.removalRatePerMonth, year, 0, 1, 'the share removed a month'), year * 12, year * 12 + 12);
  }
  const starting = Math.round(within(state, spec.startingSize, 0, 0, 10_000_000, 'the patients waiting at the start'));
  resetWaitingList(list, starting, spec.ageProfile, createStream(seed, mode === 'central' ? -1 : trial, 'waiting-list', model.organisations[trust.organisation].id));
}
