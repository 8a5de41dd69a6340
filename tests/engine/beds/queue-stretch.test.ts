import { describe, expect, it } from 'vitest';
import { createBedOutput } from '../../../engine/beds/bed-output.ts';
import { createQueueStretch, walkQueueStretch } from '../../../engine/beds/queue-stretch.ts';
import { createSubstream } from '../../../engine/beds/substream.ts';
import { clearTrolleyQueue, createTrolleyQueue, joinTrolleyQueue } from '../../../engine/beds/trolley-queue.ts';
import { createStream } from '../../../engine/random/stream.ts';

const sum = (values: ArrayLike<number>): number => Array.from(values).reduce((a, b) => a + b, 0);

interface Stretch {
  occupied: number;
  threshold: number;
  regular: number;
  short: number;
  departures: number;
  waiting?: number;
  divertFrom?: number;
  divertShare?: number;
  patience?: number;
}

/** Walks one morning stretch [1, 1.5) of day 1 with the given key, any patients waiting there since 0.9; returns the result, the queue and the output. */
function walk(stretch: Stretch, key: [number, number]) {
  const out = createBedOutput(2);
  const queue = createTrolleyQueue(16);
  clearTrolleyQueue(queue);
  for (let i = 0; i < (stretch.waiting ?? 0); i++) joinTrolleyQueue(queue, 0.9, 0, 0);
  const result = walkQueueStretch(
    createQueueStretch(),
    queue,
    out,
    undefined,
    1,
    1,
    1.5,
    stretch.occupied,
    stretch.threshold,
    stretch.regular,
    stretch.short,
    stretch.departures,
    stretch.divertFrom ?? -1,
    stretch.divertShare ?? 0,
    stretch.patience ?? Infinity,
    Infinity,
    createSubstream(),
    Float64Array.from(key),
    0,
  );
  const { occupied, admittedRegular, admittedShort, queueDays, queuePeak, diverted, abandoned } = result;
  return { result: { occupied, admittedRegular, admittedShort, queueDays, queuePeak, diverted, abandoned }, queueLength: queue.length, out };
}

describe('walkQueueStretch', () => {
  it('a stretch whose beds cannot fill admits everyone at once, by hand: 80 + 19 − 30 = 69 beds, 25 in the no-wait bin, no random number drawn', () => {
    const { result, queueLength, out } = walk({ occupied: 80, threshold: 100, regular: 19, short: 6, departures: 30 }, [0.1, 0.2]);
    expect(result).toMatchObject({ occupied: 69, admittedRegular: 19, admittedShort: 6, queueDays: 0, queuePeak: 0, diverted: 0, abandoned: 0 });
    expect(queueLength).toBe(0);
    expect(out.waitHistogram[0]).toBe(25);
    expect(sum(out.emergencyWaited)).toBe(0);
    // The same for any key: nothing in it was random.
    expect(walk({ occupied: 80, threshold: 100, regular: 19, short: 6, departures: 30 }, [0.7, 0.9]).result).toEqual(result);
  });

  it('a full ward with no one leaving queues every arrival, by hand: 100 beds, 7 arrivals, all 7 wait', () => {
    const { result, queueLength, out } = walk({ occupied: 100, threshold: 100, regular: 5, short: 2, departures: 0 }, [0.3, 0.4]);
    expect(result).toMatchObject({ occupied: 100, admittedRegular: 0, admittedShort: 0, queuePeak: 7, diverted: 0, abandoned: 0 });
    expect(queueLength).toBe(7);
    expect(out.waitHistogram[0]).toBe(0);
    // Each waits from their arrival to the stretch's end: the area is 7 × 0.5 less the arrivals' mean time × 7, so between 0 and 3.5 patient-days.
    expect(result.queueDays).toBeGreaterThan(0);
    expect(result.queueDays).toBeLessThan(3.5);
  });

  it('conserves patients and beds on 2,000 random stretches near and over the beds, with diversion and patience', () => {
    const g = createStream(3, 'queue stretch cases');
    for (let c = 0; c < 2000; c++) {
      const threshold = 20 + Math.floor(g() * 200);
      const stretch: Stretch = {
        occupied: threshold - 10 + Math.floor(g() * 15),
        threshold,
        regular: Math.floor(g() * 80),
        short: Math.floor(g() * 20),
        departures: Math.floor(g() * 80),
        waiting: g() < 0.5 ? Math.floor(g() * 12) : 0,
        divertFrom: g() < 0.3 ? Math.floor(g() * 5) : -1,
        divertShare: g(),
        patience: g() < 0.3 ? g() * 0.4 : Infinity,
      };
      const { result, queueLength, out } = walk(stretch, [g(), g()]);
      const arriving = stretch.regular + stretch.short + (stretch.waiting ?? 0);
      // Every patient who arrived or was waiting is admitted, diverted, gone or still waiting.
      expect(result.admittedRegular + result.admittedShort + result.diverted + result.abandoned + queueLength).toBe(arriving);
      // Short stays hold no bed; every departure frees one.
      expect(result.occupied).toBe(stretch.occupied + result.admittedRegular - stretch.departures);
      // Admitted at once, or after a wait counted once.
      expect(sum(out.waitHistogram)).toBe(result.admittedRegular + result.admittedShort);
      expect(sum(out.waitHistogram) - out.waitHistogram[0]).toBe(sum(out.emergencyWaited));
      expect(result.queuePeak).toBeGreaterThanOrEqual(Math.max(stretch.waiting ?? 0, queueLength));
    }
  });

  it('the same key and counts give the same patients on a ward one bed smaller: no wait falls, none is counted twice', () => {
    const g = createStream(4, 'queue stretch coupling');
    let waitedMore = 0;
    for (let c = 0; c < 500; c++) {
      const threshold = 30 + Math.floor(g() * 100);
      const stretch: Stretch = { occupied: threshold - 3, threshold, regular: 10 + Math.floor(g() * 60), short: Math.floor(g() * 10), departures: 10 + Math.floor(g() * 60) };
      const key: [number, number] = [g(), g()];
      const wide = walk(stretch, key);
      const narrow = walk({ ...stretch, occupied: stretch.occupied, threshold: threshold - 1 }, key);
      // The same arrivals at the same times and the same departures, one bed fewer: by
      // Kiefer and Wolfowitz's order no one is admitted sooner.
      expect(narrow.result.queueDays).toBeGreaterThanOrEqual(wide.result.queueDays - 1e-12);
      expect(sum(narrow.out.emergencyWaited) + narrow.queueLength).toBeGreaterThanOrEqual(sum(wide.out.emergencyWaited) + wide.queueLength);
      expect(narrow.result.queuePeak).toBeGreaterThanOrEqual(wide.result.queuePeak);
      if (narrow.result.queueDays > wide.result.queueDays) waitedMore++;
    }
    expect(waitedMore).toBeGreaterThan(100);
  });
});
