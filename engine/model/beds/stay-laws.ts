import type { BedSimulationInput, LengthOfStay, StayLaws, StayPeriod } from '../../beds/types.ts';
import { ModelEvaluationError } from '../model-evaluation-error.ts';
import type { TrialState } from '../trial-state.ts';
import type { CompiledBedTrust, CompiledStay } from './compiled-beds.ts';
import { otherGroupStay, remainingEmergencyLaws } from './target-group.ts';
import { careWaitLaw } from '../care/care-waits.ts';

/** A drawn stay figure, which must be a positive finite number of days (a scenario error named at its field otherwise). */
function positive(state: TrialState, slot: number, year: number, what: string): number {
  const value = state.value(slot, year);
  if (!(value > 0 && Number.isFinite(value))) {
    throw new ModelEvaluationError(state.model.parameters.slots[slot].path, `${what} must be a positive number of days in every trial, but gave ${value} in ${state.model.yearLabels[year]}`);
  }
  return value;
}

function stayOf(state: TrialState, stay: CompiledStay, year: number, what: string): LengthOfStay {
  const meanDays = positive(state, stay.meanDays, year, `the ${what} mean stay`);
  return { family: stay.family, meanDays, sdDays: stay.family === 'exponential' ? meanDays : positive(state, stay.sdDays, year, `the ${what} stay sd`) };
}

/** Mean over the month's days of a scheme's ramp: 0 before its first day, rising linearly to 1 over `rampDays`. */
function rampOverMonth(fromDay: number, rampDays: number, firstDay: number, endDay: number): number {
  let sum = 0;
  for (let day = firstDay; day < endDay; day++) {
    if (day < fromDay) continue;
    sum += rampDays > 0 ? Math.min(1, (day - fromDay + 1) / rampDays) : 1;
  }
  return sum / (endDay - firstDay);
}

function scaled(stay: LengthOfStay, factor: number): LengthOfStay {
  return factor === 1 ? stay : { family: stay.family, meanDays: stay.meanDays * factor, sdDays: stay.sdDays * factor };
}

/**
 * The stay and delay laws of the patients a trust admits in one month of the horizon:
 *
 * - the year's emergency and elective stays and delayed discharges (each read for the
 *   month's year, so a formula on `year` or a per-year draw moves them), with the
 *   patients who wait for social care added (`careWaitLaw`: their wait follows the
 *   care service's capacity that year);
 * - discharge improvements: the share delayed × (1 − Σ claimed fall × realisation × ramp),
 *   and the mean extra days likewise (each at least 0);
 * - admission avoidance with a target group: the remaining emergency patients are a mix
 *   of the group and the others (`remainingEmergencyLaws`), from the month's mean avoided
 *   share (schemes without a group avoid average patients);
 * - length-of-stay reductions: every emergency stay × f, f = 1 − Σ (days off ÷ the year's
 *   emergency mean stay, or the share off) × realisation × ramp, the same f for the group
 *   and the others (so the sd keeps its ratio to the mean).
 *
 * Ramps are taken at their mean over the month's days (stays change month by month; the
 * arrivals a scheme avoids change day by day).
 *
 * @throws {ModelEvaluationError} at the field, for a stay that is not positive, a target
 * group the population's stay cannot hold, or a reduction that takes the stay to 0.
 */
