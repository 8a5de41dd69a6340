import { createCensusModel, MAX_COMPARTMENTS, type CensusModel } from './census-model.ts';
import { createEventHeap, type EventHeap } from './event-heap.ts';
import { createStaySampler, type StaySampler } from './stay-sampler.ts';
import { createSubstream, type Substream } from './substream.ts';
import { createTrolleyQueue, type TrolleyQueue } from './trolley-queue.ts';
import { createQueueStretch, type QueueStretch } from './queue-stretch.ts';

/**
 * Reusable state for the bed kernels, so that a trial allocates nothing: the fast
 * path's census model (rebuilt only when the stay, delay or elective-time parameters
 * change) with its binomial tables, its compartment counts, and the detailed path's
 * discharge heap and samplers. Use one workspace per worker thread, or one per trust
 * to keep each trust's binomial tables warm; never share one between concurrent runs.
 */
export interface BedWorkspace {
  readonly censusModel: CensusModel;
  readonly census: Int32Array;
  readonly nextCensus: Int32Array;
  readonly stationaryCensus: Float64Array;
  readonly events: EventHeap;
  readonly emergencySampler: StaySampler;
  readonly electiveSampler: StaySampler;
  /** The detailed path's samplers of an emergency mix: the target group's stay and the others'. */
  readonly targetSampler: StaySampler;
  readonly otherSampler: StaySampler;
  readonly substream: Substream;
  /** Emergency patients waiting for a bed (front door `queue`). */
  readonly trolleyQueue: TrolleyQueue;
  /** The fast path's patient-by-patient stretches with the front door a queue: their substream and result. */
  readonly queueSubstream: Substream;
  readonly queueStretch: QueueStretch;
  /** The fast path's coupled draws' uniforms for a block of days (grown to the census model's need). */
  dayUniforms: Float64Array;
  /** The fast path's arrivals for a block of days: morning, afternoon, and their short stays. */
  dayArrivals: Int32Array;
  /** The three uniforms of the trial's stream that seed a day's substream. */
  readonly seedUniforms: Float64Array;
}

/**
 * A workspace sized for trusts of up to `maxBeds` core + escalation beds (larger ones
 * work too: the arrays grow on first use and are kept).
 *
 * Cost: O(maxBeds) memory for the detailed path's heap; the fast path's binomial tables
 * grow with the counts actually drawn (about 170 bytes per table for each count up to
 * the largest drawn, with a row of cached cdf values per count: under a megabyte for a
 * 1,000-bed trust).
 *
 * @throws {RangeError} if maxBeds is not a whole number ≥ 0.
 * @example
 * const workspace = createBedWorkspace(800);
 */
export function createBedWorkspace(maxBeds: number): BedWorkspace {
  if (!(maxBeds >= 0) || !Number.isInteger(maxBeds)) {
    throw new RangeError(`createBedWorkspace: maxBeds must be a whole number >= 0, got ${maxBeds}`);
  }
  return {
    censusModel: createCensusModel(),
    census: new Int32Array(MAX_COMPARTMENTS + 1),
    nextCensus: new Int32Array(MAX_COMPARTMENTS + 1),
    stationaryCensus: new Float64Array(MAX_COMPARTMENTS + 1),
    events: createEventHeap(2 * maxBeds + 16),
    emergencySampler: createStaySampler(),
    electiveSampler: createStaySampler(),
    targetSampler: createStaySampler(),
    otherSampler: createStaySampler(),
    substream: createSubstream(),
    trolleyQueue: createTrolleyQueue(maxBeds),
    queueSubstream: createSubstream(),
    queueStretch: createQueueStretch(),
    dayUniforms: new Float64Array(0),
    dayArrivals: new Int32Array(0),
    seedUniforms: new Float64Array(3),
  };
}
