import { binomialQuantile, tabulatedBinomialQuantileAt } from '../random/binomial.ts';
import { poissonQuantile, samplePoisson } from '../random/poisson.ts';
import type { RandomSource } from '../random/random-source.ts';
import { prepareCensusModel, type CensusModel, type CensusModelInput, type FirstCensusFate } from './census-model.ts';
import { carryCensusOver, sameStay } from './carry-census.ts';
import { checkBedSimulationInput } from './check-input.ts';
import { countLostArrivals } from './lost-arrivals.ts';
import { startElectiveRate, startEmergencyRate } from './start-rates.ts';
import type { BedSimulationInput, BedSimulationOutput, StayLaws } from './types.ts';
import { countStillWaiting } from './count-wait.ts';
import { walkQueueStretch } from './queue-stretch.ts';
import { clearTrolleyQueue } from './trolley-queue.ts';
import { WAIT_BINS } from './wait-histogram.ts';
import type { BedWorkspace } from './workspace.ts';
import { bookFromWaitingList, recordElectiveDay } from './waiting-list.ts';

/** Outcomes of a fate that take a draw (a certain outcome takes the rest without one). */
function uncertainOutcomes(fate: FirstCensusFate): number {
  let count = 0;
  for (let o = 0; o < fate.outcomes; o++) if (fate.table[o].probability !== 1) count++;
  return count;
}

/** Census draws a day: per compartment who leaves, and for a last stage who of those stays delayed and who leaves before τ. */
function censusDraws(model: CensusModel): number {
  let count = 0;
  for (let j = 0; j < model.compartments; j++) count += model.successor[j] >= 0 ? 1 : model.delays ? 3 : 2;
  return model.delays ? count + 2 : count;
}

/**
 * Uniforms the coupled draws take from the day's substream: the same on every day and
 * for every bed base and arrival rate, a function of the census model only. In order:
 * the census draws; the morning arrivals; per stretch the short stays, the lost arrivals
 * and the lost short stays, with the morning and the electives' placements after the
 * morning's, and the afternoon's placements last.
 */
function uniformsPerDay(model: CensusModel): number {
  const placements = uncertainOutcomes(model.earlyEmergencyFate) + uncertainOutcomes(model.electiveFate) + uncertainOutcomes(model.lateEmergencyFate);
  return censusDraws(model) + 7 + placements;
}

/** Days whose random numbers and arrivals are drawn together, ahead of their census. */
const DAYS_PER_BLOCK = 32;

/**
 * Draws what the days `first` … `end − 1` need that does not depend on the census, in
 * the order of the trial's stream: per day, three uniforms of the trial's stream reseed
 * the substream, whose first `perDay` values go to `uniforms[(day − first)·perDay …]`
 * (one per coupled draw); then the day's emergency arrivals (PTRS, on the substream's
 * next values), split between the morning and the afternoon, and the short stays of each
 * stretch, to `arrivals[4·(day − first) …]`. Doing this for a block of days at a time
 * lets the CPU overlap the days' independent work.
 */
function drawArrivals(input: BedSimulationInput, model: CensusModel, rng: RandomSource, workspace: BedWorkspace, first: number, end: number, perDay: number): void {
  const { substream, seedUniforms, dayUniforms: uniforms, dayArrivals: arrivals } = workspace;
  const morningSlot = censusDraws(model);
  const lateShortSlot = morningSlot + 4 + uncertainOutcomes(model.earlyEmergencyFate) + uncertainOutcomes(model.electiveFate);
  const { morningArrivalsTable } = model;
  const earlyShortStayTable = model.earlyEmergencyFate.shortStayTable;
  const lateShortStayTable = model.lateEmergencyFate.shortStayTable;
  for (let day = first; day < end; day++) {
    const at = (day - first) * perDay;
    for (let i = 0; i < 3; i++) seedUniforms[i] = rng();
    substream.reseedFrom(seedUniforms, 0);
    substream.fill(uniforms, at, perDay);
    const total = samplePoisson(input.emergencyArrivalRate[day], substream.next);
    const before = tabulatedBinomialQuantileAt(morningArrivalsTable, total, uniforms, at + morningSlot);
    const after = total - before;
    const a = 4 * (day - first);
    arrivals[a] = before;
    arrivals[a + 1] = after;
    arrivals[a + 2] = tabulatedBinomialQuantileAt(earlyShortStayTable, before, uniforms, at + morningSlot + 1);
    arrivals[a + 3] = tabulatedBinomialQuantileAt(lateShortStayTable, after, uniforms, at + lateShortSlot);
  }
}

