import type { ValidationIssue } from '../validation-issue.ts';
import { asArray, asRecord, asString } from './tolerant.ts';
import { parameterRangeIssue } from './parameter-range.ts';

/** A number, or a named parameter that is one (so a check can see through `meanDays: emergencyStayDays`). */
function numberOf(value: unknown, parameters: Record<string, unknown>): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && typeof parameters[value] === 'number') return parameters[value] as number;
  return undefined;
}

/**
 * The schemes that change how patients use beds: an avoidance scheme's target group
 * (a share of admissions that is a share, a stay that is one, share × mean stay below
 * the trust's emergency mean stay, a claim no larger than the group, one target group
 * per trust), and the length-of-stay and discharge schemes (acute trusts with beds,
 * one claim of the right kind, shares and realisation in range, a payer for a cost).
 */
export function bedSchemeIssues(document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const parameters = asRecord(document.parameters);
  const emergencyStays = new Map<string, Record<string, unknown>>();
  const organisationIds = new Set<string>();
  asArray(document.systems).forEach((systemValue) => {
    asArray(asRecord(systemValue).organisations).forEach((organisationValue) => {
      const organisation = asRecord(organisationValue);
      const id = asString(organisation.id);
      if (id === undefined) return;
      organisationIds.add(id);
      if (organisation.beds !== undefined) emergencyStays.set(id, asRecord(asRecord(asRecord(organisation.beds).emergency).stay));
    });
  });
  const check = (value: unknown, at: string, range: Parameters<typeof parameterRangeIssue>[1], what: string) => {
    const issue = parameterRangeIssue(value, range, what);
    if (issue) issues.push({ path: at, message: issue });
  };
  const targeted = new Map<string, string>();
  asArray(document.interventions).forEach((interventionValue, index) => {
    const intervention = asRecord(interventionValue);
    const path = `interventions[${index}]`;
    const kind = intervention.kind;
    if (kind === 'admissionAvoidance' && intervention.targetGroup !== undefined) {
      const group = asRecord(intervention.targetGroup);
      const at = `${path}.targetGroup`;
      check(group.share, `${at}.share`, { min: 0, max: 1 }, "the target group's share of emergency admissions");
      const stay = asRecord(group.stay);
      check(stay.meanDays, `${at}.stay.meanDays`, { min: 0, minExclusive: true }, "the target group's mean stay");
      if ((stay.family === 'lognormal' || stay.family === 'gamma') && stay.sdDays === undefined) issues.push({ path: `${at}.stay.sdDays`, message: `is required for a ${String(stay.family)} stay` });
      const share = numberOf(group.share, parameters);
      const claimed = numberOf(intervention.claimedReduction, parameters);
      if (share !== undefined && share >= 1) issues.push({ path: `${at}.share`, message: 'must be below 1: a group of every admission is the average patient (leave targetGroup out)' });
      if (share !== undefined && claimed !== undefined && claimed > share) {
        issues.push({ path: `${path}.claimedReduction`, message: `claims to avoid ${claimed} of emergency admissions, more than its target group holds (${share})` });
      }
      const groupMean = numberOf(stay.meanDays, parameters);
      asArray(intervention.organisations).forEach((idValue) => {
        const id = asString(idValue);
        if (id === undefined || !emergencyStays.has(id)) return;
        if (targeted.has(id)) issues.push({ path: at, message: `'${id}' already has a scheme with a target group (${targeted.get(id)}); a trust takes one` });
        else targeted.set(id, path);
        const mean = numberOf(emergencyStays.get(id)!.meanDays, parameters);
        if (share !== undefined && groupMean !== undefined && mean !== undefined && share < 1 && !(share * groupMean < mean)) {
          issues.push({
            path: `${at}.share`,
            message: `share × mean stay (${share} × ${groupMean} = ${share * groupMean} days) must be below '${id}'s emergency mean stay (${mean} days): the group would use every bed-day an admission uses, leaving none for the others`,
          });
        }
      });
    }
    if (kind !== 'lengthOfStayReduction' && kind !== 'dischargeImprovement') return;
    asArray(intervention.organisations).forEach((idValue, position) => {
      const id = asString(idValue);
      if (id === undefined) return;
      if (!organisationIds.has(id)) issues.push({ path: `${path}.organisations[${position}]`, message: `unknown organisation '${id}'` });
      else if (!emergencyStays.has(id)) issues.push({ path: `${path}.organisations[${position}]`, message: `'${id}' has no beds section, so it has no stays to change` });
    });
    if (kind === 'lengthOfStayReduction') {
      if ((intervention.claimedDaysOff === undefined) === (intervention.claimedShareOff === undefined)) {
        issues.push({ path: `${path}.claimedDaysOff`, message: 'give one claim: claimedDaysOff (days off the emergency mean stay) or claimedShareOff (a share of it), not both or neither' });
      }
      check(intervention.claimedDaysOff, `${path}.claimedDaysOff`, { min: 0 }, 'the claimed days off the mean stay');
      check(intervention.claimedShareOff, `${path}.claimedShareOff`, { min: 0, max: 1 }, 'the claimed share off the mean stay');
    } else {
      if (intervention.claimedDelayedShareReduction === undefined && intervention.claimedExtraDaysReduction === undefined) {
        issues.push({ path: `${path}.claimedDelayedShareReduction`, message: 'give at least one claim: claimedDelayedShareReduction or claimedExtraDaysReduction' });
      }
      check(intervention.claimedDelayedShareReduction, `${path}.claimedDelayedShareReduction`, { min: 0, max: 1 }, 'the claimed fall in the share delayed');
      check(intervention.claimedExtraDaysReduction, `${path}.claimedExtraDaysReduction`, { min: 0, max: 1 }, 'the claimed fall in the extra days');
    }
    check(intervention.realisation, `${path}.realisation`, { min: 0, max: 2 }, 'the realised share of the claim');
    if (intervention.annualCost !== undefined && asString(intervention.paidBy) === undefined) issues.push({ path: `${path}.paidBy`, message: 'is required when the scheme has an annualCost' });
  });
  return issues;
}
