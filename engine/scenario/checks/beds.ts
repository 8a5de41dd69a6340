import type { ValidationIssue } from '../validation-issue.ts';
import { asArray, asRecord, asString } from './tolerant.ts';
import { parameterRangeIssue } from './parameter-range.ts';
import { shareClosure, systemBedTrusts } from '../../model/beds/share-closure.ts';
import { waitingListIssues } from './waiting-list.ts';
import { fastStayIssue } from '../../model/beds/check-stay-spread.ts';

/**
 * Beds belong to acute trusts; stays, shares and counts stay in their ranges;
 * bed interventions name acute trusts with beds (or a system that has some)
 * and never close more beds than a trust has, shared closures included; an avoidance scheme's cost has a payer.
 */
export function bedIssues(document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const bedTrusts = new Map<string, number>();
  const organisationIds = new Set<string>();
  asArray(document.systems).forEach((systemValue, systemIndex) => {
    asArray(asRecord(systemValue).organisations).forEach((organisationValue, index) => {
      const organisation = asRecord(organisationValue);
      const id = asString(organisation.id);
      if (id !== undefined) organisationIds.add(id);
      if (organisation.beds === undefined) return;
      const path = `systems[${systemIndex}].organisations[${index}].beds`;
      if (organisation.kind !== 'acute') issues.push({ path, message: 'only an acute trust has a general and acute bed base' });
      const beds = asRecord(organisation.beds);
      if (id !== undefined && typeof beds.coreBeds === 'number') bedTrusts.set(id, beds.coreBeds);
      issues.push(...bedRangeIssues(beds, path));
      if (asRecord(document.simulation).bedModel !== 'detailed') issues.push(...staySpreadIssues(beds, path));
    });
  });

  const closed = new Map<string, number>();
  const systemIds = new Set(asArray(document.systems).flatMap((system) => asString(asRecord(system).id) ?? []));
  asArray(document.interventions).forEach((interventionValue, index) => {
    const intervention = asRecord(interventionValue);
    const path = `interventions[${index}]`;
    const kind = intervention.kind;
    if (kind === 'closeBeds' || kind === 'openBeds') {
      const id = asString(intervention.organisation);
      if (id !== undefined && organisationIds.has(id) && !bedTrusts.has(id)) {
        issues.push({ path: `${path}.organisation`, message: `'${id}' has no beds section, so its beds cannot be ${kind === 'closeBeds' ? 'closed' : 'opened'}` });
      }
      if (id !== undefined && typeof intervention.beds === 'number') {
        closed.set(id, (closed.get(id) ?? 0) + (kind === 'closeBeds' ? intervention.beds : -intervention.beds));
        const core = bedTrusts.get(id);
        if (kind === 'closeBeds' && core !== undefined && (closed.get(id) ?? 0) > core) {
          issues.push({ path: `${path}.beds`, message: `closes more beds than '${id}' has (${core}, after the openings listed before this)` });
        }
      }
      if (kind === 'closeBeds') {
        const issue = parameterRangeIssue(intervention.savingRealisation, { min: 0, max: 1 }, 'the share of the saving that is real');
        if (issue) issues.push({ path: `${path}.savingRealisation`, message: issue });
      }
    }
    if (kind === 'closeBedsAcrossSystem') {
      const systemId = asString(intervention.system);
      const trusts = systemId === undefined ? [] : systemBedTrusts(document, systemId);
      if (systemId !== undefined && !systemIds.has(systemId)) issues.push({ path: `${path}.system`, message: `unknown system '${systemId}'` });
      else if (systemId !== undefined && trusts.length === 0) issues.push({ path: `${path}.system`, message: `'${systemId}' has no acute trust with a beds section, so it has no beds to close` });
      const rule = intervention.sharedBy === 'equal' ? 'equal' : 'coreBeds';
      if (trusts.length > 0 && typeof intervention.beds === 'number' && Number.isInteger(intervention.beds) && intervention.beds > 0) {
        const shares = shareClosure(intervention.beds, trusts, rule);
        trusts.forEach((trust, position) => {
          closed.set(trust.id, (closed.get(trust.id) ?? 0) + shares[position]);
          if ((closed.get(trust.id) ?? 0) > trust.coreBeds) {
            issues.push({
              path: `${path}.beds`,
              message: `shared ${rule === 'equal' ? 'equally' : 'by core beds'}, closes ${shares[position]} beds at '${trust.id}', more than it has (${trust.coreBeds}, after the closures and openings listed before this)`,
            });
          }
        });
      }
      const issue = parameterRangeIssue(intervention.savingRealisation, { min: 0, max: 1 }, 'the share of the saving that is real');
      if (issue) issues.push({ path: `${path}.savingRealisation`, message: issue });
    }
    if (kind === 'admissionAvoidance') {
      asArray(intervention.organisations).forEach((idValue, position) => {
        const id = asString(idValue);
        if (id === undefined) return;
        if (!organisationIds.has(id)) issues.push({ path: `${path}.organisations[${position}]`, message: `unknown organisation '${id}'` });
        else if (!bedTrusts.has(id)) issues.push({ path: `${path}.organisations[${position}]`, message: `'${id}' has no beds section, so it has no emergency admissions to avoid` });
      });
      const claimed = parameterRangeIssue(intervention.claimedReduction, { min: 0, max: 1 }, 'the claimed reduction');
      if (claimed) issues.push({ path: `${path}.claimedReduction`, message: claimed });
      const realised = parameterRangeIssue(intervention.realisation, { min: 0, max: 2 }, 'the realised share of the claim');
      if (realised) issues.push({ path: `${path}.realisation`, message: realised });
      const payer = asString(intervention.paidBy);
      if (intervention.annualCost !== undefined && payer === undefined) issues.push({ path: `${path}.paidBy`, message: 'is required when the scheme has an annualCost' });
    }
  });
  return issues;
}

