import { poissonQuantile } from '../random/poisson.ts';
import type { RandomSource } from '../random/random-source.ts';
import { checkBedSimulationInput } from './check-input.ts';
import { popEvent, pushEvent, type EventHeap } from './event-heap.ts';
import { startElectiveRate, startEmergencyRate } from './start-rates.ts';
import { drawSizeBiasedStay, drawStay, prepareStaySampler } from './stay-sampler.ts';
import { DEFAULT_ELECTIVE_TIME_OF_DAY, type BedSimulationInput, type BedSimulationOutput } from './types.ts';
import type { BedWorkspace } from './workspace.ts';

/** A patient leaves a bed (no delay). */
const LEAVES = 0;
/** A patient's stay ends but their discharge is delayed: they keep the bed. */
const DELAY_STARTS = 1;
/** A delayed patient finally leaves. */
const DELAYED_LEAVES = 2;

/** Admits a patient at `time`: schedules the end of the stay and, if delayed, the departure after the delay. */
function schedule(events: EventHeap, time: number, stay: number, delay: number): void {
  if (delay > 0) {
    pushEvent(events, time + stay, DELAY_STARTS);
    pushEvent(events, time + stay + delay, DELAYED_LEAVES);
  } else {
    pushEvent(events, time + stay, LEAVES);
  }
}

/**
 * The detailed bed kernel: continuous time inside each day, one patient at a time.
 *
 * Emergencies arrive as a Poisson process at the day's rate (exponential gaps, one
 * uniform each; a fresh gap starts at each midnight, exact for a rate constant within
 * the day); planned electives arrive together at the elective time of day. Every
 * arrival draws its stay (exponential or lognormal by inversion, gamma by
 * Marsaglia–Tsang) and its delay (delayed with probability `share`, then an
 * exponential extra stay) whether or not it is admitted, so the uniforms a trial uses
 * never depend on beds and two runs differing only in beds treat the same patients
 * alike. An emergency is admitted if fewer than core + escalation beds are occupied, an
 * elective if fewer than core beds; otherwise refused or cancelled. Discharges (and
 * the start of delays) are events in a binary heap, processed in time order between
 * arrivals; the census is taken at each midnight. With exponential stays, no electives,
 * escalation or delays and a flat rate this is the M/M/c/c loss system, and the share
 * refused converges to Erlang's loss formula (by insensitivity, for any stay law).
 *
 * Start: the stationary law of a loss system at the first week's mean inputs: the
 * census is a Poisson count conditioned on at most day 0's core + escalation beds (by
 * inversion, so bed bases stay coupled), and each patient is emergency or elective in
 * proportion to bed-days, in the stay or in a delay in proportion to their means, with
 * the residual drawn as a uniform fraction of a length-biased stay (exact for the loss
 * system by insensitivity). The starting patients come from a substream seeded by three
 * uniforms, so the trial's stream moves by the same amount whatever their number.
 *
 * Common random numbers: a ward with one bed fewer holds, at every moment, a subset of
 * the patients of the larger ward with at most one fewer, so refused and cancelled
 * admissions never fall when beds are closed.
 *
 * Cost: O(log occupied) per patient event: about (arrivals + discharges) × log₂(beds)
 * per day. Allocation-free once the workspace's heap has grown.
 *
 * @throws {RangeError} naming the first bad field of the input or output.
 * @example
 * simulateBedsDetailed(input, createStream(seed, trial, 'beds', trustId), workspace, out);
 */
