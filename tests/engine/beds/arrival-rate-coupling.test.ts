import { describe, expect, it } from 'vitest';
import { createBedOutput, createBedWorkspace, simulateBedsFast } from '../../../engine/beds/index.ts';
import { createStream } from '../../../engine/random/stream.ts';
import { realisticTrust } from './realistic-trust.ts';

describe('fast path: common random numbers when arrival rates differ', () => {
  it("a change in one day's arrival rate leaves every earlier day identical and never widens the census gap afterwards", () => {
    // Two runs on the same stream, with ample beds (no one refused), whose inputs
    // differ only on day 100, when run B expects 30% more emergencies. Arrivals come
    // from a substream reseeded daily from the trial's stream, so the trial's stream
    // stays in step: days before 100 are identical, and afterwards the extra patients
    // leave by coupled binomials, so the gap in the census can only shrink.
    const a = realisticTrust(365, 0.7, 200);
    const b = realisticTrust(365, 0.7, 200);
    b.emergencyArrivalRate[100] *= 1.3;
    for (let trial = 0; trial < 40; trial++) {
      const outA = createBedOutput(365);
      const outB = createBedOutput(365);
      simulateBedsFast(a, createStream(8, trial), createBedWorkspace(900), outA);
      simulateBedsFast(b, createStream(8, trial), createBedWorkspace(900), outB);
      for (let day = 0; day < 100; day++) expect(outB.occupied[day]).toBe(outA.occupied[day]);
      let gap = Math.abs(outB.occupied[100] - outA.occupied[100]);
      for (let day = 101; day < 365; day++) {
        const next = Math.abs(outB.occupied[day] - outA.occupied[day]);
        expect(next).toBeLessThanOrEqual(gap);
        gap = next;
        expect(outB.emergencyAdmitted[day]).toBe(outA.emergencyAdmitted[day]);
      }
    }
  });
});