function lawsOfMonth(state: TrialState, trust: CompiledBedTrust, month: number, firstDay: number, endDay: number): StayLaws {
  const year = Math.floor(month / 12);
  const population = stayOf(state, trust.emergency.stay, year, 'emergency');
  const electiveStay = stayOf(state, trust.elective.stay, year, 'elective');
  let share = Math.min(1, Math.max(0, state.value(trust.delayedShare, year)));
  let meanExtraDays = Math.max(0, state.value(trust.delayedExtraDays, year));
  if (trust.careWaits.length > 0) ({ share, meanExtraDays } = careWaitLaw(state, trust.careWaits, year, { share, meanExtraDays }));
  for (const scheme of trust.dischargeImprovements) {
    const delivered = rampOverMonth(scheme.fromDay, scheme.rampDays, firstDay, endDay) * state.value(scheme.realisation, year);
    if (delivered === 0) continue;
    share *= Math.max(0, 1 - delivered * state.value(scheme.delayedShareReduction, year));
    meanExtraDays *= Math.max(0, 1 - delivered * state.value(scheme.extraDaysReduction, year));
  }
  let factor = 1;
  for (const scheme of trust.stayReductions) {
    const delivered = rampOverMonth(scheme.fromDay, scheme.rampDays, firstDay, endDay) * state.value(scheme.realisation, year);
    if (delivered === 0) continue;
    factor -= delivered * (scheme.daysOff !== undefined ? state.value(scheme.daysOff, year) / population.meanDays : state.value(scheme.shareOff as number, year));
    if (!(factor > 0)) {
      throw new ModelEvaluationError(
        scheme.path,
        `takes the emergency mean stay to ${Math.round(factor * population.meanDays * 1000) / 1000} days in ${state.model.yearLabels[year]} (from ${population.meanDays}); the days or share off must leave a stay above 0`,
      );
    }
  }
  let emergencyStay = population;
  let emergencyMix: StayLaws['emergencyMix'];
  let avoidedFromTarget = 0;
  let avoidedAverage = 0;
  let group: CompiledBedTrust['avoidance'][number]['targetGroup'];
  for (const scheme of trust.avoidance) {
    const avoided = rampOverMonth(scheme.fromDay, scheme.rampDays, firstDay, endDay) * state.value(scheme.claimedReduction, year) * state.value(scheme.realisation, year);
    if (scheme.targetGroup) {
      group = scheme.targetGroup;
      avoidedFromTarget += avoided;
    } else avoidedAverage += avoided;
  }
  if (group !== undefined && avoidedFromTarget > 0) {
    const groupShare = state.value(group.share, year);
    const target = stayOf(state, group.stay, year, "target group's");
    try {
      const mix = remainingEmergencyLaws(population, groupShare, target, otherGroupStay(population, groupShare, target), avoidedFromTarget, Math.min(1, avoidedAverage));
      emergencyStay = mix.stay;
      emergencyMix = { targetShare: mix.targetShare, targetStay: scaled(mix.targetStay, factor), otherStay: scaled(mix.otherStay, factor) };
    } catch (error) {
      if (error instanceof RangeError) throw new ModelEvaluationError(group.path, `${error.message} (in ${state.model.yearLabels[year]})`);
      throw error;
    }
  }
  return { emergencyStay: scaled(emergencyStay, factor), electiveStay, delayedDischarge: { share, meanExtraDays }, ...(emergencyMix && { emergencyMix }) };
}

function sameLaws(a: StayLaws, b: StayLaws): boolean {
  const sameStay = (x: LengthOfStay, y: LengthOfStay) => x.family === y.family && x.meanDays === y.meanDays && x.sdDays === y.sdDays;
  const mixA = a.emergencyMix;
  const mixB = b.emergencyMix;
  const sameMix =
    mixA === undefined || mixB === undefined ? mixA === mixB : mixA.targetShare === mixB.targetShare && sameStay(mixA.targetStay, mixB.targetStay) && sameStay(mixA.otherStay, mixB.otherStay);
  return (
    sameStay(a.emergencyStay, b.emergencyStay) &&
    sameStay(a.electiveStay, b.electiveStay) &&
    a.delayedDischarge.share === b.delayedDischarge.share &&
    a.delayedDischarge.meanExtraDays === b.delayedDischarge.meanExtraDays &&
    sameMix
  );
}

/**
 * Sets a trust's stay and delay laws for the trial in the kernels' input: the first
 * month's as the input's own, and a later period from each month whose laws differ
 * from the month before's (none when nothing varies, so the kernels run as on one law).
 * A patient takes the laws of the month of admission (`lawsOfMonth`). Cost: O(months ×
 * (schemes × days in a month + 1)) per trust-trial with stay schemes, O(years) without.
 */
export function prepareStayLaws(state: TrialState, trust: CompiledBedTrust, input: BedSimulationInput): void {
  const { monthStart } = state.beds!.calendar;
  const months = state.model.monthCount;
  const later: StayPeriod[] = [];
  let previous: StayLaws | undefined;
  // Without a scheme that changes stays, the laws can change only with the year: read one month of each.
  const monthly = trust.stayReductions.length > 0 || trust.dischargeImprovements.length > 0 || trust.avoidance.some((scheme) => scheme.targetGroup !== undefined);
  for (let month = 0; month < months; month += monthly ? 1 : 12) {
    const laws = lawsOfMonth(state, trust, month, monthStart[month], monthStart[month + 1]);
    if (previous === undefined) {
      input.emergencyStay = laws.emergencyStay;
      input.electiveStay = laws.electiveStay;
      input.delayedDischarge = laws.delayedDischarge;
      input.emergencyMix = laws.emergencyMix;
    } else if (!sameLaws(previous, laws)) {
      later.push({ fromDay: monthStart[month], ...laws });
    }
    previous = laws;
  }
  input.laterStays = later.length > 0 ? later : undefined;
}
