import { simulateBedsDetailed } from '../../beds/simulate-detailed.ts';
import { simulateBedsFast } from '../../beds/simulate-fast.ts';
import { createStream } from '../../random/stream.ts';
import { ModelEvaluationError } from '../model-evaluation-error.ts';
import type { EvaluationMode } from '../parameter-table.ts';
import type { TrialState } from '../trial-state.ts';
import { BED_METRIC, BED_METRIC_COUNT, BED_MONTH, BED_MONTH_FIELDS } from './bed-metrics.ts';
import type { CompiledBedTrust } from './compiled-beds.ts';
import type { TrustBedArrays } from './bed-trial-state.ts';
import { occupancyPenalty } from './occupancy-penalty.ts';
import { prepareWaitingList } from './prepare-waiting-list.ts';
import { prepareStayLaws } from './stay-laws.ts';
import { checkFastStaySpread } from './check-stay-spread.ts';
import { WAIT_BINS, waitQuantileHours } from '../../beds/wait-histogram.ts';

/**
 * Simulates every acute trust's beds over the whole horizon for one trial,
 * after the trial's inputs have been drawn, and totals the days into months
 * (for the money) and years (for the results).
 *
 * Daily emergency arrivals expected = admissions a year × demand growth so far
 * ÷ days in the year × the month's and weekday's multipliers × (1 − the share
 * avoided, ramping up from the scheme's start). The plan's expectation is the
 * same with planned growth and the claimed reduction taken at face value
 * (the admissions it takes out are kept, for the plan's QIPP and released
 * cost): admissions above or below it move income and marginal cost. The
 * patients admitted in each month take that month's stay and delay laws
 * (`prepareStayLaws`: the year's stays and delays, discharge and length-of-stay
 * schemes, and the mix an avoidance scheme with a target group leaves). Electives are
 * scheduled by weekday, rounded so the totals are whole. Closures and
 * openings change the core beds from their day. Each trust draws from its own
 * stream (seed, trial, 'beds', trust id): two scenarios that differ only in
 * beds face the same patients (and the fast path's refusals and cancellations
 * can only rise when beds close); scenarios whose arrival rates differ (an
 * avoidance scheme) draw each day's arrivals from the same daily substream, so
 * the rest of the trial stays on common random numbers.
 *
 * In `central` mode the inputs are at their means, and the patients are one
 * fixed simulated draw (trial −1's stream).
 */
export function simulateBeds(state: TrialState, seed: number, trial: number, mode: EvaluationMode): void {
  const beds = state.beds;
  if (!beds) return;
  const { model } = state;
  beds.monthly.fill(0);
  beds.yearMetrics.fill(0);
  beds.quarterPointsLost.fill(0);
  model.bedTrusts.forEach((trust, index) => {
    const arrays = beds.trusts[index];
    prepareInputs(state, trust, arrays);
    prepareWaitingList(state, trust, arrays, seed, trial, mode);
    const rng = createStream(seed, mode === 'central' ? -1 : trial, 'beds', model.organisations[trust.organisation].id);
    if (model.bedModel === 'detailed') simulateBedsDetailed(arrays.input, rng, arrays.workspace, arrays.output);
    else simulateBedsFast(arrays.input, rng, arrays.workspace, arrays.output);
    totalDays(state, trust, arrays);
  });
}

/**
 * The most emergency arrivals a day the bed model takes: about five times all
 * of England's (roughly 17,000 emergency admissions a day), far beyond any
 * trust (core beds are at most 20,000). Beyond it a drawn demand is a mistake
 * in the scenario, not a hospital.
 */
export const MAX_EMERGENCY_ARRIVALS_PER_DAY = 100_000;

/** A drawn growth rate, which must stay above −100% (demand cannot fall below nothing). */
function growthOf(state: TrialState, slot: number, year: number, what: string): number {
  const value = state.value(slot, year);
  if (!(value > -1 && Number.isFinite(value))) {
    throw new ModelEvaluationError(
      state.model.parameters.slots[slot].path,
      `${what} must stay above −100% (−1) in every trial, but gave ${value} in ${state.model.yearLabels[year]}; narrow its distribution (a normal with a wide spread can draw below −1)`,
    );
  }
  return value;
}