export function simulateBedsDetailed(input: BedSimulationInput, rng: RandomSource, workspace: BedWorkspace, out: BedSimulationOutput): void {
  checkBedSimulationInput('simulateBedsDetailed', input, out);
  const emergency = workspace.emergencySampler;
  const elective = workspace.electiveSampler;
  prepareStaySampler(emergency, input.emergencyStay);
  prepareStaySampler(elective, input.electiveStay);
  const timeOfElectives = input.electiveTimeOfDay ?? DEFAULT_ELECTIVE_TIME_OF_DAY;
  const share = input.delayedDischarge.share;
  const meanDelay = input.delayedDischarge.meanExtraDays;
  const delays = share > 0 && meanDelay > 0;
  const events = workspace.events;
  events.size = 0;
  let occupied = 0;
  let delayed = 0;

  // Start at the stationary law of the loss system.
  const emergencyBedDays = emergency.mean + (delays ? share * meanDelay : 0);
  const electiveBedDays = elective.mean + (delays ? share * meanDelay : 0);
  const emergencyLoad = startEmergencyRate(input) * emergencyBedDays;
  const electiveLoad = startElectiveRate(input) * electiveBedDays;
  const load = emergencyLoad + electiveLoad;
  const starting = poissonQuantile(load, rng(), input.coreBeds[0] + input.escalationCap[0]);
  const substream = workspace.substream;
  substream.reseed(rng(), rng(), rng());
  const sub = substream.next;
  for (let i = 0; i < starting; i++) {
    const isEmergency = sub() * load < emergencyLoad;
    const sampler = isEmergency ? emergency : elective;
    const bedDays = isEmergency ? emergencyBedDays : electiveBedDays;
    if (!delays || sub() * bedDays < sampler.mean) {
      const residual = sub() * drawSizeBiasedStay(sampler, sub);
      const delay = delays && sub() < share ? -meanDelay * Math.log(sub()) : 0;
      schedule(events, 0, residual, delay);
    } else {
      delayed++;
      pushEvent(events, -meanDelay * Math.log(sub()), DELAYED_LEAVES);
    }
    occupied++;
  }

  const { days, emergencyArrivalRate, electivePlanned, coreBeds, escalationCap } = input;
  for (let day = 0; day < days; day++) {
    const midnight = day + 1;
    const rate = emergencyArrivalRate[day];
    const core = coreBeds[day];
    const threshold = core + escalationCap[day];
    const electivesAt = day + timeOfElectives;
    let electivesDue = true;
    let nextArrival = rate > 0 ? day - Math.log(rng()) / rate : Infinity;
    let admitted = 0;
    let refused = 0;
    let electivesAdmitted = 0;
    let cancelled = 0;
    for (;;) {
      const electivesFirst = electivesDue && electivesAt <= nextArrival;
      const now = electivesFirst ? electivesAt : nextArrival;
      if (now >= midnight) break;
      while (events.size > 0 && events.time[0] <= now) {
        const kind = popEvent(events);
        if (kind === DELAY_STARTS) {
          delayed++;
        } else {
          occupied--;
          if (kind === DELAYED_LEAVES) delayed--;
        }
      }
      if (electivesFirst) {
        electivesDue = false;
        const planned = electivePlanned[day];
        for (let i = 0; i < planned; i++) {
          const stay = drawStay(elective, rng);
          const delay = delays && rng() < share ? -meanDelay * Math.log(rng()) : 0;
          if (occupied < core) {
            occupied++;
            electivesAdmitted++;
            schedule(events, now, stay, delay);
          } else {
            cancelled++;
          }
        }
      } else {
        const stay = drawStay(emergency, rng);
        const delay = delays && rng() < share ? -meanDelay * Math.log(rng()) : 0;
        if (occupied < threshold) {
          occupied++;
          admitted++;
          schedule(events, now, stay, delay);
        } else {
          refused++;
        }
        nextArrival -= Math.log(rng()) / rate;
      }
    }
    while (events.size > 0 && events.time[0] <= midnight) {
      const kind = popEvent(events);
      if (kind === DELAY_STARTS) {
        delayed++;
      } else {
        occupied--;
        if (kind === DELAYED_LEAVES) delayed--;
      }
    }
    out.occupied[day] = occupied;
    out.escalationInUse[day] = occupied > core ? occupied - core : 0;
    out.emergencyAdmitted[day] = admitted;
    out.emergencyRefused[day] = refused;
    out.electiveAdmitted[day] = electivesAdmitted;
    out.electiveCancelled[day] = cancelled;
    out.delayedOccupied[day] = delayed;
  }
  out.path = 'detailed';
}