/** A stay typed as numbers the fast kernel cannot hold: too spread, or short and steadier than an exponential stay (drawn stays are checked in each trial). */
function staySpreadIssues(beds: Record<string, unknown>, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const demand of ['emergency', 'elective'] as const) {
    const stay = asRecord(asRecord(beds[demand]).stay);
    if (stay.family !== 'lognormal' && stay.family !== 'gamma') continue;
    if (typeof stay.meanDays !== 'number' || typeof stay.sdDays !== 'number' || !(stay.meanDays > 0) || !(stay.sdDays > 0)) continue;
    const issue = fastStayIssue({ family: stay.family, meanDays: stay.meanDays, sdDays: stay.sdDays });
    if (issue !== undefined) issues.push({ path: `${path}.${demand}.stay.sdDays`, message: issue });
  }
  return issues;
}

function bedRangeIssues(beds: Record<string, unknown>, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const check = (value: unknown, at: string, range: Parameters<typeof parameterRangeIssue>[1], what: string) => {
    const issue = parameterRangeIssue(value, range, what);
    if (issue) issues.push({ path: `${path}.${at}`, message: issue });
  };
  for (const demand of ['emergency', 'elective'] as const) {
    const section = asRecord(beds[demand]);
    if (beds[demand] === undefined) continue;
    check(section.admissionsPerYear, `${demand}.admissionsPerYear`, { min: 0, max: 5_000_000 }, 'admissions a year');
    // Compounded over ten years, growth beyond +100% a year takes arrivals past anything a bed model can simulate.
    for (const growth of ['growth', 'plannedGrowth'] as const) {
      const value = section[growth];
      if (typeof value === 'number' && (value < -1 || value > 1))
        issues.push({ path: `${path}.${demand}.${growth}`, message: `demand growth a year must be >= -1 and <= 1 (-100% to +100%), got ${value}` });
    }
    const stay = asRecord(section.stay);
    check(stay.meanDays, `${demand}.stay.meanDays`, { min: 0, minExclusive: true }, 'the mean stay');
    if (stay.family === 'lognormal' || stay.family === 'gamma') {
      if (stay.sdDays === undefined) issues.push({ path: `${path}.${demand}.stay.sdDays`, message: `is required for a ${String(stay.family)} stay` });
      else check(stay.sdDays, `${demand}.stay.sdDays`, { min: 0, minExclusive: true }, 'the spread of stays');
    }
    const profile = asArray(section.weekdayProfile);
    if (profile.length === 7 && profile.every((value) => value === 0)) issues.push({ path: `${path}.${demand}.weekdayProfile`, message: 'must have at least one day above 0' });
    const months = asArray(section.monthlyProfile);
    if (months.length === 12 && months.every((value) => value === 0)) issues.push({ path: `${path}.${demand}.monthlyProfile`, message: 'must have at least one month above 0' });
  }
  const delayed = asRecord(beds.delayedDischarge);
  if (beds.delayedDischarge !== undefined) {
    check(delayed.share, 'delayedDischarge.share', { min: 0, max: 1 }, 'the share of patients delayed');
    check(delayed.meanExtraDays, 'delayedDischarge.meanExtraDays', { min: 0 }, 'the mean extra days');
  }
  check(beds.costPerBedDayPounds, 'costPerBedDayPounds', { min: 0 }, 'the cost of a bed day');
  // Diversion and abandonment act on the trolley queue, which the loss front door does not have.
  for (const field of ['diversion', 'abandonAfterHours'] as const) {
    if (beds[field] !== undefined && beds.frontDoor === 'loss') {
      issues.push({ path: `${path}.${field}`, message: "acts on patients waiting for a bed, so needs the front door 'queue' (this trust's is 'loss')" });
    }
  }
  const waitingList = asRecord(beds.elective).waitingList;
  if (waitingList !== undefined) issues.push(...waitingListIssues(asRecord(waitingList), `${path}.elective.waitingList`));
  return issues;
}
