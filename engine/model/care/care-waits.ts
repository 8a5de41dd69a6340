import type { DelayedDischarge } from '../../beds/types.ts';
import { ModelEvaluationError } from '../model-evaluation-error.ts';
import type { TrialState } from '../trial-state.ts';
import type { CompiledCareService } from './compiled-care.ts';
import type { CompiledCareWait } from './compile-care-waits.ts';

const SHARE_TOLERANCE = 1e-12;

/**
 * The share of need a care service meets in a year of the trial: capacity ÷
 * users, at most 1 (1 when no one needs it). Users are grown from the
 * baseline as `bookCare` grows them (× (1 + growth) for each year up to this
 * one, multiplied in the same order, so the figures are the same numbers);
 * a service without a capacity meets all its need.
 *
 * @throws ModelEvaluationError at the service's field when users or capacity come out negative or not finite, or the capacity is 0 while people need the service (they would never leave hospital)
 */
export function careCoverage(state: TrialState, service: CompiledCareService, year: number): number {
  let index = 1;
  for (let y = 0; y <= year; y++) index *= 1 + state.value(service.usersGrowth, y);
  const users = state.value(service.users, year) * index;
  if (!(users >= 0 && Number.isFinite(users)))
    throw new ModelEvaluationError(`${service.path}.users`, `${service.name}'s users must be a number ≥ 0, but gave ${users} in ${state.model.yearLabels[year]}`);
  if (service.capacity < 0 || users === 0) return 1;
  const capacity = state.value(service.capacity, year);
  if (!(capacity >= 0 && Number.isFinite(capacity)))
    throw new ModelEvaluationError(`${service.path}.capacity`, `${service.name}'s capacity must be a number ≥ 0, but gave ${capacity} in ${state.model.yearLabels[year]}`);
  if (capacity === 0) {
    throw new ModelEvaluationError(
      `${service.path}.capacity`,
      `${service.name} has no capacity in ${state.model.yearLabels[year]} while ${users} people need it, so the hospital patients who wait for it would never leave`,
    );
  }
  return Math.min(1, capacity / users);
}

/**
 * The delayed discharges of a trust's patients in a year, once those who wait
 * for social care are added to the delays for other reasons (`other`, the
 * fixed share and mean extra days). For each service waited for, share s_k of
 * patients wait w_k = mean wait ÷ the service's coverage (`careCoverage`):
 * places come free in proportion to capacity, so when capacity meets only a
 * share c of the need, a patient's turn comes 1/c times later (this
 * proportional rationing is the model's ASSUMPTION). The kernels take one
 * delay law, so the mix is one share S = s₀ + Σ s_k with the mix's mean,
 * (s₀·d₀ + Σ s_k·w_k) ÷ S: the expected delayed bed-days are exact; the
 * shape of the delays is the kernels' exponential. Cutting capacity only
 * lengthens w_k and keeps S, so on common random numbers a delay can only
 * lengthen.
 *
 * @example 6% wait for home care (4 days when there is room), 2,000 packages for 2,500 users: w = 4 ÷ 0.8 = 5 days; with 5% delayed 3 days for other reasons, S = 0.11 and the mean is (0.15 + 0.30) ÷ 0.11 ≈ 4.09 days.
 * @throws ModelEvaluationError at the wait's field when a share is outside 0–1 or the shares add up to more than all patients, or a mean wait is negative
 */
export function careWaitLaw(state: TrialState, waits: readonly CompiledCareWait[], year: number, other: DelayedDischarge): DelayedDischarge {
  let share = other.share;
  let bedDays = other.share * other.meanExtraDays;
  for (const wait of waits) {
    const waitShare = state.value(wait.share, year);
    if (!(waitShare >= 0 && waitShare <= 1))
      throw new ModelEvaluationError(`${wait.path}.share`, `the share of patients who need the service must be between 0 and 1, but gave ${waitShare} in ${state.model.yearLabels[year]}`);
    const meanWait = state.value(wait.meanWaitDays, year);
    if (!(meanWait >= 0 && Number.isFinite(meanWait)))
      throw new ModelEvaluationError(`${wait.path}.meanWaitDays`, `the mean wait must be a number of days ≥ 0, but gave ${meanWait} in ${state.model.yearLabels[year]}`);
    share += waitShare;
    bedDays += (waitShare * meanWait) / careCoverage(state, state.model.careServices[wait.careIndex], year);
  }
  if (share > 1 + SHARE_TOLERANCE) {
    throw new ModelEvaluationError(
      waits[0].path.replace(/\[0\]$/, ''),
      `the patients waiting for care and those delayed for other reasons add up to ${share} of patients, more than all of them, in ${state.model.yearLabels[year]}`,
    );
  }
  return share > 0 ? { share: Math.min(1, share), meanExtraDays: bedDays / share } : { share: 0, meanExtraDays: other.meanExtraDays };
}
