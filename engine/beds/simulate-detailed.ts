import { poissonQuantile } from '../random/poisson.ts';
import type { RandomSource } from '../random/random-source.ts';
import { checkBedSimulationInput } from './check-input.ts';
import { popEvent, pushEvent, type EventHeap } from './event-heap.ts';
import { startElectiveRate, startEmergencyRate } from './start-rates.ts';
import { drawSizeBiasedStay, drawStay, prepareStaySampler } from './stay-sampler.ts';
import { DEFAULT_ELECTIVE_TIME_OF_DAY, type BedSimulationInput, type BedSimulationOutput, type StayLaws } from './types.ts';
import { clearTrolleyQueue, joinTrolleyQueue, leaveTrolleyQueue } from './trolley-queue.ts';
import { countStillWaiting, countWait } from './count-wait.ts';
import { WAIT_BINS } from './wait-histogram.ts';
import type { BedWorkspace } from './workspace.ts';
import { bookFromWaitingList, recordElectiveDay } from './waiting-list.ts';

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

/** Fills the workspace's samplers for the stays of patients admitted under `laws`. */
function prepareLaws(workspace: BedWorkspace, laws: StayLaws): void {
  prepareStaySampler(workspace.emergencySampler, laws.emergencyStay);
  prepareStaySampler(workspace.electiveSampler, laws.electiveStay);
  if (laws.emergencyMix !== undefined) {
    prepareStaySampler(workspace.targetSampler, laws.emergencyMix.targetStay);
    prepareStaySampler(workspace.otherSampler, laws.emergencyMix.otherStay);
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
 * elective if fewer than core beds and no emergency patient is waiting; otherwise the
 * elective is cancelled and the emergency, with the front door `queue`, waits: the
 * waiting patients (`TrolleyQueue`) take beds first come first served as they come
 * free, at the moment of the discharge (or at midnight, when beds open), their stay
 * starting then; with `loss` it is refused. With `diversion`, an emergency who finds
 * no bed while at least its `queueLength` patients wait goes to a neighbour with its
 * `share` (one more uniform per arrival, drawn whatever the beds); with
 * `abandonAfterDays`, the first patient waiting leaves the queue when their wait reaches
 * it (an event like a discharge; with first come first served the first waiting is
 * always the next to run out of patience). Abandoned patients are counted on the day
 * they leave and not among the waits (which count the patients admitted, and those still
 * waiting at the end), their time on the trolley in the queue's bed days. With exponential
 * stays and diversion of every patient beyond K waiting this is M/M/c/(c + K); with
 * abandonment, M/M/c+D (deterministic patience). Discharges (and
 * the start of delays) are events in a binary heap, processed in time order between
 * arrivals; the census is taken at each midnight. With exponential stays, no electives,
 * escalation or delays and a flat rate this is the M/M/c/c loss system, and the share
 * refused converges to Erlang's loss formula (by insensitivity, for any stay law); with
 * the queue it is M/M/c, and the share who wait and the mean wait converge to Erlang's
 * delay formula (Erlang C). Waits are counted on the day of the decision to admit (the
 * patient's arrival): the decision-to-admit time, those over 4 and 12 hours and the
 * histogram; a patient still waiting at the end of the run counts with the wait so far,
 * so that every count of waits is a function of each patient's wait alone.
 *
 * Start: the stationary law of a loss system at the first week's mean inputs: the
 * census is a Poisson count conditioned on at most day 0's core + escalation beds (by
 * inversion, so bed bases stay coupled), and each patient is emergency or elective in
 * proportion to bed-days, in the stay or in a delay in proportion to their means, with
 * the residual drawn as a uniform fraction of a length-biased stay (exact for the loss
 * system by insensitivity). The starting patients come from a substream seeded by three
 * uniforms, so the trial's stream moves by the same amount whatever their number. No one
 * is waiting for a bed at the start.
 *
 * Common random numbers: with the front door `loss`, a ward with one bed fewer holds, at
 * every moment, a subset of the patients of the larger ward with at most one fewer, so
 * refused and cancelled admissions never fall when beds are closed. With the queue,
 * every patient's wait is at least as long on fewer beds for emergency patients alone
 * (a first-come-first-served queue with fewer servers, the same patients and stays);
 * with electives a cancelled operation can leave a bed an emergency then takes sooner,
 * so the year's totals are what the tests check.
 *
 * Stays that change: a patient admitted on or after a later period's first day
 * (`laterStays`) takes that period's stay and delay laws, and keeps them for the whole
 * stay. With an emergency mix (the patients an avoidance scheme leaves behind), each
 * emergency arrival is of the target group with the mix's share (one more uniform) and
 * draws the group's stay, else the others'. The start uses the input's own laws (with a
 * mix, its emergency stay, the mix's mean and sd).
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
  const target = workspace.targetSampler;
  const other = workspace.otherSampler;
  const timeOfElectives = input.electiveTimeOfDay ?? DEFAULT_ELECTIVE_TIME_OF_DAY;
  prepareLaws(workspace, input);
  let share = input.delayedDischarge.share;
  let meanDelay = input.delayedDischarge.meanExtraDays;
  let delays = share > 0 && meanDelay > 0;
  /** Share of emergency patients drawn from the target group's stay, or −1 without a mix. */
  let targetShare = input.emergencyMix === undefined ? -1 : input.emergencyMix.targetShare;
  const laterStays = input.laterStays ?? [];
  let nextPeriod = 0;
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

  const { days, emergencyArrivalRate, electivePlanned, coreBeds, escalationCap, waitingList } = input;
  const queueing = input.frontDoor === 'queue';
  // Diversion and abandonment (queue only): −1 and Infinity when the trust has none, so no
  // uniform is drawn for them and the run is the same as without the options.
  const divertFrom = queueing && input.diversion !== undefined ? input.diversion.queueLength : -1;
  const divertShare = divertFrom >= 0 ? input.diversion!.share : 0;
  const patience = queueing && input.abandonAfterDays !== undefined ? input.abandonAfterDays : Infinity;
  const breachAfter = input.breachAfterDays ?? Infinity;
  const queue = workspace.trolleyQueue;
  clearTrolleyQueue(queue);
  const periodOfDay = input.waitPeriodOfDay;
  const histogram = out.waitHistogram;
  histogram.fill(0);
  const { emergencyWaited, emergencyWaitDays, waitsOver4Hours, waitsOver12Hours } = out;
  emergencyWaited.fill(0, 0, days);
  emergencyWaitDays.fill(0, 0, days);
  waitsOver4Hours.fill(0, 0, days);
  waitsOver12Hours.fill(0, 0, days);
  out.waitsOverBreach.fill(0, 0, days);
  for (let day = 0; day < days; day++) {
    // Patients admitted from a period's first day take its stays and delays.
    if (nextPeriod < laterStays.length && laterStays[nextPeriod].fromDay === day) {
      const laws = laterStays[nextPeriod++];
      prepareLaws(workspace, laws);
      share = laws.delayedDischarge.share;
      meanDelay = laws.delayedDischarge.meanExtraDays;
      delays = share > 0 && meanDelay > 0;
      targetShare = laws.emergencyMix === undefined ? -1 : laws.emergencyMix.targetShare;
    }
    const midnight = day + 1;
    const rate = emergencyArrivalRate[day];
    const core = coreBeds[day];
    const threshold = core + escalationCap[day];
    const electivesAt = day + timeOfElectives;
    let electivesDue = true;
    let nextArrival = rate > 0 ? day - Math.log(rng()) / rate : Infinity;
    let arrivals = 0;
    let admitted = 0;
    let refused = 0;
    let diverted = 0;
    let abandoned = 0;
    let electivesAdmitted = 0;
    let cancelled = 0;
    let queuePeak = queue.length;
    let queueDays = 0;
    let queueSince = day;
    // Beds opened overnight take waiting patients at once.
    let freeBedAt = queue.length > 0 && occupied < threshold ? day : Infinity;
    for (;;) {
      if (freeBedAt < Infinity) {
        // A bed is free and patients wait: the first in the queue takes it now.
        const head = queue.head;
        const decidedAt = queue.decidedAt[head];
        schedule(events, freeBedAt, queue.stay[head], queue.delay[head]);
        queueDays += queue.length * (freeBedAt - queueSince);
        queueSince = freeBedAt;
        leaveTrolleyQueue(queue);
        occupied++;
        admitted++;
        countWait(out, periodOfDay, Math.floor(decidedAt), freeBedAt - decidedAt, breachAfter);
        freeBedAt = queue.length > 0 && occupied < threshold ? freeBedAt : Infinity;
        continue;
      }
      const electivesFirst = electivesDue && electivesAt <= nextArrival;
      const now = electivesFirst ? electivesAt : nextArrival;
      // The first patient waiting leaves at the end of their patience, if no bed has come
      // free for them before the next event (FCFS: the first waiting is the first to leave).
      if (queue.length > 0 && patience < Infinity) {
        const leavesAt = queue.decidedAt[queue.head] + patience;
        if (leavesAt <= now && leavesAt <= midnight && (events.size === 0 || leavesAt <= events.time[0])) {
          queueDays += queue.length * (leavesAt - queueSince);
          queueSince = leavesAt;
          if (patience > breachAfter) out.waitsOverBreach[Math.floor(queue.decidedAt[queue.head])]++;
          leaveTrolleyQueue(queue);
          abandoned++;
          continue;
        }
      }
      // Discharges (and the start of delays) up to the next arrival or midnight come first.
      if (events.size > 0 && events.time[0] <= now && events.time[0] <= midnight) {
        const time = events.time[0];
        const kind = popEvent(events);
        if (kind === DELAY_STARTS) {
          delayed++;
        } else {
          occupied--;
          if (kind === DELAYED_LEAVES) delayed--;
          if (queue.length > 0 && occupied < threshold) freeBedAt = time;
        }
        continue;
      }
      if (now >= midnight) break;
      if (electivesFirst) {
        electivesDue = false;
        const planned = waitingList === undefined ? electivePlanned[day] : bookFromWaitingList(waitingList, day, electivePlanned[day]);
        for (let i = 0; i < planned; i++) {
          const stay = drawStay(elective, rng);
          const delay = delays && rng() < share ? -meanDelay * Math.log(rng()) : 0;
          if (occupied < core && queue.length === 0) {
            occupied++;
            electivesAdmitted++;
            schedule(events, now, stay, delay);
          } else {
            cancelled++;
          }
        }
      } else {
        const stay = targetShare < 0 ? drawStay(emergency, rng) : drawStay(rng() < targetShare ? target : other, rng);
        const delay = delays && rng() < share ? -meanDelay * Math.log(rng()) : 0;
        // One uniform per arrival when the trust diverts, whatever the beds (common random numbers).
        const divertDraw = divertFrom >= 0 ? rng() : 1;
        arrivals++;
        if (occupied < threshold) {
          occupied++;
          admitted++;
          histogram[(periodOfDay === undefined ? 0 : periodOfDay[day]) * WAIT_BINS]++;
          schedule(events, now, stay, delay);
        } else if (divertFrom >= 0 && queue.length >= divertFrom && divertDraw < divertShare) {
          diverted++;
        } else if (queueing) {
          queueDays += queue.length * (now - queueSince);
          queueSince = now;
          joinTrolleyQueue(queue, now, stay, delay);
          if (queue.length > queuePeak) queuePeak = queue.length;
        } else {
          refused++;
        }
        nextArrival -= Math.log(rng()) / rate;
      }
    }
    queueDays += queue.length * (midnight - queueSince);
    out.occupied[day] = occupied;
    out.escalationInUse[day] = occupied > core ? occupied - core : 0;
    out.emergencyArrivals[day] = arrivals;
    out.emergencyAdmitted[day] = admitted;
    out.emergencyRefused[day] = refused;
    out.emergencyDiverted[day] = diverted;
    out.emergencyAbandoned[day] = abandoned;
    out.waitingAtMidnight[day] = queue.length;
    out.electiveAdmitted[day] = electivesAdmitted;
    out.electiveCancelled[day] = cancelled;
    if (waitingList !== undefined) recordElectiveDay(waitingList, day, electivesAdmitted);
    out.delayedOccupied[day] = delayed;
    out.trolleyQueuePeak[day] = queuePeak;
    out.trolleyQueueDays[day] = queueDays;
  }
  countStillWaiting(out, periodOfDay, queue.decidedAt, queue.head, queue.length, days, breachAfter);
  out.path = 'detailed';
}