/**
 * Places admissions at their first census by a chain of conditional binomials, one
 * uniform each (from `uniforms[slot]` on, one per uncertain outcome); returns how many
 * go home before midnight.
 */
function placeAdmissions(fate: FirstCensusFate, admitted: number, next: Int32Array, uniforms: Float64Array, slot: number): number {
  let remaining = admitted;
  for (let o = 0; o < fate.outcomes; o++) {
    const table = fate.table[o];
    // A certain outcome takes the rest without a draw (the same in every run on this model).
    const placed = table.probability === 1 ? remaining : tabulatedBinomialQuantileAt(table, remaining, uniforms, slot++);
    next[fate.target[o]] += placed;
    remaining -= placed;
  }
  return remaining;
}

/** Binomial(trials, probability) by inversion at u, skipping the sums when the answer is certain. */
function lostShortStays(trials: number, probability: number, u: number): number {
  if (trials === 0 || probability === 0) return 0;
  if (probability === 1) return trials;
  return binomialQuantile(trials, probability, u);
}

/** `countLostArrivals`, skipping the call when the stretch cannot fill the beds. */
function lostArrivals(occupied: number, threshold: number, arrivals: number, departures: number, u: number): number {
  // Without an arrival, or with room for all of them before anyone leaves, no one is lost.
  if (arrivals === 0 || occupied + arrivals <= threshold) return 0;
  return countLostArrivals(occupied, threshold, arrivals, departures, u);
}

/**
 * The mean delay the fast path's delayed compartment keeps in a period that delays no
 * one, when the run's stays change: the first period's with delays (0 if none has).
 */
function delayFallbackDays(input: BedSimulationInput): number {
  for (const laws of [input, ...(input.laterStays ?? [])]) {
    if (laws.delayedDischarge.share > 0 && laws.delayedDischarge.meanExtraDays > 0) return laws.delayedDischarge.meanExtraDays;
  }
  return 0;
}

/**
 * A period's census model input. Its delays, if it has none while another period has,
 * become share 0 at the fallback mean, so patients delayed earlier still leave at a
 * delay's rate (a delay's mean is kept if it has one).
 */
function periodLaws(input: BedSimulationInput, laws: StayLaws, delayFallback: number): CensusModelInput {
  const delay = laws.delayedDischarge;
  const delayedDischarge = delayFallback > 0 && !(delay.share > 0 && delay.meanExtraDays > 0) ? { share: 0, meanExtraDays: delay.meanExtraDays > 0 ? delay.meanExtraDays : delayFallback } : delay;
  return { emergencyStay: laws.emergencyStay, electiveStay: laws.electiveStay, delayedDischarge, electiveTimeOfDay: input.electiveTimeOfDay };
}

