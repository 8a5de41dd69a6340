import type { BedSimulationInput, BedSimulationOutput, LengthOfStay, StayLaws } from './types.ts';
import { WAIT_BINS } from './wait-histogram.ts';

function checkStay(caller: string, name: string, stay: LengthOfStay): void {
  if (stay === null || typeof stay !== 'object') throw new RangeError(`${caller}: input.${name} is missing`);
  if (stay.family !== 'exponential' && stay.family !== 'lognormal' && stay.family !== 'gamma') {
    throw new RangeError(`${caller}: input.${name}.family must be exponential, lognormal or gamma, got ${String(stay.family)}`);
  }
  if (!(stay.meanDays > 0 && stay.meanDays < Infinity)) {
    throw new RangeError(`${caller}: input.${name}.meanDays must be finite and > 0, got ${stay.meanDays}`);
  }
  if (stay.family !== 'exponential' && !(stay.sdDays > 0 && stay.sdDays < Infinity)) {
    throw new RangeError(`${caller}: input.${name}.sdDays must be finite and > 0, got ${stay.sdDays}`);
  }
}

/** Checks one set of stay and delay laws, `name` 'input' (its own) or 'input.laterStays[2]' (a period's). */
function checkLaws(caller: string, name: string, laws: StayLaws): void {
  const prefix = name === 'input' ? '' : `${name.slice('input.'.length)}.`;
  checkStay(caller, `${prefix}emergencyStay`, laws.emergencyStay);
  checkStay(caller, `${prefix}electiveStay`, laws.electiveStay);
  const delay = laws.delayedDischarge;
  if (delay === null || typeof delay !== 'object') throw new RangeError(`${caller}: input.${prefix}delayedDischarge is missing`);
  if (!(delay.share >= 0 && delay.share <= 1)) {
    throw new RangeError(`${caller}: input.${prefix}delayedDischarge.share must be in [0, 1], got ${delay.share}`);
  }
  if (!(delay.meanExtraDays >= 0 && delay.meanExtraDays < Infinity)) {
    throw new RangeError(`${caller}: input.${prefix}delayedDischarge.meanExtraDays must be finite and >= 0, got ${delay.meanExtraDays}`);
  }
  const mix = laws.emergencyMix;
  if (mix === undefined) return;
  if (!(mix.targetShare >= 0 && mix.targetShare <= 1)) {
    throw new RangeError(`${caller}: input.${prefix}emergencyMix.targetShare must be in [0, 1], got ${mix.targetShare}`);
  }
  checkStay(caller, `${prefix}emergencyMix.targetStay`, mix.targetStay);
  checkStay(caller, `${prefix}emergencyMix.otherStay`, mix.otherStay);
}

function checkLength(caller: string, name: string, array: ArrayLike<number>, days: number): void {
  if (!array || !(array.length >= days)) {
    throw new RangeError(`${caller}: ${name} must have at least ${days} entries, got ${array ? array.length : 'none'}`);
  }
}

/**
 * Checks a bed kernel's input and output before a run, naming the first bad field.
 *
 * Cost: O(days), a few comparisons per day.
 *
 * @throws {RangeError} naming the field, e.g.
 * "simulateBedsFast: input.coreBeds[40] must be >= 0, got -3".
 */
