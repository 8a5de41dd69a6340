import { createBinomialQuantileTable, tabulatedBinomialQuantileAt, type BinomialQuantileTable } from '../random/binomial.ts';
import { countWait } from './count-wait.ts';
import type { Substream } from './substream.ts';
import { joinTrolleyQueue, leaveTrolleyQueue, type TrolleyQueue } from './trolley-queue.ts';
import type { BedSimulationOutput } from './types.ts';
import { WAIT_BINS } from './wait-histogram.ts';

/** Marks a waiting patient whose stay is short (home before the stretch ends): they hold no bed once admitted. */
const SHORT_STAY = 1;

/** A leaf's kinds of event. */
const REGULAR = 0;
const SHORT = 1;
const LEAVING = 2;

/** A stretch is halved until its windows expect at most this many arrivals (about as many departures come with them). */
export const LEAF_ARRIVALS = 6;

/** Halvings of a stretch at most (a window this deep is walked whatever its events; 2^−24 of a day is 5 ms). */
const MAX_DEPTH = 24;

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
  /** Windows still to do, the next on top: their start and end (days), regular and short arrivals, departures, node number and depth. */
  readonly windowStart: Float64Array;
  readonly windowEnd: Float64Array;
  readonly windowRegular: Int32Array;
  readonly windowShort: Int32Array;
  readonly windowLeaving: Int32Array;
  readonly windowNode: Int32Array;
  readonly windowDepth: Int32Array;
  /** Binomial(·, ½) anchors for splitting a window's events between its halves. */
  readonly halves: BinomialQuantileTable;
  /** A node's seed (the stretch's two key words and the node's number, as uniforms) and its three split uniforms. */
  readonly seed: Float64Array;
  readonly split: Float64Array;
  /** A leaf's uniforms, and its events' times, kinds and diversion uniforms in time order (grown on demand). */
  uniforms: Float64Array;
  times: Float64Array;
  kinds: Int32Array;
  diversion: Float64Array;
}

/** A stretch's result and scratch, to be filled by `walkQueueStretch`. */
export function createQueueStretch(): QueueStretch {
  const slots = MAX_DEPTH + 2;
  return {
    occupied: 0,
    admittedRegular: 0,
    admittedShort: 0,
    queueDays: 0,
    queuePeak: 0,
    diverted: 0,
    abandoned: 0,
    windowStart: new Float64Array(slots),
    windowEnd: new Float64Array(slots),
    windowRegular: new Int32Array(slots),
    windowShort: new Int32Array(slots),
    windowLeaving: new Int32Array(slots),
    windowNode: new Int32Array(slots),
    windowDepth: new Int32Array(slots),
    halves: createBinomialQuantileTable(0.5, 256),
    seed: new Float64Array(3),
    split: new Float64Array(3),
    uniforms: new Float64Array(5 * 2 * LEAF_ARRIVALS),
    times: new Float64Array(4 * LEAF_ARRIVALS),
    kinds: new Int32Array(4 * LEAF_ARRIVALS),
    diversion: new Float64Array(4 * LEAF_ARRIVALS),
  };
}

