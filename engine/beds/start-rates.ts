import type { BedSimulationInput } from './types.ts';

/** Days averaged to set the starting census: one week, so that a weekend day 0 does not start the hospital without its electives. */
export const START_WINDOW_DAYS = 7;

/** Mean daily emergency arrival rate over the first week (or all days if fewer). */
export function startEmergencyRate(input: BedSimulationInput): number {
  const days = Math.min(START_WINDOW_DAYS, input.days);
  let sum = 0;
  for (let day = 0; day < days; day++) sum += input.emergencyArrivalRate[day];
  return sum / days;
}

/** Mean planned electives a day over the first week (or all days if fewer). */
export function startElectiveRate(input: BedSimulationInput): number {
  const days = Math.min(START_WINDOW_DAYS, input.days);
  let sum = 0;
  for (let day = 0; day < days; day++) sum += input.electivePlanned[day];
  return sum / days;
}
