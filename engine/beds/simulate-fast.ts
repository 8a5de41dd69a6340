import { binomialQuantile, tabulatedBinomialQuantile } from '../random/binomial.ts';
import { poissonQuantile, samplePoisson } from '../random/poisson.ts';
import type { RandomSource } from '../random/random-source.ts';
import { prepareCensusModel, type FirstCensusFate } from './census-model.ts';
import { checkBedSimulationInput } from './check-input.ts';
import { countLostArrivals } from './lost-arrivals.ts';
import { startElectiveRate, startEmergencyRate } from './start-rates.ts';
import type { BedSimulationInput, BedSimulationOutput } from './types.ts';
import type { BedWorkspace } from './workspace.ts';

/**
 * Places admissions at their first census by a chain of conditional binomials, one
 * uniform each; returns how many go home before midnight.
 */
function placeAdmissions(fate: FirstCensusFate, admitted: number, next: Int32Array, rng: RandomSource): number {
  let remaining = admitted;
  for (let o = 0; o < fate.outcomes; o++) {
    const table = fate.table[o];
    // A certain outcome takes the rest without a draw (the same in every run on this model).
    const placed = table.probability === 1 ? remaining : tabulatedBinomialQuantile(table, remaining, rng());
    next[fate.target[o]] += placed;
    remaining -= placed;
  }
  return remaining;
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
 *
 * Approximations, measured against the detailed path and Erlang's formula in the tests:
 * the stay is phase-type (three moments matched when CV > 1, the mean and variance of
 * the count of midnights when CV < 1); departures fall uniformly within a stretch;
 * short stays hold no bed; morning admissions who leave the same afternoon leave at a
 * uniform time in it; a day that starts over its beds (after a closure) lets the excess
 * leave before anyone arrives.
 *
 * Common random numbers: every draw whose count can differ between bed bases (the
 * binomials and the lost-arrival walks) uses exactly one uniform by inversion and moves
 * by 0 or 1 when its count moves by 1, so runs on bed bases c and c − k stay coupled:
 * refused and cancelled admissions never fall when beds are closed, and the census
 * falls by 0 to k.
 *
 * Cost: O(compartments) per day, independent of the number of patients: about 30
 * uniforms and 25 binomial inversions a day, each walking about 0.8·√(npq) pmf steps
 * from a tabulated mode (a handful for a 700-bed trust). The kernel creates no objects
 * or arrays once the workspace's tables have grown to the trust's size (V8 still boxes
 * doubles passed to or returned from calls it does not inline, such as the uniform
 * source: short-lived, a few hundred bytes a trust-day).
 *
 * @throws {RangeError} naming the first bad field of the input or output.
 * @example
 * const workspace = createBedWorkspace(800);
 * const out = createBedOutput(365);
 * simulateBedsFast(input, createStream(seed, trial, 'beds', trustId), workspace, out);
 */
export function simulateBedsFast(
  input: BedSimulationInput,
  rng: RandomSource,
  workspace: BedWorkspace,
  out: BedSimulationOutput,
): void {
  checkBedSimulationInput('simulateBedsFast', input, out);
  const model = prepareCensusModel(workspace.censusModel, input);
  const compartments = model.compartments;
  const delayed = compartments;
  const delays = model.delays;
  const arrivalStream = workspace.substream;
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

  const { days, emergencyArrivalRate, electivePlanned, coreBeds, escalationCap } = input;
  for (let day = 0; day < days; day++) {
    const core = coreBeds[day];
    const threshold = core + escalationCap[day];
    next.fill(0, 0, compartments + 1);
    let departuresBefore = 0;
    let departuresAfter = 0;
    for (let j = 0; j < compartments; j++) {
      const patients = count[j];
      const leaving = tabulatedBinomialQuantile(leaveTable[j], patients, rng());
      next[j] += patients - leaving;
      const after = successor[j];
      if (after >= 0) {
        next[after] += leaving;
        continue;
      }
      let departing = leaving;
      if (delays) {
        const stillDelayed = tabulatedBinomialQuantile(delaySplitTable[j], leaving, rng());
        next[delayed] += stillDelayed;
        departing -= stillDelayed;
      }
      const before = tabulatedBinomialQuantile(beforeElectivesTable[j], departing, rng());
      departuresBefore += before;
      departuresAfter += departing - before;
    }
    if (delays) {
      const patients = count[delayed];
      const leaving = tabulatedBinomialQuantile(leaveTable[delayed], patients, rng());
      next[delayed] += patients - leaving;
      const before = tabulatedBinomialQuantile(beforeElectivesTable[delayed], leaving, rng());
      departuresBefore += before;
      departuresAfter += leaving - before;
    }
    // Arrivals come from a substream reseeded each day from three uniforms of the
    // trial's stream: PTRS uses a variable number of uniforms, and this keeps the
    // trial's stream in step between scenarios whose arrival rates differ (an
    // avoidance scheme, other growth), so their other draws stay common.
    const rate = emergencyArrivalRate[day];
    arrivalStream.reseed(rng(), rng(), rng());
    const arrivals = samplePoisson(rate, arrivalStream.next);
    const arrivalsBefore = tabulatedBinomialQuantile(model.morningArrivalsTable, arrivals, rng());
    const arrivalsAfter = arrivals - arrivalsBefore;

    // Morning stretch. Short stays (home before the electives' time) are drawn among the
    // arrivals; they need a bed on arrival, and find none as often as the others do.
    const early = model.earlyEmergencyFate;
    const shortBefore = tabulatedBinomialQuantile(early.shortStayTable, arrivalsBefore, rng());
    const regularBefore = arrivalsBefore - shortBefore;
    const lostRegularBefore = countLostArrivals(total, threshold, regularBefore, departuresBefore, rng());
    const fullBefore = regularBefore > 0 ? lostRegularBefore / regularBefore : total >= threshold ? 1 : 0;
    const lostShortBefore = binomialQuantile(shortBefore, fullBefore, rng());
    const admittedRegularBefore = regularBefore - lostRegularBefore;
    // Morning admissions who go home later today leave in the afternoon stretch.
    const morningGoneToday = placeAdmissions(early, admittedRegularBefore, next, rng);
    let occupied = total - departuresBefore + admittedRegularBefore;

    const planned = electivePlanned[day];
    const electivesAdmitted = Math.min(planned, Math.max(0, core - occupied));
    occupied += electivesAdmitted;
    const electivesGoneToday = placeAdmissions(model.electiveFate, electivesAdmitted, next, rng);

    // Afternoon stretch; its short stays are those home before midnight.
    const late = model.lateEmergencyFate;
    const shortAfter = tabulatedBinomialQuantile(late.shortStayTable, arrivalsAfter, rng());
    const regularAfter = arrivalsAfter - shortAfter;
    const afternoonDepartures = departuresAfter + morningGoneToday + electivesGoneToday;
    const lostRegularAfter = countLostArrivals(occupied, threshold, regularAfter, afternoonDepartures, rng());
    const fullAfter = regularAfter > 0 ? lostRegularAfter / regularAfter : occupied >= threshold ? 1 : 0;
    const lostShortAfter = binomialQuantile(shortAfter, fullAfter, rng());
    const admittedRegularAfter = regularAfter - lostRegularAfter;
    placeAdmissions(late, admittedRegularAfter, next, rng);

    const lostBefore = lostRegularBefore + lostShortBefore;
    const lostAfter = lostRegularAfter + lostShortAfter;
    const admittedBefore = arrivalsBefore - lostBefore;
    const admittedAfter = arrivalsAfter - lostAfter;
    const emergencyAdmitted = admittedBefore + admittedAfter;
    const swap = count;
    count = next;
    next = swap;
    total = 0;
    for (let j = 0; j <= compartments; j++) total += count[j];

    out.occupied[day] = total;
    out.escalationInUse[day] = total > core ? total - core : 0;
    out.emergencyAdmitted[day] = emergencyAdmitted;
    out.emergencyRefused[day] = lostBefore + lostAfter;
    out.electiveAdmitted[day] = electivesAdmitted;
    out.electiveCancelled[day] = planned - electivesAdmitted;
    out.delayedOccupied[day] = count[delayed];
  }
  out.path = 'fast';
}
