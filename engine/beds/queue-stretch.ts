import type { RandomSource } from '../random/random-source.ts';
import { countWait } from './count-wait.ts';
import { joinTrolleyQueue, leaveTrolleyQueue, type TrolleyQueue } from './trolley-queue.ts';
import type { BedSimulationOutput } from './types.ts';
import { WAIT_BINS } from './wait-histogram.ts';

/** Marks a waiting patient whose stay is short (home before the stretch ends): they hold no bed once admitted. */
const SHORT_STAY = 1;

/** What a stretch of the fast kernel's day did with the front door a queue (one object per workspace, overwritten). */
export interface QueueStretch {
  /** Beds occupied at the end of the stretch. */
  occupied: number;
  /** Patients admitted into a bed they hold past the stretch (placed at the census by the stretch's fate). */
  admittedRegular: number;
  /** Short stays admitted (they hold no bed: home before the stretch ends). */
  admittedShort: number;
  /** ∫ patients waiting over the stretch, patient-days. */
  queueDays: number;
  /** The most patients waiting at any moment of the stretch. */
  queuePeak: number;
  /** Arrivals diverted to a neighbour in the stretch. */
  diverted: number;
  /** Patients who left the queue in the stretch, their patience run out. */
  abandoned: number;
}

/** A stretch's result, to be filled by `walkQueueStretch`. */
export function createQueueStretch(): QueueStretch {
  return { occupied: 0, admittedRegular: 0, admittedShort: 0, queueDays: 0, queuePeak: 0, diverted: 0, abandoned: 0 };
}

/**
 * One stretch [from, to) of the fast kernel's day with the front door a queue, patient by
 * patient: `regular` + `short` emergency arrivals and `departures` census patients leaving,
 * in a uniformly random order at the order statistics of uniform times (the fast kernel's
 * assumption about a stretch: Poisson arrivals at a constant rate, discharges at uniform
 * times), starting with `occupied` beds in use and the queue as it stands. An arrival takes
 * a bed if fewer than `threshold` are in use and no one waits, else joins the queue; each
 * departure frees a bed that the first patient waiting takes at once. Short stays (home
 * before the stretch ends) hold no bed, as elsewhere in the fast kernel, so a short stay
 * taking a freed bed leaves it to the next patient waiting. Waits are counted on the day
 * of the decision to admit (`countWait`); admissions at once go to the histogram's no-wait
 * bin of `day`. An arrival who finds no bed while at least `divertFrom` (≥ 0; −1 for
 * none) patients wait is diverted with probability `divertShare` (one more uniform, drawn
 * only then); the first patient waiting leaves the queue once they have waited `patience`
 * days (Infinity for never), before any event after that moment, as in the detailed kernel;
 * waits over `breachAfter` days (Infinity for none) are counted as 4-hour breaches.
 *
 * Random numbers: two uniforms per patient event from `rng` (the next time by the
 * sequential order statistic t + (to − t)(1 − U^(1/n)), and which event it is).
 * Cost: O(regular + short + departures).
 */
export function walkQueueStretch(
  result: QueueStretch,
  queue: TrolleyQueue,
  out: BedSimulationOutput,
  periodOfDay: Int32Array | undefined,
  day: number,
  from: number,
  to: number,
  occupied: number,
  threshold: number,
  regular: number,
  short: number,
  departures: number,
  divertFrom: number,
  divertShare: number,
  patience: number,
  breachAfter: number,
  rng: RandomSource,
): QueueStretch {
  let admittedRegular = 0;
  let admittedShort = 0;
  let queueDays = 0;
  let queuePeak = queue.length;
  let since = from;
  let time = from;
  let arrivingRegular = regular;
  let arrivingShort = short;
  let leaving = departures;
  let diverted = 0;
  let abandoned = 0;
  for (;;) {
    // Free beds go to the patients waiting, first come first served.
    while (queue.length > 0 && occupied < threshold) {
      const head = queue.head;
      const isShort = queue.stay[head] === SHORT_STAY;
      countWait(out, periodOfDay, Math.floor(queue.decidedAt[head]), time - queue.decidedAt[head], breachAfter);
      queueDays += queue.length * (time - since);
      since = time;
      leaveTrolleyQueue(queue);
      if (isShort) {
        admittedShort++;
      } else {
        admittedRegular++;
        occupied++;
      }
    }
    const events = arrivingRegular + arrivingShort + leaving;
    const nextTime = events === 0 ? to : time + (to - time) * (1 - Math.pow(rng(), 1 / events));
    // Patients whose patience runs out before the next event leave the queue, first come first out.
    while (queue.length > 0 && queue.decidedAt[queue.head] + patience <= nextTime) {
      const leavesAt = queue.decidedAt[queue.head] + patience;
      queueDays += queue.length * (leavesAt - since);
      since = leavesAt;
      if (patience > breachAfter) out.waitsOverBreach[Math.floor(queue.decidedAt[queue.head])]++;
      leaveTrolleyQueue(queue);
      abandoned++;
    }
    if (events === 0) break;
    time = nextTime;
    const pick = rng() * events;
    if (pick < leaving) {
      leaving--;
      occupied--;
      continue;
    }
    const isShort = pick < leaving + arrivingShort;
    if (isShort) arrivingShort--;
    else arrivingRegular--;
    if (occupied < threshold && queue.length === 0) {
      if (isShort) {
        admittedShort++;
      } else {
        admittedRegular++;
        occupied++;
      }
      out.waitHistogram[(periodOfDay === undefined ? 0 : periodOfDay[day]) * WAIT_BINS]++;
    } else if (divertFrom >= 0 && queue.length >= divertFrom && rng() < divertShare) {
      diverted++;
    } else {
      queueDays += queue.length * (time - since);
      since = time;
      joinTrolleyQueue(queue, time, isShort ? SHORT_STAY : 0, 0);
      if (queue.length > queuePeak) queuePeak = queue.length;
    }
  }
  queueDays += queue.length * (to - since);
  result.occupied = occupied;
  result.admittedRegular = admittedRegular;
  result.admittedShort = admittedShort;
  result.queueDays = queueDays;
  result.queuePeak = queuePeak;
  result.diverted = diverted;
  result.abandoned = abandoned;
  return result;
}
