/**
 * Every figure the scenario generator uses that is not in the reference
 * CSVs, with how it was set. The generator writes each of these into the
 * scenario with the same explanation, so a generated file stands on its own.
 * Sections cited are those of ../shared/data/parameters.md (the project's
 * reference notes); ASSUMPTION marks a figure that no source gave.
 */
export const PLACE_FIGURES = {
  /** Five financial years, 2025/26 to 2029/30, after the 2024/25 baseline of the allocations. */
  firstYear: 2025,
  years: 5,

  // How the single pot is spent, as shares of the ICB's 2024/25 allocation.
  /** Primary medical care £11,009m + other delegated primary care £5,597m + running costs £909m of £124,379m (parameters.md A, computed from the allocations file). */
  primaryCareAndRunningShare: 0.141,
  /** ASSUMPTION: the acute trusts' contracts take 48% of the allocation, split between a system's trusts by their G&A beds (specialised services, paid by NHS England, are outside the allocation and outside the model). */
  acuteShare: 0.48,
  /** ASSUMPTION: one mental health trust for the system, 10% of the allocation (the mental health investment standard is of this order; no source in the reference notes). */
  mentalHealthShare: 0.1,
  /** ASSUMPTION: one community trust, 8% of the allocation. */
  communityShare: 0.08,
  /** ASSUMPTION: the NHS's contribution to the councils' social care through the Better Care Fund, 4% of the allocation. */
  betterCareFundShare: 0.04,
  /** ASSUMPTION: the councils' own funding of adult social care (council tax, precept, grants), 3 times the NHS contribution. */
  councilOwnFundingRatio: 3,

  // Providers' costs.
  /** ASSUMPTION: pay is 60% of a provider's costs, the rest non-pay (the trust-level pay share was not found, parameters.md gaps; NHS-wide staff costs are 49%, parameters.md D). */
  providerPayShare: 0.6,
  /** ASSUMPTION: pay is 30% of the councils' adult social care costs, the rest care bought from care homes and home-care agencies. */
  councilPayShare: 0.3,
  /** Blended payment for acute trusts: 80% fixed, 20% follows activity (ASSUMPTION, as the other presets). */
  acuteFixedShare: 0.8,

  // Beds: how emergency demand is calibrated from occupied beds (Little's law: beds occupied = admissions a day × days in a bed).
  /** ASSUMPTION: emergency patients use 88% of occupied G&A bed days, electives the other 12%. */
  emergencyBedDayShare: 0.88,
  /** Mean stay of an emergency admission, 9.1 days in 2022; electives 5.1 (parameters.md D, Health Foundation). */
  emergencyBedDaysPerAdmission: 9.1,
  electiveBedDaysPerAdmission: 5.1,
  /** 13.3% of discharges were delayed in December 2024 (parameters.md E). */
  delayedShare: 0.133,
  /** Mean wait from fit to discharge, 1.3 days in England (parameters.md E, Health Foundation). */
  delayedDaysPerPatient: 1.3,
  /** ASSUMPTION: stays are skewed, sd 1.3 times the mean. */
  stayCv: 1.3,
  /** ASSUMPTION: escalation beds up to 4% of the bed base. */
  escalationCapShare: 0.04,
  /** What the plans assume for pay awards and non-pay inflation: the drivers' means (ASSUMPTION). */
  plannedPayAward: 0.035,
  plannedInflation: 0.035,
  /** ASSUMPTION: the efficiency each plan asks for, 2% of pay and non-pay a year (the part that nets off the uplift). */
  cipPlan: 0.02,
  /** Emergency demand growth planned: +2.4% in 2024/25 (parameters.md D); also the mean of the demand driver. */
  plannedDemandGrowth: 0.024,
} as const;

/** Days in a bed per emergency admission, less the delay: 9.1 − 1.3 = 7.8 clinical days (and 5.1 − 1.3 = 3.8 for electives). */
export const EMERGENCY_CLINICAL_STAY_DAYS = Math.round((PLACE_FIGURES.emergencyBedDaysPerAdmission - PLACE_FIGURES.delayedDaysPerPatient) * 10) / 10;
export const ELECTIVE_CLINICAL_STAY_DAYS = Math.round((PLACE_FIGURES.electiveBedDaysPerAdmission - PLACE_FIGURES.delayedDaysPerPatient) * 10) / 10;
/** ASSUMPTION: a typical winter shape of emergency demand, April to March, and its week, Monday to Sunday (as the other presets). */
export const MONTHLY_PROFILE = [0.97, 0.97, 0.96, 0.97, 0.95, 0.97, 1.0, 1.03, 1.06, 1.08, 1.03, 1.01] as const;
export const WEEKDAY_PROFILE = [1.12, 1.03, 1.0, 1.0, 1.0, 0.92, 0.93] as const;
/** The delayed patients' extra days, so that the mean delay per patient is 1.3 days: 1.3 / 0.133 = 9.8. */
export const DELAYED_EXTRA_DAYS = Math.round((PLACE_FIGURES.delayedDaysPerPatient / PLACE_FIGURES.delayedShare) * 10) / 10;

/**
 * Bed-using emergency admissions a year in the baseline year (2024/25) that
 * fill a trust's occupied beds in its first modelled year (2025/26), by
 * Little's law: occupied × emergency share × 365 ÷ 9.1 days ÷ (1 + planned
 * growth), since the first modelled year already has one year's growth.
 * Rounded to the nearest one.
 */
export function emergencyAdmissionsFor(bedsOccupied: number): number {
  const figures = PLACE_FIGURES;
  return Math.round((bedsOccupied * figures.emergencyBedDayShare * 365) / figures.emergencyBedDaysPerAdmission / (1 + figures.plannedDemandGrowth));
}

/** Planned inpatient admissions a year filling the other share of the occupied beds: occupied × 12% × 365 ÷ 5.1, to the nearest one. */
export function electiveAdmissionsFor(bedsOccupied: number): number {
  const figures = PLACE_FIGURES;
  return Math.round((bedsOccupied * (1 - figures.emergencyBedDayShare) * 365) / figures.electiveBedDaysPerAdmission);
}

/** The contract uplift that balances a plan: (1 + pay share × planned pay award + non-pay share × planned inflation) × (1 − CIP plan) − 1. */
export const CONTRACT_UPLIFT =
  (1 + PLACE_FIGURES.providerPayShare * PLACE_FIGURES.plannedPayAward + (1 - PLACE_FIGURES.providerPayShare) * PLACE_FIGURES.plannedInflation) * (1 - PLACE_FIGURES.cipPlan) - 1;
