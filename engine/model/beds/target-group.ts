import type { EmergencyStayMix, LengthOfStay } from '../../beds/types.ts';

/** E[S²] of a stay: sd² + mean² (an exponential's sd is its mean). */
function secondMoment(stay: LengthOfStay): number {
  const sd = stay.family === 'exponential' ? stay.meanDays : stay.sdDays;
  return sd * sd + stay.meanDays * stay.meanDays;
}

/** A stay of the family with this mean and E[S²] (an exponential keeps its own sd, the mean). */
function stayWith(family: LengthOfStay['family'], mean: number, moment2: number): LengthOfStay {
  return { family, meanDays: mean, sdDays: family === 'exponential' ? mean : Math.sqrt(moment2 - mean * mean) };
}

/**
 * The stay of the emergency patients outside an avoidance scheme's target group, so that
 * the two groups together stay as the scenario says of all emergency admissions.
 *
 * With a share s of admissions in the group, the group's mean m_T and the whole
 * population's m, the others' mean is m_N = (m − s·m_T)/(1 − s); their E[S²] is
 * (E[S²] − s·E[S_T²])/(1 − s), so the mixture keeps the population's sd too (unless the
 * population is exponential: the others are then exponential with mean m_N, and only the
 * mean is kept). The others keep the population's family.
 *
 * @throws {RangeError} if s·m_T is not below m (the group would use all the bed-days or
 * more), or the others' variance would not be positive (the group is too spread for the
 * population's sd), or s is not in [0, 1).
 * @example
 * otherGroupStay({ family: 'exponential', meanDays: 8, sdDays: 0 }, 0.5, { family: 'exponential', meanDays: 2, sdDays: 0 });
 * // { family: 'exponential', meanDays: 14, sdDays: 14 }: 0.5 × 2 + 0.5 × 14 = 8
 */
export function otherGroupStay(population: LengthOfStay, share: number, target: LengthOfStay): LengthOfStay {
  if (!(share >= 0 && share < 1)) throw new RangeError(`the target group's share of emergency admissions must be >= 0 and < 1, got ${share}`);
  const mean = (population.meanDays - share * target.meanDays) / (1 - share);
  if (!(mean > 0)) {
    throw new RangeError(
      `the target group (${share} of admissions at ${target.meanDays} days) would use ${share * target.meanDays} of the ${population.meanDays} bed-days an average admission uses, leaving nothing for the others: share × mean stay must be below the whole population's mean stay`,
    );
  }
  const moment2 = (secondMoment(population) - share * secondMoment(target)) / (1 - share);
  if (population.family !== 'exponential' && !(moment2 - mean * mean > 0)) {
    throw new RangeError(
      `the target group's stays are too spread for the whole population's sd (${population.sdDays} days): the others' stays would have no variance left; give the group a smaller sd or the population a larger one`,
    );
  }
  return stayWith(population.family, mean, moment2);
}

/**
 * The emergency patients who remain when schemes avoid a share `avoidedAverage` of all
 * admissions from average patients (pro rata from both groups) and a share
 * `avoidedFromTarget` of all admissions from the target group alone: the share of the
 * remaining who are in the group, each group's stay, and the remaining patients' own
 * mean and sd (`stay`, the population's family), which is what the fast path uses.
 *
 * Remaining per admission before avoidance: group s(1 − a_A) − a_T, others
 * (1 − s)(1 − a_A); so the bed-days an admission used fall from m to
 * (1 − a_A)·m − a_T·m_T, and the bed-days freed are a_A·m + a_T·m_T per admission.
 *
 * @throws {RangeError} if the target group has fewer patients left than the scheme avoids.
 * @example
 * // s = 0.5, m_T = 2, others 14 days; a_T = 0.25: a third of the 0.75 remaining are in the group.
 * remainingEmergencyLaws(population, 0.5, target, others, 0.25, 0); // targetShare 1/3, stay mean 10 (= (8 − 0.5) / 0.75)
 */
export function remainingEmergencyLaws(
  population: LengthOfStay,
  share: number,
  target: LengthOfStay,
  other: LengthOfStay,
  avoidedFromTarget: number,
  avoidedAverage: number,
): EmergencyStayMix & { stay: LengthOfStay } {
  const inGroup = share * (1 - avoidedAverage) - avoidedFromTarget;
  if (inGroup < -1e-12) {
    throw new RangeError(`the scheme avoids ${avoidedFromTarget} of emergency admissions from its target group, which holds only ${share * (1 - avoidedAverage)} of them`);
  }
  const outside = (1 - share) * (1 - avoidedAverage);
  const remaining = Math.max(0, inGroup) + outside;
  const targetShare = remaining > 0 ? Math.max(0, inGroup) / remaining : 0;
  const mean = targetShare * target.meanDays + (1 - targetShare) * other.meanDays;
  const moment2 = targetShare * secondMoment(target) + (1 - targetShare) * secondMoment(other);
  return { targetShare, targetStay: target, otherStay: other, stay: stayWith(population.family, mean, moment2) };
}
