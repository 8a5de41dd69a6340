import { runScenario, type Scenario } from '../../../engine/index.ts';
import {
  DELAYED_EXTRA_DAYS,
  ELECTIVE_CLINICAL_STAY_DAYS,
  EMERGENCY_CLINICAL_STAY_DAYS,
  MONTHLY_PROFILE,
  PLACE_FIGURES as F,
  WEEKDAY_PROFILE,
  electiveAdmissionsFor,
  emergencyAdmissionsFor,
} from './place-figures.ts';

/**
 * Trials and rounds of the calibration: 8 years of patients know a ward's
 * mean occupancy to about 0.4 points. Each trust is simulated at its own
 * seed (its ODS code read in base 36), so that the calibration errors of
 * different trusts are independent instead of sharing one run's luck.
 */
export const CALIBRATION = { trials: 8, rounds: 2 } as const;

/** A trust's calibration seed: its ODS code read as a base-36 number ("R0A" → 35,254). */
export function calibrationSeed(trustCode: string): number {
  return Number.parseInt(trustCode, 36) % 4_294_967_296;
}

/** How a trust's emergency demand was set: Little's law, then the simulated ward's correction. */
export interface BedCalibration {
  /** Little's law alone: occupied × emergency share × 365 ÷ 9.1 ÷ 1.024. */
  readonly littlesLaw: number;
  /** Mean 2025/26 occupancy the ward reached with the Little's law demand (engine's fast kernel). */
  readonly simulatedOccupancy: number;
  /** Emergency admissions a year written to the scenario, to the nearest one. */
  readonly admissionsPerYear: number;
  readonly electiveAdmissionsPerYear: number;
}

/**
 * Sets a trust's bed-using emergency admissions so that its ward, simulated
 * by the engine, is as full on average in 2025/26 as the trust's beds were
 * in August 2025. Little's law gives the first figure; but a ward that runs
 * near full turns patients away and cancels operations, and a seasonal
 * winter overflows, so its mean census falls short of the offered load. The
 * ward is simulated alone (the engine's fast kernel, {@link CALIBRATION}
 * trials at the trust's own seed, demand growth at its mean) and the admissions are
 * scaled by target ÷ reached, twice. Deterministic: the same beds give the
 * same figure on the same engine.
 */
export function calibrateBeds(bedsAvailable: number, bedsOccupied: number, seed: number): BedCalibration {
  const target = bedsOccupied / bedsAvailable;
  const littlesLaw = emergencyAdmissionsFor(bedsOccupied);
  const electiveAdmissionsPerYear = electiveAdmissionsFor(bedsOccupied);
  let admissions = littlesLaw;
  let simulatedOccupancy = Number.NaN;
  for (let round = 0; round < CALIBRATION.rounds; round++) {
    const reached = simulatedMeanOccupancy(bedsAvailable, admissions, electiveAdmissionsPerYear, seed);
    if (round === 0) simulatedOccupancy = reached;
    // Only the emergency part moves: scale it so the whole census moves by target ÷ reached.
    const electiveShare = (electiveAdmissionsPerYear * F.electiveBedDaysPerAdmission) / 365 / (reached * bedsAvailable);
    admissions *= 1 + (target / reached - 1) / Math.max(0.5, 1 - electiveShare);
  }
  return { littlesLaw, simulatedOccupancy, admissionsPerYear: Math.round(admissions), electiveAdmissionsPerYear };
}

/** One trust's ward, as the generated scenario writes it, run for 2025/26: its mean occupancy over the trials. */
export function simulatedMeanOccupancy(bedsAvailable: number, emergencyAdmissions: number, electiveAdmissions: number, seed: number): number {
  const sd = (mean: number) => mean * F.stayCv;
  const scenario: Scenario = {
    schemaVersion: 1,
    name: 'bed calibration',
    horizon: { firstYear: F.firstYear, years: 1 },
    simulation: { bedModel: 'fast' },
    systems: [
      {
        id: 'calibration',
        name: 'calibration',
        allocation: { baseline: 1 },
        organisations: [
          { id: 'icb', name: 'ICB', kind: 'icb', controlTotal: 0 },
          {
            id: 'trust',
            name: 'Trust',
            kind: 'acute',
            controlTotal: 0,
            beds: {
              coreBeds: bedsAvailable,
              costPerBedDayPounds: 0,
              escalation: { cap: Math.round(bedsAvailable * F.escalationCapShare), costPerBedDayPounds: 0 },
              emergency: {
                admissionsPerYear: emergencyAdmissions,
                growth: F.plannedDemandGrowth,
                monthlyProfile: [...MONTHLY_PROFILE],
                weekdayProfile: [...WEEKDAY_PROFILE],
                stay: { family: 'lognormal', meanDays: EMERGENCY_CLINICAL_STAY_DAYS, sdDays: sd(EMERGENCY_CLINICAL_STAY_DAYS) },
              },
              elective: { admissionsPerYear: electiveAdmissions, stay: { family: 'lognormal', meanDays: ELECTIVE_CLINICAL_STAY_DAYS, sdDays: sd(ELECTIVE_CLINICAL_STAY_DAYS) } },
              delayedDischarge: { share: F.delayedShare, meanExtraDays: DELAYED_EXTRA_DAYS },
            },
          },
        ],
      },
    ],
  } as Scenario;
  const { results } = runScenario(scenario, { trials: CALIBRATION.trials, seed });
  return results.beds[0].metrics.occupancy.mean;
}