function prepareInputs(state: TrialState, trust: CompiledBedTrust, arrays: TrustBedArrays): void {
  const { model } = state;
  const calendar = state.beds!.calendar;
  const { input } = arrays;
  const { emergency, elective } = trust;

  const monthly = state.beds!.monthly;
  let actualIndex = 1;
  let plannedIndex = 1;
  let electiveExpected = 0;
  let electiveScheduled = 0;
  for (let year = 0; year < model.years; year++) {
    actualIndex *= 1 + growthOf(state, emergency.growth, year, 'emergency demand growth');
    plannedIndex *= 1 + growthOf(state, emergency.plannedGrowth, year, 'planned emergency growth');
    const firstDay = calendar.monthStart[year * 12];
    const lastDay = calendar.monthStart[year * 12 + 12];
    const daysInYear = lastDay - firstDay;
    const admissionsPerDay = state.value(emergency.admissionsPerYear, year) / daysInYear;
    const electivesPerDay = (state.value(elective.admissionsPerYear, year) * 7) / daysInYear;
    for (let day = firstDay; day < lastDay; day++) {
      const month = calendar.monthOfDay[day];
      const weekday = calendar.weekdayOfDay[day];
      const shape = admissionsPerDay * emergency.monthly[month % 12] * emergency.weekday[weekday];
      let avoided = 0;
      let claimed = 0;
      for (const scheme of trust.avoidance) {
        if (day < scheme.fromDay) continue;
        const ramp = scheme.rampDays > 0 ? Math.min(1, (day - scheme.fromDay + 1) / scheme.rampDays) : 1;
        const claim = state.value(scheme.claimedReduction, year) * ramp;
        claimed += claim;
        avoided += claim * state.value(scheme.realisation, year);
      }
      const rate = shape * actualIndex * Math.max(0, 1 - avoided);
      if (!(rate <= MAX_EMERGENCY_ARRIVALS_PER_DAY)) {
        throw new ModelEvaluationError(
          state.model.parameters.slots[emergency.admissionsPerYear].path,
          `emergency arrivals come to ${rate} a day in ${model.yearLabels[year]} (admissions a year × demand growth so far × the month's and weekday's profile); the bed model takes at most ${MAX_EMERGENCY_ARRIVALS_PER_DAY.toLocaleString('en-GB')} a day`,
        );
      }
      input.emergencyArrivalRate[day] = rate;
      const base = (trust.bedIndex * model.monthCount + month) * BED_MONTH_FIELDS;
      monthly[base + BED_MONTH.emergencyPlanned] += shape * plannedIndex * Math.max(0, 1 - claimed);
      monthly[base + BED_MONTH.emergencyAvoidedPlanned] += shape * plannedIndex * Math.min(1, claimed);

      electiveExpected += electivesPerDay * elective.weekdayShare[weekday];
      const planned = Math.round(electiveExpected) - electiveScheduled;
      electiveScheduled += planned;
      input.electivePlanned[day] = planned;
      monthly[base + BED_MONTH.electivePlanned] += planned;

      let core = trust.coreBeds;
      for (const change of trust.changes) {
        if (day < change.fromDay) continue;
        core -= change.beds;
        if (change.beds > 0) monthly[base + BED_MONTH.closedBedDays] += change.beds * Math.min(1, Math.max(0, state.value(change.savingRealisation, year)));
        else monthly[base + BED_MONTH.openedBedDays] -= change.beds;
      }
      input.coreBeds[day] = Math.max(0, core);
      input.escalationCap[day] = trust.escalationCap;
    }
  }
  // After the arrivals, so a demand growth below −100% is named at the trust's growth field before a care service's users grown by it.
  prepareStayLaws(state, trust, input);
  if (model.bedModel === 'fast') checkFastStaySpread(state, trust, `trust ${model.organisations[trust.organisation].id}`, [input, ...(input.laterStays ?? [])]);
}

