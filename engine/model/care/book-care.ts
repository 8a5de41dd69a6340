import type { TrialState } from '../trial-state.ts';
import type { CompiledCareService } from './compiled-care.ts';
import { LINE } from '../ledger-lines.ts';
import { book } from '../book-line.ts';
import { ModelEvaluationError } from '../model-evaluation-error.ts';
import { CARE_METRIC, CARE_METRIC_COUNT } from './care-metrics.ts';

/** Weeks in a year of care, as councils and the NHS price a weekly placement (52 × a weekly fee). */
export const WEEKS_PER_YEAR = 52;
/** £ a week per user → £m a month. */
const MONTHLY_POUNDS_TO_MILLIONS = WEEKS_PER_YEAR / 12 / 1e6;
const SUM_TOLERANCE = 1e-12;

/**
 * Books one year of every care service, month by month, and records its
 * year figures in `state.careYear`.
 *
 * Users and the weekly cost grow from their baselines (compounded from year
 * to year); people served are the users up to the capacity, the rest are
 * unmet need. Each month the share of users the council funds is the
 * service's starting share (0 NHS, 1 council) moved by every boundary shift
 * in force: to the council, s ← s + x·(1 − s); to the NHS, s ← s·(1 − x),
 * so s stays between 0 and 1. NHS-funded users are free: the ICB pays
 * (1 − s) of the cost. Of council-funded users, the self-funder share pays
 * the whole weekly cost and the contributor share pays its average
 * contribution; the council pays the rest. The ICB's and the council's
 * parts are booked on their `careServices` lines (the care is bought from
 * providers outside the system); people's money is on no organisation's
 * ledger. A service in a pooled budget is paid instead by the pool's host,
 * and its public cost added to the pool's spend (see book-pools.ts). What the
 * shifts moved is the difference from the same trial with the starting share.
 *
 * @throws ModelEvaluationError naming the input when a formula gives a negative number of users or cost, a share outside 0–1, shares that add up to more than 1, or a contribution above the weekly cost
 */
export function bookCare(state: TrialState, year: number): void {
  const { careYear } = state;
  careYear.fill(0);
  state.poolSpend.fill(0);
  for (const service of state.model.careServices) {
    const at = service.careIndex * CARE_METRIC_COUNT;
    const s = service.careIndex;
    state.careUsersIndex[s] *= 1 + state.value(service.usersGrowth, year);
    state.careCostIndex[s] *= 1 + state.value(service.weeklyCostGrowth, year);
    const users = nonNegative(state, service, 'users', state.value(service.users, year) * state.careUsersIndex[s], year);
    const weekly = nonNegative(state, service, 'weeklyCost', state.value(service.weeklyCost, year) * state.careCostIndex[s], year);
    const capacity = service.capacity < 0 ? Number.POSITIVE_INFINITY : nonNegative(state, service, 'capacity', state.value(service.capacity, year), year);
    const served = Math.min(users, capacity);
    const peopleWeekly = peoplePerCouncilUserWeek(state, service, weekly, year);
    careYear[at + CARE_METRIC.careUsers] = users;
    careYear[at + CARE_METRIC.careUsersServed] = served;
    careYear[at + CARE_METRIC.careUnmetNeed] = users - served;
    const shares = service.shifts.map((shift) => shiftShare(state, service, shift.share, year));
    for (let month = 0; month < 12; month++) {
      const monthIndex = year * 12 + month;
      let councilShare = service.startingCouncilShare;
      service.shifts.forEach((shift, index) => {
        if (monthIndex < shift.fromMonth) return;
        councilShare = shift.to === 'council' ? councilShare + shares[index] * (1 - councilShare) : councilShare * (1 - shares[index]);
      });
      const total = served * weekly * MONTHLY_POUNDS_TO_MILLIONS;
      const nhs = served * (1 - councilShare) * weekly * MONTHLY_POUNDS_TO_MILLIONS;
      const people = served * councilShare * peopleWeekly * MONTHLY_POUNDS_TO_MILLIONS;
      const council = served * councilShare * weekly * MONTHLY_POUNDS_TO_MILLIONS - people;
      const nhsWithoutShifts = served * (1 - service.startingCouncilShare) * weekly * MONTHLY_POUNDS_TO_MILLIONS;
      const peopleWithoutShifts = served * service.startingCouncilShare * peopleWeekly * MONTHLY_POUNDS_TO_MILLIONS;
      careYear[at + CARE_METRIC.careTotalCost] += total;
      careYear[at + CARE_METRIC.careNhsCost] += nhs;
      careYear[at + CARE_METRIC.careCouncilCost] += council;
      careYear[at + CARE_METRIC.carePeopleCost] += people;
      careYear[at + CARE_METRIC.careMovedFromNhs] += nhsWithoutShifts - nhs;
      careYear[at + CARE_METRIC.careMovedOntoPeople] += people - peopleWithoutShifts;
      if (service.pool >= 0) {
        // A pooled service: the host pays its public cost out of the pool (bookPools shares the result).
        state.poolSpend[service.pool] += nhs + council;
        if (nhs + council !== 0) book(state, service.poolHost, LINE.careServices, month, nhs + council);
        continue;
      }
      if (nhs !== 0) book(state, service.nhsFunder, LINE.careServices, month, nhs);
      if (council !== 0) book(state, service.council, LINE.careServices, month, council);
    }
  }
}

/** What a council-funded user pays a week on average: self-funders the whole cost, contributors their contribution. */
function peoplePerCouncilUserWeek(state: TrialState, service: CompiledCareService, weekly: number, year: number): number {
  const charging = service.charging;
  if (!charging) return 0;
  const selfFunders = share(state, service, charging.selfFunderShare, 'the share of users who pay in full', year);
  const contributors = share(state, service, charging.contributorShare, 'the share of users who contribute', year);
  if (selfFunders + contributors > 1 + SUM_TOLERANCE) {
    throw new ModelEvaluationError(
      `${service.path}.charging`,
      `the shares who pay in full and who contribute add up to ${selfFunders + contributors}, more than all users, in ${state.model.yearLabels[year]}`,
    );
  }
  const contribution = nonNegative(state, service, 'charging.averageContribution', state.value(charging.averageContribution, year), year);
  if (contributors > 0 && contribution > weekly) {
    throw new ModelEvaluationError(
      `${service.path}.charging.averageContribution`,
      `a contribution of £${contribution} a week is more than the weekly cost of £${weekly} in ${state.model.yearLabels[year]}`,
    );
  }
  return selfFunders * weekly + contributors * contribution;
}

function shiftShare(state: TrialState, service: CompiledCareService, slot: number, year: number): number {
  return share(state, service, slot, 'the share re-designated by a boundary shift', year);
}

function share(state: TrialState, service: CompiledCareService, slot: number, what: string, year: number): number {
  const value = state.value(slot, year);
  if (value >= 0 && value <= 1) return value;
  throw new ModelEvaluationError(state.model.parameters.slots[slot].path, `${what} of ${service.name} must be between 0 and 1, but gave ${value} in ${state.model.yearLabels[year]}`);
}

function nonNegative(state: TrialState, service: CompiledCareService, field: string, value: number, year: number): number {
  if (value >= 0 && Number.isFinite(value)) return value;
  throw new ModelEvaluationError(`${service.path}.${field}`, `${service.name}'s ${field} must be a number ≥ 0, but gave ${value} in ${state.model.yearLabels[year]}`);
}