/**
 * One stretch [from, to) of the fast kernel's day with the front door a queue:
 * `regular` + `short` emergency arrivals and `departures` census patients leaving, at
 * independent uniform times in the stretch, in a uniformly random order (the fast
 * kernel's assumption about a stretch: Poisson arrivals at a constant rate, discharges
 * at uniform times), starting with `occupied` beds in use and the queue as it stands. An
 * arrival takes a bed if fewer than `threshold` are in use and no one waits, else joins
 * the queue; each departure frees a bed that the first patient waiting takes at once.
 * Short stays (home before the stretch ends) hold no bed, as elsewhere in the fast
 * kernel, so a short stay taking a freed bed leaves it to the next patient waiting. Waits
 * are counted on the day of the decision to admit (`countWait`); admissions at once go to
 * the histogram's no-wait bin of `day`. An arrival who finds no bed while at least
 * `divertFrom` (≥ 0; −1 for none) patients wait is diverted with probability
 * `divertShare`; the first patient waiting leaves the queue once they have waited
 * `patience` days (Infinity for never), before any event after that moment, as in the
 * detailed kernel; waits over `breachAfter` days (Infinity for none) are counted as
 * 4-hour breaches.
 *
 * Method: the stretch is halved recursively into a binary tree of windows, each
 * window's regular arrivals, short stays and departures split between its halves by
 * three Binomial(·, ½) draws (exact: events at independent uniform times fall in either
 * half independently with probability ½), down to windows that expect at most
 * `LEAF_ARRIVALS` arrivals: the tree's depth follows the stretch's arrivals alone, which
 * are the same whatever the beds. A leaf is walked patient by patient at its events'
 * sorted times. A window is skipped, exactly, when no one waits at its start and its
 * regular arrivals are fewer than the free beds below `threshold`: then no one can find
 * the beds full in it, so every arrival is admitted at once and the beds end at
 * occupied + regular − departures, whatever the order. Each node of the tree draws from
 * its own substream, seeded by the stretch's key (`keys[keyAt]`, `keys[keyAt + 1]`) and
 * the node's number (root 1; the halves of node k are 2k and 2k + 1), and in a leaf the
 * k-th regular arrival, short stay and departure take fixed places among the node's
 * uniforms (five per rank: the arrivals' times and diversion uniforms, the departure's
 * time). So the events are a function of the key and the counts only: skipping a window
 * changes the work, not the patients, and runs on two bed bases see the same arrivals at
 * the same times, and the same departures but for the ones their counts differ by
 * (common random numbers).
 *
 * Cost: O(log(patients)) for a stretch that never comes near the beds' limit, and
 * O(patients) only over the windows that do, plus a substream reseed per node visited.
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
  substream: Substream,
  keys: Float64Array,
  keyAt: number,
): QueueStretch {
  const { windowStart, windowEnd, windowRegular, windowShort, windowLeaving, windowNode, windowDepth, halves, seed, split } = result;
  const noWaitBin = (periodOfDay === undefined ? 0 : periodOfDay[day]) * WAIT_BINS;
  seed[0] = keys[keyAt];
  seed[1] = keys[keyAt + 1];
  let admittedRegular = 0;
  let admittedShort = 0;
  let queueDays = 0;
  let queuePeak = queue.length;
  let since = from;
  let diverted = 0;
  let abandoned = 0;
  // The tree's depth follows the arrivals alone, which are the same whatever the beds.
  let leafDepth = 0;
  for (let arrivals = regular + short; arrivals > LEAF_ARRIVALS && leafDepth < MAX_DEPTH; arrivals /= 2) leafDepth++;
  let top = 0;
  windowStart[0] = from;
  windowEnd[0] = to;
  windowRegular[0] = regular;
  windowShort[0] = short;
  windowLeaving[0] = departures;
  windowNode[0] = 1;
  windowDepth[0] = 0;
  while (top >= 0) {
    const start = windowStart[top];
    const end = windowEnd[top];
    const arrivingRegular = windowRegular[top];
    const arrivingShort = windowShort[top];
    const leavingAll = windowLeaving[top];
    const node = windowNode[top];
    const depth = windowDepth[top];
    top--;
    if (queue.length === 0 && occupied + arrivingRegular < threshold) {
      // No one can find the beds full in this window: all admitted at once.
      occupied += arrivingRegular - leavingAll;
      admittedRegular += arrivingRegular;
      admittedShort += arrivingShort;
      out.waitHistogram[noWaitBin] += arrivingRegular + arrivingShort;
      continue;
    }
    const events = arrivingRegular + arrivingShort + leavingAll;
    seed[2] = (node + 0.5) * 2.3283064365386963e-10;
    substream.reseedFrom(seed, 0);
    if (depth < leafDepth) {
      // Halve the window: the first half is done next, then the second.
      substream.fill(split, 0, 3);
      const regularFirst = tabulatedBinomialQuantileAt(halves, arrivingRegular, split, 0);
      const shortFirst = tabulatedBinomialQuantileAt(halves, arrivingShort, split, 1);
      const leavingFirst = tabulatedBinomialQuantileAt(halves, leavingAll, split, 2);
      const middle = 0.5 * (start + end);
      top++;
      windowStart[top] = middle;
      windowEnd[top] = end;
      windowRegular[top] = arrivingRegular - regularFirst;
      windowShort[top] = arrivingShort - shortFirst;
      windowLeaving[top] = leavingAll - leavingFirst;
      windowNode[top] = 2 * node + 1;
      windowDepth[top] = depth + 1;
      top++;
      windowStart[top] = start;
      windowEnd[top] = middle;
      windowRegular[top] = regularFirst;
      windowShort[top] = shortFirst;
      windowLeaving[top] = leavingFirst;
      windowNode[top] = 2 * node;
      windowDepth[top] = depth + 1;
      continue;
    }
    // A leaf: each event's time (and each arrival's diversion uniform) from its own
    // place among the node's uniforms (five per rank: the k-th regular arrival's time and
    // diversion, the k-th short stay's, the k-th departure's time), so one more departure
    // moves no arrival; sorted by time and walked in order.
    const ranks = Math.max(arrivingRegular, arrivingShort, leavingAll);
    if (result.uniforms.length < 5 * ranks) result.uniforms = new Float64Array(10 * ranks);
    if (result.times.length < events) {
      result.times = new Float64Array(2 * events);
      result.kinds = new Int32Array(2 * events);
      result.diversion = new Float64Array(2 * events);
    }
    const { uniforms, times, kinds, diversion } = result;
    substream.fill(uniforms, 0, 5 * ranks);
    const width = end - start;
    let placed = 0;
    for (let kind = 0; kind < 3; kind++) {
      const count = kind === REGULAR ? arrivingRegular : kind === SHORT ? arrivingShort : leavingAll;
      for (let k = 0; k < count; k++) {
        const t = start + width * uniforms[5 * k + 2 * kind];
        const divert = kind === LEAVING ? 0 : uniforms[5 * k + 2 * kind + 1];
        let j = placed++;
        while (j > 0 && times[j - 1] > t) {
          times[j] = times[j - 1];
          kinds[j] = kinds[j - 1];
          diversion[j] = diversion[j - 1];
          j--;
        }
        times[j] = t;
        kinds[j] = kind;
        diversion[j] = divert;
      }
    }
    let time = start;
    for (let i = 0; ; i++) {
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
      const nextTime = i < events ? times[i] : end;
      // Patients whose patience runs out before the next event leave the queue, first come first out.
      while (queue.length > 0 && queue.decidedAt[queue.head] + patience <= nextTime) {
        const leavesAt = queue.decidedAt[queue.head] + patience;
        queueDays += queue.length * (leavesAt - since);
        since = leavesAt;
        if (patience > breachAfter) out.waitsOverBreach[Math.floor(queue.decidedAt[queue.head])]++;
        leaveTrolleyQueue(queue);
        abandoned++;
      }
      if (i === events) break;
      time = nextTime;
      const kind = kinds[i];
      if (kind === LEAVING) {
        occupied--;
        continue;
      }
      const isShort = kind === SHORT;
      if (occupied < threshold && queue.length === 0) {
        if (isShort) {
          admittedShort++;
        } else {
          admittedRegular++;
          occupied++;
        }
        out.waitHistogram[noWaitBin]++;
      } else if (divertFrom >= 0 && queue.length >= divertFrom && diversion[i] < divertShare) {
        diverted++;
      } else {
        queueDays += queue.length * (time - since);
        since = time;
        joinTrolleyQueue(queue, time, isShort ? SHORT_STAY : 0, 0);
        if (queue.length > queuePeak) queuePeak = queue.length;
      }
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
