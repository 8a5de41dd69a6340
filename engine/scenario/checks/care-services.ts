import type { ValidationIssue } from '../validation-issue.ts';
import { asArray, asRecord, asString } from './tolerant.ts';
import { parameterRangeIssue } from './parameter-range.ts';

interface ServiceRef {
  readonly nhsFunder: boolean;
  readonly council: boolean;
}

/**
 * Care services and the boundary shifts that move them: ids unique across
 * the scenario; the ICB that pays is an ICB of the service's system and the
 * council a council of it; the side that funds the service (at the start, or
 * after a shift) names who pays; users, costs and capacity are not negative;
 * the means test's shares are shares and, written as numbers, add up to at
 * most 1, and a contribution written as a number is no more than the weekly
 * cost. Cost O(organisations + services + interventions).
 */
export function careServiceIssues(document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const services = new Map<string, ServiceRef>();
  asArray(document.systems).forEach((systemValue, systemIndex) => {
    const system = asRecord(systemValue);
    const kinds = new Map<string, string | undefined>();
    for (const organisation of asArray(system.organisations).map(asRecord)) {
      const id = asString(organisation.id);
      if (id !== undefined) kinds.set(id, asString(organisation.kind));
    }
    asArray(system.careServices).forEach((serviceValue, position) => {
      const service = asRecord(serviceValue);
      const path = `systems[${systemIndex}].careServices[${position}]`;
      const id = asString(service.id);
      if (id !== undefined && services.has(id)) issues.push({ path: `${path}.id`, message: `care service id '${id}' is used twice (boundary shifts name services by id)` });
      const payer = (field: 'nhsFunder' | 'council', kind: string, words: string): boolean => {
        const payerId = asString(service[field]);
        if (payerId === undefined) return false;
        if (!kinds.has(payerId)) issues.push({ path: `${path}.${field}`, message: `'${payerId}' is not an organisation of this system` });
        else if (kinds.get(payerId) !== kind) issues.push({ path: `${path}.${field}`, message: `'${payerId}' is not ${words}` });
        return true;
      };
      const ref = { nhsFunder: payer('nhsFunder', 'icb', 'an ICB'), council: payer('council', 'localAuthority', 'a council (kind localAuthority)') };
      if (id !== undefined) services.set(id, ref);
      if (service.funder === 'nhs' && !ref.nhsFunder) issues.push({ path: `${path}.nhsFunder`, message: 'is required for an NHS-funded service: the ICB that pays' });
      if (service.funder === 'council' && !ref.council) issues.push({ path: `${path}.council`, message: 'is required for a council-funded service: the council that pays' });
      for (const field of ['users', 'weeklyCost', 'capacity']) {
        const issue = parameterRangeIssue(service[field], { min: 0 }, field);
        if (issue) issues.push({ path: `${path}.${field}`, message: issue });
      }
      issues.push(...chargingIssues(asRecord(service.charging), service.weeklyCost, `${path}.charging`));
    });
  });
  asArray(document.interventions).forEach((value, index) => {
    const intervention = asRecord(value);
    if (intervention.kind !== 'boundaryShift') return;
    const path = `interventions[${index}]`;
    const id = asString(intervention.service);
    const share = parameterRangeIssue(intervention.share, { min: 0, max: 1 }, 'the share re-designated');
    if (share) issues.push({ path: `${path}.share`, message: share });
    if (id === undefined) return;
    const service = services.get(id);
    if (!service) issues.push({ path: `${path}.service`, message: `no care service has id '${id}'` });
    else if (intervention.to === 'council' && !service.council) issues.push({ path: `${path}.to`, message: `care service '${id}' names no council to fund it: give it a council` });
    else if (intervention.to === 'nhs' && !service.nhsFunder) issues.push({ path: `${path}.to`, message: `care service '${id}' names no ICB to fund it: give it an nhsFunder` });
  });
  return issues;
}

function chargingIssues(charging: Record<string, unknown>, weeklyCost: unknown, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field of ['selfFunderShare', 'contributorShare']) {
    const issue = parameterRangeIssue(charging[field], { min: 0, max: 1 }, field);
    if (issue) issues.push({ path: `${path}.${field}`, message: issue });
  }
  const contribution = parameterRangeIssue(charging.averageContribution, { min: 0 }, 'averageContribution');
  if (contribution) issues.push({ path: `${path}.averageContribution`, message: contribution });
  const { selfFunderShare, contributorShare, averageContribution } = charging;
  const isShare = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 1;
  if (isShare(selfFunderShare) && isShare(contributorShare) && selfFunderShare + contributorShare > 1 + 1e-9) {
    issues.push({ path: `${path}.contributorShare`, message: `the shares who pay in full and who contribute add up to ${selfFunderShare + contributorShare}, more than all users (1)` });
  }
  if (typeof averageContribution === 'number' && typeof weeklyCost === 'number' && averageContribution > weeklyCost) {
    issues.push({ path: `${path}.averageContribution`, message: `a contribution of £${averageContribution} a week is more than the weekly cost (£${weeklyCost})` });
  }
  return issues;
}