export function checkBedSimulationInput(caller: string, input: BedSimulationInput, out: BedSimulationOutput): void {
  const { days } = input;
  if (!(days >= 1) || !Number.isInteger(days)) throw new RangeError(`${caller}: input.days must be a whole number >= 1, got ${days}`);
  checkLength(caller, 'input.emergencyArrivalRate', input.emergencyArrivalRate, days);
  checkLength(caller, 'input.electivePlanned', input.electivePlanned, days);
  checkLength(caller, 'input.coreBeds', input.coreBeds, days);
  checkLength(caller, 'input.escalationCap', input.escalationCap, days);
  for (let day = 0; day < days; day++) {
    const rate = input.emergencyArrivalRate[day];
    if (!(rate >= 0 && rate < Infinity)) {
      throw new RangeError(`${caller}: input.emergencyArrivalRate[${day}] must be finite and >= 0, got ${rate}`);
    }
    if (input.electivePlanned[day] < 0) {
      throw new RangeError(`${caller}: input.electivePlanned[${day}] must be >= 0, got ${input.electivePlanned[day]}`);
    }
    if (input.coreBeds[day] < 0) throw new RangeError(`${caller}: input.coreBeds[${day}] must be >= 0, got ${input.coreBeds[day]}`);
    if (input.escalationCap[day] < 0) {
      throw new RangeError(`${caller}: input.escalationCap[${day}] must be >= 0, got ${input.escalationCap[day]}`);
    }
  }
  checkLaws(caller, 'input', input);
  const laterStays = input.laterStays;
  if (laterStays !== undefined) {
    let previous = 0;
    laterStays.forEach((period, index) => {
      const name = `input.laterStays[${index}]`;
      if (!(Number.isInteger(period.fromDay) && period.fromDay > previous && period.fromDay < days)) {
        throw new RangeError(`${caller}: ${name}.fromDay must be a whole day after ${previous} and before ${days}, got ${period.fromDay}`);
      }
      previous = period.fromDay;
      checkLaws(caller, name, period);
    });
  }
  const time = input.electiveTimeOfDay;
  if (time !== undefined && !(time > 0 && time < 1)) {
    throw new RangeError(`${caller}: input.electiveTimeOfDay must be in (0, 1), got ${time}`);
  }
  const frontDoor = input.frontDoor;
  if (frontDoor !== undefined && frontDoor !== 'queue' && frontDoor !== 'loss') {
    throw new RangeError(`${caller}: input.frontDoor must be queue or loss, got ${String(frontDoor)}`);
  }
  const diversion = input.diversion;
  if (diversion !== undefined) {
    if (frontDoor !== 'queue') throw new RangeError(`${caller}: input.diversion needs the front door queue, got ${String(frontDoor ?? 'loss')}`);
    if (!(Number.isInteger(diversion.queueLength) && diversion.queueLength >= 0)) {
      throw new RangeError(`${caller}: input.diversion.queueLength must be a whole number >= 0, got ${diversion.queueLength}`);
    }
    if (!(diversion.share >= 0 && diversion.share <= 1)) throw new RangeError(`${caller}: input.diversion.share must be in [0, 1], got ${diversion.share}`);
  }
  const patience = input.abandonAfterDays;
  if (patience !== undefined) {
    if (frontDoor !== 'queue') throw new RangeError(`${caller}: input.abandonAfterDays needs the front door queue, got ${String(frontDoor ?? 'loss')}`);
    if (!(patience > 0 && patience < Infinity)) throw new RangeError(`${caller}: input.abandonAfterDays must be finite and > 0, got ${patience}`);
  }
  const breach = input.breachAfterDays;
  if (breach !== undefined && !(breach >= 0 && breach < Infinity)) throw new RangeError(`${caller}: input.breachAfterDays must be finite and >= 0, got ${breach}`);
  if (!out || typeof out !== 'object') throw new RangeError(`${caller}: out is missing`);
  checkLength(caller, 'out.occupied', out.occupied, days);
  checkLength(caller, 'out.escalationInUse', out.escalationInUse, days);
  checkLength(caller, 'out.emergencyArrivals', out.emergencyArrivals, days);
  checkLength(caller, 'out.emergencyAdmitted', out.emergencyAdmitted, days);
  checkLength(caller, 'out.emergencyRefused', out.emergencyRefused, days);
  checkLength(caller, 'out.emergencyDiverted', out.emergencyDiverted, days);
  checkLength(caller, 'out.emergencyAbandoned', out.emergencyAbandoned, days);
  checkLength(caller, 'out.waitingAtMidnight', out.waitingAtMidnight, days);
  checkLength(caller, 'out.electiveAdmitted', out.electiveAdmitted, days);
  checkLength(caller, 'out.electiveCancelled', out.electiveCancelled, days);
  checkLength(caller, 'out.delayedOccupied', out.delayedOccupied, days);
  checkLength(caller, 'out.emergencyWaited', out.emergencyWaited, days);
  checkLength(caller, 'out.emergencyWaitDays', out.emergencyWaitDays, days);
  checkLength(caller, 'out.waitsOver4Hours', out.waitsOver4Hours, days);
  checkLength(caller, 'out.waitsOver12Hours', out.waitsOver12Hours, days);
  checkLength(caller, 'out.waitsOverBreach', out.waitsOverBreach, days);
  checkLength(caller, 'out.trolleyQueuePeak', out.trolleyQueuePeak, days);
  checkLength(caller, 'out.trolleyQueueDays', out.trolleyQueueDays, days);
  const periods = out.waitHistogram ? Math.floor(out.waitHistogram.length / WAIT_BINS) : 0;
  if (periods < 1) throw new RangeError(`${caller}: out.waitHistogram must have at least ${WAIT_BINS} entries, got ${out.waitHistogram ? out.waitHistogram.length : 'none'}`);
  const periodOfDay = input.waitPeriodOfDay;
  if (periodOfDay !== undefined) {
    checkLength(caller, 'input.waitPeriodOfDay', periodOfDay, days);
    for (let day = 0; day < days; day++) {
      const period = periodOfDay[day];
      if (!(period >= 0 && period < periods)) {
        throw new RangeError(`${caller}: input.waitPeriodOfDay[${day}] must be a period 0 to ${periods - 1} of out.waitHistogram, got ${period}`);
      }
    }
  }
}