function totalDays(state: TrialState, trust: CompiledBedTrust, arrays: TrustBedArrays): void {
  const { model } = state;
  const beds = state.beds!;
  const { calendar, monthly, yearMetrics, quarterPointsLost } = beds;
  const { output, input } = arrays;
  for (let day = 0; day < calendar.days; day++) {
    const month = calendar.monthOfDay[day];
    const year = Math.floor(month / 12);
    const base = (trust.bedIndex * model.monthCount + month) * BED_MONTH_FIELDS;
    monthly[base + BED_MONTH.emergencyAdmitted] += output.emergencyAdmitted[day];
    monthly[base + BED_MONTH.emergencyRefused] += output.emergencyRefused[day];
    monthly[base + BED_MONTH.electiveAdmitted] += output.electiveAdmitted[day];
    monthly[base + BED_MONTH.escalationBedDays] += output.escalationInUse[day];
    const at = (trust.bedIndex * model.years + year) * BED_METRIC_COUNT;
    const core = input.coreBeds[day];
    const occupancy = core > 0 ? output.occupied[day] / core : output.occupied[day] > 0 ? Number.POSITIVE_INFINITY : 0;
    yearMetrics[at + BED_METRIC.occupancy] += Number.isFinite(occupancy) ? occupancy : 0;
    const available = core + output.escalationInUse[day];
    yearMetrics[at + BED_METRIC.reportedOccupancy] += available > 0 ? output.occupied[day] / available : 0;
    if (occupancy > 0.85) yearMetrics[at + BED_METRIC.daysAbove85]++;
    if (occupancy > 0.92) yearMetrics[at + BED_METRIC.daysAbove92]++;
    if (occupancy > 1) yearMetrics[at + BED_METRIC.daysAbove100]++;
    yearMetrics[at + BED_METRIC.escalationBedDays] += output.escalationInUse[day];
    yearMetrics[at + BED_METRIC.patientsNotAdmitted] += output.emergencyRefused[day];
    yearMetrics[at + BED_METRIC.patientsWhoWaited] += output.emergencyWaited[day];
    yearMetrics[at + BED_METRIC.waitsOver4Hours] += output.waitsOver4Hours[day];
    yearMetrics[at + BED_METRIC.waitsOver12Hours] += output.waitsOver12Hours[day];
    yearMetrics[at + BED_METRIC.decisionToAdmitMeanHours] += 24 * output.emergencyWaitDays[day];
    if (output.trolleyQueuePeak[day] > yearMetrics[at + BED_METRIC.trolleyQueuePeak]) yearMetrics[at + BED_METRIC.trolleyQueuePeak] = output.trolleyQueuePeak[day];
    yearMetrics[at + BED_METRIC.daysWaitingForBed] += output.trolleyQueueDays[day];
    yearMetrics[at + BED_METRIC.patientsDiverted] += output.emergencyDiverted[day];
    yearMetrics[at + BED_METRIC.patientsAbandoned] += output.emergencyAbandoned[day];
    yearMetrics[at + BED_METRIC.electivesCancelled] += output.electiveCancelled[day];
    yearMetrics[at + BED_METRIC.emergencyAdmissions] += output.emergencyAdmitted[day];
    yearMetrics[at + BED_METRIC.electiveAdmissions] += output.electiveAdmitted[day];
    yearMetrics[at + BED_METRIC.delayedBedDays] += output.delayedOccupied[day];
    yearMetrics[at + BED_METRIC.coreBeds] += core;
    const fromWaits = trust.fourHourFromWaits;
    const attendances = fromWaits ? input.emergencyArrivalRate[day] * fromWaits.attendancesPerAdmission : 0;
    const fall = fromWaits ? (attendances > 0 ? Math.min(1, output.waitsOverBreach[day] / attendances) : 0) : occupancyPenalty(trust.occupancyPenalty, occupancy);
    yearMetrics[at + BED_METRIC.fourHourPointsLost] += fall;
    quarterPointsLost[(trust.bedIndex * model.years + year) * 4 + Math.floor((month % 12) / 3)] += fall;
  }
  for (let year = 0; year < model.years; year++) {
    const days = calendar.monthStart[year * 12 + 12] - calendar.monthStart[year * 12];
    const at = (trust.bedIndex * model.years + year) * BED_METRIC_COUNT;
    yearMetrics[at + BED_METRIC.occupancy] /= days;
    yearMetrics[at + BED_METRIC.reportedOccupancy] /= days;
    yearMetrics[at + BED_METRIC.coreBeds] /= days;
    yearMetrics[at + BED_METRIC.fourHourPointsLost] /= days;
    // Waits: over every emergency patient given the decision to admit in the year (the histogram holds each once).
    const bins = year * WAIT_BINS;
    let patients = 0;
    for (let b = 0; b < WAIT_BINS; b++) patients += output.waitHistogram[bins + b];
    yearMetrics[at + BED_METRIC.decisionToAdmitMeanHours] = patients > 0 ? yearMetrics[at + BED_METRIC.decisionToAdmitMeanHours] / patients : 0;
    yearMetrics[at + BED_METRIC.decisionToAdmitP90Hours] = waitQuantileHours(output.waitHistogram, bins, 0.9);
    yearMetrics[at + BED_METRIC.trolleyQueueMean] = yearMetrics[at + BED_METRIC.daysWaitingForBed] / days;
    for (let quarter = 0; quarter < 4; quarter++) {
      const quarterDays = calendar.monthStart[year * 12 + quarter * 3 + 3] - calendar.monthStart[year * 12 + quarter * 3];
      quarterPointsLost[(trust.bedIndex * model.years + year) * 4 + quarter] /= quarterDays;
    }
  }
}
