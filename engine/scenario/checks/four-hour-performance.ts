import type { ValidationIssue } from '../validation-issue.ts';
import { asArray, asRecord, asString } from './tolerant.ts';
import { parameterRangeIssue } from './parameter-range.ts';

/**
 * What the 4-hour figure is read from, and the fields each source reads: with the
 * modelled waits, the hours before the decision (an assumption the scenario must state)
 * and a queue to wait in; the curve, and the waits' fields elsewhere, would be ignored.
 */
function sourceIssues(fourHour: Record<string, unknown>, frontDoor: unknown, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (fourHour.from === 'waits') {
    if (fourHour.hoursBeforeDecision === undefined)
      issues.push({
        path: `${path}.hoursBeforeDecision`,
        message: "is required with from 'waits': the hours an admitted patient spends in A&E before the decision to admit (an assumption: no source here gives it)",
      });
    if (fourHour.occupancyPenalty !== undefined)
      issues.push({ path: `${path}.occupancyPenalty`, message: "is not used with from 'waits' (the fall is read from the modelled waits): remove it or read from occupancy" });
    if (frontDoor === 'loss') issues.push({ path: `${path}.from`, message: "'waits' reads the patients waiting for a bed, so needs the front door 'queue' (this trust's is 'loss')" });
  } else {
    for (const field of ['hoursBeforeDecision', 'attendancesPerAdmission'] as const) {
      if (fourHour[field] !== undefined) issues.push({ path: `${path}.${field}`, message: "is read only with from 'waits' (the 4-hour figure is read from occupancy here)" });
    }
  }
  return issues;
}

/**
 * A&E 4-hour performance and the incentive funds paid on it: the baseline and
 * the trajectory are shares (0 to 1; a formula is checked when it runs) and
 * the penalty curve's points rise in occupancy; a fund's performance part
 * says how it is earned (achieved, fourHourTrajectory or both), a trajectory
 * has a modelled trust to test, and every organisation in the fund without a
 * 4-hour model has an `achieved` to fall back on. (`achieved` itself is cut
 * to 0–1 when it runs, as it always has been, so it is not range-checked.)
 */
export function fourHourPerformanceIssues(document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  asArray(document.systems).forEach((systemValue, systemIndex) => {
    const system = asRecord(systemValue);
    const modelled = new Set<string>();
    asArray(system.organisations).forEach((organisationValue, index) => {
      const organisation = asRecord(organisationValue);
      const given = asRecord(organisation.beds).fourHourPerformance;
      if (given === undefined) return;
      const fourHour = asRecord(given);
      const id = asString(organisation.id);
      if (id !== undefined) modelled.add(id);
      const path = `systems[${systemIndex}].organisations[${index}].beds.fourHourPerformance`;
      const baseline = parameterRangeIssue(fourHour.baseline, { min: 0, max: 1 }, 'the share seen within 4 hours');
      if (baseline) issues.push({ path: `${path}.baseline`, message: baseline });
      issues.push(...sourceIssues(fourHour, asRecord(organisation.beds).frontDoor, path));
      let previous = Number.NEGATIVE_INFINITY;
      asArray(fourHour.occupancyPenalty).forEach((pointValue, position) => {
        const occupancy = asRecord(pointValue).occupancy;
        if (typeof occupancy !== 'number') return;
        if (occupancy <= previous)
          issues.push({ path: `${path}.occupancyPenalty[${position}].occupancy`, message: `must be above the point before it (${previous}): list the points in rising order of occupancy` });
        previous = Math.max(previous, occupancy);
      });
    });
    asArray(system.incentiveFunds).forEach((fundValue, fundIndex) => {
      const fund = asRecord(fundValue);
      if (fund.performance === undefined) return;
      const performance = asRecord(fund.performance);
      const path = `systems[${systemIndex}].incentiveFunds[${fundIndex}].performance`;
      const hasAchieved = performance.achieved !== undefined;
      const hasTrajectory = performance.fourHourTrajectory !== undefined;
      if (!hasAchieved && !hasTrajectory) {
        issues.push({ path, message: 'needs achieved (the fraction of the performance part earned), fourHourTrajectory (earned from modelled A&E performance), or both' });
        return;
      }
      if (!hasTrajectory) return;
      const trajectory = parameterRangeIssue(performance.fourHourTrajectory, { min: 0, max: 1 }, 'the 4-hour share to reach');
      if (trajectory) issues.push({ path: `${path}.fourHourTrajectory`, message: trajectory });
      const members = Object.keys(asRecord(fund.amounts));
      if (members.length > 0 && !members.some((id) => modelled.has(id))) {
        issues.push({
          path: `${path}.fourHourTrajectory`,
          message: "no organisation in this fund's amounts models its A&E 4-hour performance (beds.fourHourPerformance), so there is nothing to test against the trajectory",
        });
      }
      const unmodelled = members.filter((id) => !modelled.has(id));
      if (unmodelled.length > 0 && !hasAchieved) {
        issues.push({
          path: `${path}.achieved`,
          message: `is required: ${unmodelled.map((id) => `'${id}'`).join(', ')} ${unmodelled.length === 1 ? 'does' : 'do'} not model A&E 4-hour performance (beds.fourHourPerformance), so the share ${unmodelled.length === 1 ? 'it earns' : 'they earn'} must be given`,
        });
      }
    });
  });
  return issues;
}