/**
 * The fast bed kernel: one O(1) step per trust-day, for national runs.
 *
 * State: the midnight census of each compartment of a discrete-time phase-type model of
 * the stay (`prepareCensusModel`: exact daily discretisation of exponential and
 * two-phase hyperexponential stays; a chain of daily stages for CV < 1), plus a
 * compartment of delayed-discharge patients. Start: the census is drawn from the
 * stationary law of the unblocked model at the first week's mean inputs (a Poisson
 * total split multinomially), conditioned on at most day 0's core + escalation beds by
 * inversion, as a loss system's is: exact for a pure loss system, close otherwise.
 *
 * Each day, split at the electives' time τ into a morning and an afternoon stretch:
 * (1) census patients' departures, Binomial per compartment by inversion, each split
 * Binomial between the stretches (the exact share for an exponential phase: short stays
 * leave early in the day); (2) the day's emergency arrivals, Poisson(λ) (PTRS), split
 * Binomial(·, τ) between the stretches, and within each the short stays (home before
 * the stretch ends) drawn among them; (3) in each stretch the other arrivals and the
 * departures come in a uniformly random order, and the arrivals lost once core +
 * escalation beds are full follow exactly from the reflection principle
 * (`countLostArrivals`); short stays are lost at the same rate (they are a Poisson
 * thinning of the same arrivals) and hold no bed; (4) the admitted are placed at their
 * first census by conditional binomials, and morning admissions going home later today
 * join the afternoon's departures; (5) at τ, planned electives take free core beds, the
 * rest are cancelled. Core beds fill first, so escalation in use is max(0, census − core).
 * With the front door a queue, a stretch that can fill the beds or starts with patients
 * waiting is walked patient by patient over the windows of it that come near the beds
 * (`walkQueueStretch`: a halving tree that skips, exactly, windows where no one can find
 * the beds full), where diversion and abandonment (`diversion`, `abandonAfterDays`) act
 * as in the detailed kernel.
 *
 * Approximations, measured against the detailed path and Erlang's formula in the tests:
 * the stay is phase-type (three moments matched when CV > 1, the mean and variance of
 * the count of midnights when CV < 1); departures fall uniformly within a stretch;
 * short stays hold no bed; morning admissions who leave the same afternoon leave at a
 * uniform time in it; a day that starts over its beds (after a closure) lets the excess
 * leave before anyone arrives.
 *
 * Random numbers: each day takes three uniforms from the trial's stream and reseeds a
 * substream with them (`createSubstream`); the day's binomial draws and lost-arrival
 * walks take the substream's first values, one each in a fixed order whatever the
 * counts, and the arrivals' PTRS takes what it needs after them. So the trial's stream
 * moves by three uniforms a day whatever the beds or the arrival rates. What does not
 * depend on the census (these uniforms, the arrivals and their split between the
 * stretches) is drawn for 32 days at a time, ahead of their census steps.
 *
 * Common random numbers: every draw whose count can differ between bed bases (the
 * binomials and the lost-arrival walks) uses exactly one uniform by inversion and moves
 * by 0 or 1 when its count moves by 1, so runs on bed bases c and c − k stay coupled:
 * refused and cancelled admissions never fall when beds are closed, and the census
 * falls by 0 to k. Runs whose arrival rates differ on some days stay in step too.
 *
 * Stays that change (`laterStays`): each period has its census model, built at its
 * first midnight, and the census is carried over to it (`carryCensusOver`: a type of
 * patient whose stay law changes is spread over the new law's stages in proportion to
 * their stationary census, so the patients in bed then follow the new law). A block of
 * days ends at a period's start. An emergency mix is not drawn patient by patient here:
 * the period's emergency stay, which the caller sets to the mix's mean and sd, stands
 * for it (the census's mean is then exact by Little's law). When any period has delays,
 * every period keeps the delayed compartment (`prepareCensusModel`'s
 * `keepDelayedCompartment`), so the uniforms a day takes stay fixed within a period
 * whatever the counts.
 *
 * Cost: O(compartments) per day, independent of the number of patients: about 30
 * uniforms and 25 binomial inversions a day, each a count of cached cdf values below its
 * uniform (`tabulatedBinomialQuantileAt`; a walk of a few pmf steps for the rare draw
 * over 7 from the mode), three uniforms from the trial's stream and one Poisson draw. The
 * kernel creates no objects or arrays once the workspace's tables have grown to the
 * trust's size (V8 still boxes a few doubles a day passed to calls it does not inline).
 *
 * @throws {RangeError} naming the first bad field of the input or output.
 * @example
 * const workspace = createBedWorkspace(800);
 * const out = createBedOutput(365);
 * simulateBedsFast(input, createStream(seed, trial, 'beds', trustId), workspace, out);
 */
