import type { BedSimulationInput, BedSimulationOutput } from '../../../engine/beds/index.ts';

/**
 * A realistic acute trust for comparing the two bed kernels: 700 core general and acute
 * beds and up to 30 escalation beds (by default); emergency stays lognormal with mean 9.1 and sd 12
 * days, elective stays lognormal with mean 5.1 and sd 6 days; 13% of patients delayed
 * by 5 extra days on average; 12 planned electives each weekday; emergency arrivals
 * set for a mean occupancy near `targetOccupancy` (default 90%), with a ±8% seasonal swing peaking in early January
 * and a weekday profile (Mondays busiest). Day 0 is Monday 1 April.
 */
export function realisticTrust(days = 365, targetOccupancy = 0.9, escalationCap = 30): BedSimulationInput {
  const weekday = [1.12, 1.04, 1.0, 1.0, 1.0, 0.92, 0.92];
  const emergencyBedDays = 9.1 + 0.13 * 5;
  const electiveBedDays = 5.1 + 0.13 * 5;
  const electivesPerDay = (12 * 5) / 7;
  const baseRate = (targetOccupancy * 700 - electivesPerDay * electiveBedDays) / emergencyBedDays;
  const input: BedSimulationInput = {
    days,
    emergencyArrivalRate: new Float64Array(days),
    electivePlanned: new Int32Array(days),
    coreBeds: new Int32Array(days).fill(700),
    escalationCap: new Int32Array(days).fill(escalationCap),
    emergencyStay: { family: 'lognormal', meanDays: 9.1, sdDays: 12 },
    electiveStay: { family: 'lognormal', meanDays: 5.1, sdDays: 6 },
    delayedDischarge: { share: 0.13, meanExtraDays: 5 },
  };
  for (let day = 0; day < days; day++) {
    const season = 1 + 0.08 * Math.cos((2 * Math.PI * (day - 280)) / 365);
    input.emergencyArrivalRate[day] = baseRate * season * weekday[day % 7];
    input.electivePlanned[day] = day % 7 < 5 ? 12 : 0;
  }
  return input;
}

/** The summary measures compared between kernels, for one trial. */
export interface BedTrialSummary {
  meanOccupancy: number;
  refusedShare: number;
  daysAbove85: number;
  daysAbove92: number;
  daysAbove100: number;
  cancelledShare: number;
  meanEscalation: number;
  meanDelayed: number;
}

export const SUMMARY_MEASURES: ReadonlyArray<keyof BedTrialSummary> = [
  'meanOccupancy',
  'refusedShare',
  'daysAbove85',
  'daysAbove92',
  'daysAbove100',
  'cancelledShare',
  'meanEscalation',
  'meanDelayed',
];

/** Occupancy as a share of core beds; days counted when the census exceeds the share. */
export function summariseTrial(input: BedSimulationInput, out: BedSimulationOutput): BedTrialSummary {
  let occupancy = 0;
  let arrivals = 0;
  let refused = 0;
  let planned = 0;
  let cancelled = 0;
  let above85 = 0;
  let above92 = 0;
  let above100 = 0;
  let escalation = 0;
  let delayed = 0;
  for (let day = 0; day < input.days; day++) {
    const share = out.occupied[day] / input.coreBeds[day];
    occupancy += share;
    if (share > 0.85) above85++;
    if (share > 0.92) above92++;
    if (share > 1) above100++;
    arrivals += out.emergencyAdmitted[day] + out.emergencyRefused[day];
    refused += out.emergencyRefused[day];
    planned += out.electiveAdmitted[day] + out.electiveCancelled[day];
    cancelled += out.electiveCancelled[day];
    escalation += out.escalationInUse[day];
    delayed += out.delayedOccupied[day];
  }
  return {
    meanOccupancy: occupancy / input.days,
    refusedShare: refused / arrivals,
    daysAbove85: above85,
    daysAbove92: above92,
    daysAbove100: above100,
    cancelledShare: cancelled / planned,
    meanEscalation: escalation / input.days,
    meanDelayed: delayed / input.days,
  };
}
