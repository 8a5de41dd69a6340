import { MAX_COMPARTMENTS, type CensusModel } from './census-model.ts';
import type { LengthOfStay } from './types.ts';

/** Where a census model kept its patients: emergency stages, then elective ones, then the delayed compartment. */
export interface CensusLayout {
  emergencyCompartments: number;
  compartments: number;
}

/** Whether two stays are the same law (so a census model fits them with the same stages). */
export function sameStay(a: LengthOfStay, b: LengthOfStay): boolean {
  return a.family === b.family && a.meanDays === b.meanDays && (a.family === 'exponential' || a.sdDays === b.sdDays);
}

const scratch = new Int32Array(MAX_COMPARTMENTS + 1);

/**
 * Spreads `total` patients over compartments `first … first + count − 1` in proportion
 * to `weights` there, by cumulative rounding (each compartment gets
 * round(total × W≤j / W) − round(total × W<j / W)): deterministic, whole, summing to
 * `total`, and moving by 0 or 1 in each compartment when the total moves by 1.
 */
function spread(census: Int32Array, total: number, weights: Float64Array, first: number, count: number): void {
  let weight = 0;
  for (let j = first; j < first + count; j++) weight += weights[j];
  let cumulative = 0;
  let placed = 0;
  for (let j = first; j < first + count; j++) {
    cumulative += weights[j];
    const upTo = j === first + count - 1 || !(weight > 0) ? total : Math.round((total * cumulative) / weight);
    census[j] = upTo - placed;
    placed = upTo;
  }
}

/**
 * Carries the fast path's midnight census from one period's census model (`before`) to
 * the next's (`model`, already built), at the midnight the new period starts.
 *
 * A type of patient (emergency or elective) whose stay law is unchanged keeps its
 * counts stage by stage. One whose law changes is spread over the new law's stages in
 * proportion to their stationary census (cumulative rounding, no random numbers, so runs
 * stay on common random numbers): the patients in bed then follow the new period's
 * stay from the next day on. That is the fast path's approximation of "a patient keeps
 * the stay of the period of their admission"; it moves each such patient's expected
 * remaining stay from the old law's to the new one's once, at the boundary (a change of
 * d days in a mean stay m moves about census × d/m × the mean residual stay of bed-days
 * over the following weeks; measured against the detailed path in
 * tests/engine/beds/stay-periods.test.ts). Patients delayed at the boundary stay
 * delayed. Cost: O(compartments), no allocation.
 */
export function carryCensusOver(census: Int32Array, before: CensusLayout, model: CensusModel, keepEmergency: boolean, keepElective: boolean, hadDelayed: boolean): void {
  let emergency = 0;
  let elective = 0;
  for (let j = 0; j < before.emergencyCompartments; j++) emergency += census[j];
  for (let j = before.emergencyCompartments; j < before.compartments; j++) {
    elective += census[j];
    scratch[j - before.emergencyCompartments] = census[j];
  }
  const delayed = hadDelayed ? census[before.compartments] : 0;
  const electiveCount = model.compartments - model.emergencyCompartments;
  for (let j = model.emergencyCompartments; j <= MAX_COMPARTMENTS; j++) census[j] = 0;
  if (!keepEmergency) spread(census, emergency, model.censusPerEmergencyArrival, 0, model.emergencyCompartments);
  if (keepElective) {
    for (let j = 0; j < electiveCount; j++) census[model.emergencyCompartments + j] = scratch[j];
  } else {
    spread(census, elective, model.censusPerElective, model.emergencyCompartments, electiveCount);
  }
  census[model.compartments] = delayed;
}