export function simulateBedsFast(input: BedSimulationInput, rng: RandomSource, workspace: BedWorkspace, out: BedSimulationOutput): void {
  checkBedSimulationInput('simulateBedsFast', input, out);
  const laterStays = input.laterStays ?? [];
  const delayFallback = delayFallbackDays(input);
  const keepDelayed = delayFallback > 0 && laterStays.length > 0;
  const model = prepareCensusModel(workspace.censusModel, periodLaws(input, input, delayFallback), keepDelayed);
  let compartments = model.compartments;
  let delayed = compartments;
  const delays = model.delays;
  const { leaveTable, delaySplitTable, successor, beforeElectivesTable } = model;
  let count = workspace.census;
  let next = workspace.nextCensus;

  const stationary = workspace.stationaryCensus;
  const emergencyRate = startEmergencyRate(input);
  const electiveRate = startElectiveRate(input);
  let stationaryTotal = 0;
  for (let j = 0; j <= compartments; j++) {
    stationary[j] = emergencyRate * model.censusPerEmergencyArrival[j] + electiveRate * model.censusPerElective[j];
    stationaryTotal += stationary[j];
  }
  let remaining = poissonQuantile(stationaryTotal, rng(), input.coreBeds[0] + input.escalationCap[0]);
  let total = remaining;
  let massLeft = stationaryTotal;
  for (let j = 0; j < compartments; j++) {
    const rest = massLeft - stationary[j];
    const probability = rest <= 1e-12 * stationaryTotal ? 1 : stationary[j] / massLeft;
    const placed = binomialQuantile(remaining, probability, rng());
    count[j] = placed;
    remaining -= placed;
    massLeft = rest;
  }
  count[delayed] = remaining;

  const { days, electivePlanned, coreBeds, escalationCap, waitingList } = input;
  const early = model.earlyEmergencyFate;
  const late = model.lateEmergencyFate;
  const electiveFate = model.electiveFate;
  let earlyDraws = uncertainOutcomes(early);
  let electiveDraws = uncertainOutcomes(electiveFate);
  let perDay = uniformsPerDay(model);
  if (workspace.dayUniforms.length < DAYS_PER_BLOCK * perDay) workspace.dayUniforms = new Float64Array(DAYS_PER_BLOCK * perDay);
  if (workspace.dayArrivals.length < 4 * DAYS_PER_BLOCK) workspace.dayArrivals = new Int32Array(4 * DAYS_PER_BLOCK);
  let uniforms = workspace.dayUniforms;
  const arrivals = workspace.dayArrivals;
  // Read once: V8 would reload each array from `out` on every day (a call could replace it).
  const { occupied: occupiedOut, escalationInUse, emergencyAdmitted: admittedOut, emergencyRefused } = out;
  const { electiveAdmitted, electiveCancelled, delayedOccupied } = out;
  const { trolleyQueuePeak, trolleyQueueDays, emergencyArrivals, emergencyDiverted, emergencyAbandoned, waitingAtMidnight } = out;
  const histogram = out.waitHistogram;
  histogram.fill(0);
  out.emergencyWaited.fill(0, 0, days);
  out.emergencyWaitDays.fill(0, 0, days);
  out.waitsOver4Hours.fill(0, 0, days);
  out.waitsOver12Hours.fill(0, 0, days);
  out.waitsOverBreach.fill(0, 0, days);
  const periodOfDay = input.waitPeriodOfDay;
  const queueing = input.frontDoor === 'queue';
  const divertFrom = queueing && input.diversion !== undefined ? input.diversion.queueLength : -1;
  const divertShare = divertFrom >= 0 ? input.diversion!.share : 0;
  const patience = queueing && input.abandonAfterDays !== undefined ? input.abandonAfterDays : Infinity;
  const breachAfter = input.breachAfterDays ?? Infinity;
  const queue = workspace.trolleyQueue;
  clearTrolleyQueue(queue);
  const queueSubstream = workspace.queueSubstream;
  const stretch = workspace.queueStretch;
  const timeOfElectives = model.electiveTimeOfDay;
  let laws: StayLaws = input;
  let nextPeriod = 0;
  for (let first = 0, end = 0; first < days; first = end) {
    if (nextPeriod < laterStays.length && laterStays[nextPeriod].fromDay === first) {
      // A new period: its census model, and the census carried over to it at this midnight.
      const period = laterStays[nextPeriod++];
      const layout = { emergencyCompartments: model.emergencyCompartments, compartments: model.compartments };
      prepareCensusModel(model, periodLaws(input, period, delayFallback), keepDelayed);
      carryCensusOver(count, layout, model, sameStay(laws.emergencyStay, period.emergencyStay), sameStay(laws.electiveStay, period.electiveStay), delays);
      laws = period;
      compartments = model.compartments;
      delayed = compartments;
      earlyDraws = uncertainOutcomes(early);
      electiveDraws = uncertainOutcomes(electiveFate);
      perDay = uniformsPerDay(model);
      if (workspace.dayUniforms.length < DAYS_PER_BLOCK * perDay) workspace.dayUniforms = new Float64Array(DAYS_PER_BLOCK * perDay);
      uniforms = workspace.dayUniforms;
      total = 0;
      for (let j = 0; j <= compartments; j++) total += count[j];
    }
    // A block of days ends at the next period's first day, so that it is drawn on one census model.
    end = Math.min(days, first + DAYS_PER_BLOCK, nextPeriod < laterStays.length ? laterStays[nextPeriod].fromDay : days);
    drawArrivals(input, model, rng, workspace, first, end, perDay);
    for (let day = first; day < end; day++) {
      // The day's coupled draws take its substream values in order, each its own slot
      // whatever the counts.
      let slot = (day - first) * perDay;
      const core = coreBeds[day];
      const threshold = core + escalationCap[day];
      const bins = (periodOfDay === undefined ? 0 : periodOfDay[day]) * WAIT_BINS;
      let queuePeak = 0;
      let queueDays = 0;
      let diverted = 0;
      let abandoned = 0;
      for (let j = 0; j <= compartments; j++) next[j] = 0;
      let departuresBefore = 0;
      let departuresAfter = 0;
      for (let j = 0; j < compartments; j++) {
        const patients = count[j];
        const leaving = tabulatedBinomialQuantileAt(leaveTable[j], patients, uniforms, slot++);
        next[j] += patients - leaving;
        const after = successor[j];
        if (after >= 0) {
          next[after] += leaving;
          continue;
        }
        let departing = leaving;
        if (delays) {
          const stillDelayed = tabulatedBinomialQuantileAt(delaySplitTable[j], leaving, uniforms, slot++);
          next[delayed] += stillDelayed;
          departing -= stillDelayed;
        }
        const before = tabulatedBinomialQuantileAt(beforeElectivesTable[j], departing, uniforms, slot++);
        departuresBefore += before;
        departuresAfter += departing - before;
      }
      if (delays) {
        const patients = count[delayed];
        const leaving = tabulatedBinomialQuantileAt(leaveTable[delayed], patients, uniforms, slot++);
        next[delayed] += patients - leaving;
        const before = tabulatedBinomialQuantileAt(beforeElectivesTable[delayed], leaving, uniforms, slot++);
        departuresBefore += before;
        departuresAfter += leaving - before;
      }
      // The day's arrivals were drawn ahead (`drawArrivals`), the morning split and the
      // morning's short stays with the next two slots, the afternoon's further on.
      const a = 4 * (day - first);
      const arrivalsBefore = arrivals[a];
      const arrivalsAfter = arrivals[a + 1];
      const shortBefore = arrivals[a + 2];
      const shortAfter = arrivals[a + 3];
      slot += 2;

      // Morning stretch. Short stays (home before the electives' time) are drawn among the
      // arrivals; they need a bed on arrival, and find none as often as the others do. With
      // the front door a queue, a stretch that can fill the beds (or starts with patients
      // waiting) is walked patient by patient, its halving tree keyed by its loss slots.
      const regularBefore = arrivalsBefore - shortBefore;
      let lostBefore = 0;
      let admittedRegularBefore: number;
      let admittedBefore: number;
      let occupied: number;
      if (queueing && (queue.length > 0 || total + regularBefore + (shortBefore > 0 ? 1 : 0) > threshold)) {
        walkQueueStretch(
          stretch,
          queue,
          out,
          periodOfDay,
          day,
          day,
          day + timeOfElectives,
          total,
          threshold,
          regularBefore,
          shortBefore,
          departuresBefore,
          divertFrom,
          divertShare,
          patience,
          breachAfter,
          queueSubstream,
          uniforms,
          slot,
        );
        slot += 2;
        admittedRegularBefore = stretch.admittedRegular;
        admittedBefore = stretch.admittedRegular + stretch.admittedShort;
        occupied = stretch.occupied;
        queuePeak = stretch.queuePeak;
        queueDays = stretch.queueDays;
        diverted = stretch.diverted;
        abandoned = stretch.abandoned;
      } else {
        const lostRegularBefore = lostArrivals(total, threshold, regularBefore, departuresBefore, uniforms[slot++]);
        const fullBefore = regularBefore > 0 ? lostRegularBefore / regularBefore : total >= threshold ? 1 : 0;
        const lostShortBefore = lostShortStays(shortBefore, fullBefore, uniforms[slot++]);
        admittedRegularBefore = regularBefore - lostRegularBefore;
        lostBefore = lostRegularBefore + lostShortBefore;
        admittedBefore = arrivalsBefore - lostBefore;
        occupied = total - departuresBefore + admittedRegularBefore;
        histogram[bins] += admittedBefore;
      }
      // Morning admissions who go home later today leave in the afternoon stretch.
      const morningGoneToday = placeAdmissions(early, admittedRegularBefore, next, uniforms, slot);
      slot += earlyDraws;

      const planned = waitingList === undefined ? electivePlanned[day] : bookFromWaitingList(waitingList, day, electivePlanned[day]);
      // Patients waiting for a bed come before planned operations.
      const electivesAdmitted = queue.length > 0 ? 0 : Math.min(planned, Math.max(0, core - occupied));
      occupied += electivesAdmitted;
      const electivesGoneToday = placeAdmissions(electiveFate, electivesAdmitted, next, uniforms, slot);
      slot += electiveDraws;

      // Afternoon stretch; its short stays are those home before midnight (their slot
      // comes first).
      slot++;
      const regularAfter = arrivalsAfter - shortAfter;
      const afternoonDepartures = departuresAfter + morningGoneToday + electivesGoneToday;
      let lostAfter = 0;
      let admittedRegularAfter: number;
      let admittedAfter: number;
      if (queueing && (queue.length > 0 || occupied + regularAfter + (shortAfter > 0 ? 1 : 0) > threshold)) {
        walkQueueStretch(
          stretch,
          queue,
          out,
          periodOfDay,
          day,
          day + timeOfElectives,
          day + 1,
          occupied,
          threshold,
          regularAfter,
          shortAfter,
          afternoonDepartures,
          divertFrom,
          divertShare,
          patience,
          breachAfter,
          queueSubstream,
          uniforms,
          slot,
        );
        slot += 2;
        admittedRegularAfter = stretch.admittedRegular;
        admittedAfter = stretch.admittedRegular + stretch.admittedShort;
        if (stretch.queuePeak > queuePeak) queuePeak = stretch.queuePeak;
        queueDays += stretch.queueDays;
        diverted += stretch.diverted;
        abandoned += stretch.abandoned;
      } else {
        const lostRegularAfter = lostArrivals(occupied, threshold, regularAfter, afternoonDepartures, uniforms[slot++]);
        const fullAfter = regularAfter > 0 ? lostRegularAfter / regularAfter : occupied >= threshold ? 1 : 0;
        const lostShortAfter = lostShortStays(shortAfter, fullAfter, uniforms[slot++]);
        admittedRegularAfter = regularAfter - lostRegularAfter;
        lostAfter = lostRegularAfter + lostShortAfter;
        admittedAfter = arrivalsAfter - lostAfter;
        histogram[bins] += admittedAfter;
      }
      placeAdmissions(late, admittedRegularAfter, next, uniforms, slot);

      const swap = count;
      count = next;
      next = swap;
      total = 0;
      for (let j = 0; j <= compartments; j++) total += count[j];

      occupiedOut[day] = total;
      escalationInUse[day] = total > core ? total - core : 0;
      emergencyArrivals[day] = arrivalsBefore + arrivalsAfter;
      admittedOut[day] = admittedBefore + admittedAfter;
      emergencyRefused[day] = lostBefore + lostAfter;
      emergencyDiverted[day] = diverted;
      emergencyAbandoned[day] = abandoned;
      waitingAtMidnight[day] = queue.length;
      electiveAdmitted[day] = electivesAdmitted;
      electiveCancelled[day] = planned - electivesAdmitted;
      if (waitingList !== undefined) recordElectiveDay(waitingList, day, electivesAdmitted);
      delayedOccupied[day] = count[delayed];
      trolleyQueuePeak[day] = queuePeak;
      trolleyQueueDays[day] = queueDays;
    }
  }
  countStillWaiting(out, periodOfDay, queue.decidedAt, queue.head, queue.length, days, breachAfter);
  out.path = 'fast';
}
