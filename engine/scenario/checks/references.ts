import type { ValidationIssue } from '../validation-issue.ts';
import { asArray, asRecord, asString } from './tolerant.ts';
import { parameterRangeIssue } from './parameter-range.ts';

interface OrganisationRef {
  readonly systemIndex: number;
  readonly kind: string | undefined;
}

const SUM_TOLERANCE = 1e-9;

/**
 * Ids are unique, every reference names something that exists and fits
 * (a commissioner is an ICB of the same system), shares do not exceed the
 * whole, and yearly lists have one value per year.
 */
export function referenceIssues(document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const years = Number(asRecord(document.horizon).years);
  const organisations = new Map<string, OrganisationRef>();
  const systemIds = new Set<string>();

  asArray(document.systems).forEach((systemValue, systemIndex) => {
    const system = asRecord(systemValue);
    const systemPath = `systems[${systemIndex}]`;
    const systemId = asString(system.id);
    if (systemId !== undefined) {
      if (systemIds.has(systemId)) issues.push({ path: `${systemPath}.id`, message: `system id '${systemId}' is used twice` });
      systemIds.add(systemId);
    }
    asArray(system.organisations).forEach((organisationValue, index) => {
      const organisation = asRecord(organisationValue);
      const id = asString(organisation.id);
      if (id === undefined) return;
      if (organisations.has(id) || systemIds.has(id)) {
        issues.push({ path: `${systemPath}.organisations[${index}].id`, message: `id '${id}' is used twice (ids must be unique across the scenario)` });
      } else {
        organisations.set(id, { systemIndex, kind: asString(organisation.kind) });
      }
    });
  });

  asArray(document.systems).forEach((systemValue, systemIndex) => {
    issues.push(...systemIssues(asRecord(systemValue), systemIndex, organisations, years));
  });
  asArray(document.interventions).forEach((interventionValue, index) => {
    issues.push(...interventionIssues(asRecord(interventionValue), `interventions[${index}]`, organisations, document));
  });
  return issues;
}

function systemIssues(system: Record<string, unknown>, systemIndex: number, organisations: ReadonlyMap<string, OrganisationRef>, years: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const path = `systems[${systemIndex}]`;
  const inSystem = (id: string) => organisations.get(id)?.systemIndex === systemIndex;

  const placeIds = new Set<string>();
  let placeShares = 0;
  asArray(system.places).forEach((placeValue, index) => {
    const place = asRecord(placeValue);
    const id = asString(place.id);
    if (id !== undefined && placeIds.has(id)) issues.push({ path: `${path}.places[${index}].id`, message: `place id '${id}' is used twice` });
    if (id !== undefined) placeIds.add(id);
    if (typeof place.share === 'number') placeShares += place.share;
  });
  if (placeShares > 1 + SUM_TOLERANCE) issues.push({ path: `${path}.places`, message: `place shares add up to ${round(placeShares)}, more than the whole pot (1)` });

  const icbs: Array<{ index: number; share: unknown }> = [];
  asArray(system.organisations).forEach((organisationValue, index) => {
    const organisation = asRecord(organisationValue);
    const organisationPath = `${path}.organisations[${index}]`;
    const kind = asString(organisation.kind);
    if (kind === 'icb') icbs.push({ index, share: organisation.allocationShare });
    else if (organisation.allocationShare !== undefined) {
      issues.push({ path: `${organisationPath}.allocationShare`, message: 'only an ICB receives a share of the single pot' });
    }
    const place = asString(organisation.place);
    if (place !== undefined && !placeIds.has(place)) issues.push({ path: `${organisationPath}.place`, message: `unknown place '${place}' in this system` });
    const contract = asRecord(asRecord(organisation.income).contract);
    if (kind === 'icb' && Object.keys(contract).length > 0) {
      issues.push({ path: `${organisationPath}.income.contract`, message: 'an ICB is funded by its share of the single pot, not by a contract' });
    }
    const commissioner = asString(contract.commissioner);
    if (commissioner !== undefined) {
      const target = organisations.get(commissioner);
      const at = `${organisationPath}.income.contract.commissioner`;
      if (!target) issues.push({ path: at, message: `unknown organisation '${commissioner}'` });
      else if (target.systemIndex !== systemIndex) issues.push({ path: at, message: `'${commissioner}' belongs to another system` });
      else if (target.kind !== 'icb') issues.push({ path: at, message: `'${commissioner}' is not an ICB, so it cannot commission a contract` });
    }
    if (contract.paymentModel === 'blended' && contract.fixedShare === undefined) {
      issues.push({ path: `${organisationPath}.income.contract.fixedShare`, message: 'is required for a blended payment model' });
    }
    issues.push(...yearlyLengthIssues(organisation.controlTotal, `${organisationPath}.controlTotal`, years));
    const ceiling = parameterRangeIssue(asRecord(organisation.cip).ceiling, { min: 0, minExclusive: true, max: 1 }, 'the CIP ceiling');
    if (ceiling) issues.push({ path: `${organisationPath}.cip.ceiling`, message: ceiling });
  });

  if (icbs.length === 0) issues.push({ path: `${path}.organisations`, message: 'a system needs an organisation of kind icb to receive its single pot' });
  if (icbs.length > 1) {
    let total = 0;
    for (const { index, share } of icbs) {
      if (share === undefined) issues.push({ path: `${path}.organisations[${index}].allocationShare`, message: 'is required when a system has more than one ICB' });
      else if (typeof share === 'number') total += share;
    }
    if (total > 1 + SUM_TOLERANCE) issues.push({ path: `${path}.organisations`, message: `ICB allocation shares add up to ${round(total)}, more than the whole pot (1)` });
  }
  issues.push(...yearlyLengthIssues(system.controlTotal, `${path}.controlTotal`, years));

  const agreements: Array<[string, Record<string, unknown>]> = [
    ['riskShare', asRecord(system.riskShare)],
    ...asArray(system.riskShareAlternatives).map((alternative, index): [string, Record<string, unknown>] => [`riskShareAlternatives[${index}]`, asRecord(alternative)]),
  ];
  for (const [field, riskShare] of agreements) {
    const members = asArray(riskShare.members).filter((id): id is string => typeof id === 'string');
    members.forEach((id, index) => {
      if (!inSystem(id)) issues.push({ path: `${path}.${field}.members[${index}]`, message: `'${id}' is not an organisation of this system` });
    });
    for (const key of ['weights', 'collar', 'cap']) {
      const map = riskShare[key];
      if (map === null || typeof map !== 'object') continue;
      for (const id of Object.keys(map)) {
        if (!inSystem(id)) issues.push({ path: `${path}.${field}.${key}.${id}`, message: `'${id}' is not an organisation of this system` });
      }
    }
  }
  asArray(system.incentiveFunds).forEach((fundValue, fundIndex) => {
    for (const id of Object.keys(asRecord(asRecord(fundValue).amounts))) {
      if (!inSystem(id)) issues.push({ path: `${path}.incentiveFunds[${fundIndex}].amounts.${id}`, message: `'${id}' is not an organisation of this system` });
    }
  });
  return issues;
}

function interventionIssues(intervention: Record<string, unknown>, path: string, organisations: ReadonlyMap<string, OrganisationRef>, document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field of ['organisation', 'fromOrganisation', 'toOrganisation', 'paidBy']) {
    const id = asString(intervention[field]);
    if (id !== undefined && !organisations.has(id)) issues.push({ path: `${path}.${field}`, message: `unknown organisation '${id}'` });
  }
  const from = asString(intervention.fromOrganisation);
  const to = asString(intervention.toOrganisation);
  if (from !== undefined && from === to) issues.push({ path: `${path}.toOrganisation`, message: 'must differ from fromOrganisation' });
  if (intervention.paymentModel === 'blended' && intervention.fixedShare === undefined) {
    issues.push({ path: `${path}.fixedShare`, message: 'is required for a blended payment model' });
  }
  const month = asString(intervention.from);
  const horizon = asRecord(document.horizon);
  if (month !== undefined && typeof horizon.firstYear === 'number' && typeof horizon.years === 'number') {
    const [year, calendarMonth] = month.split('-').map(Number);
    const index = (year - horizon.firstYear) * 12 + (calendarMonth - 4);
    if (index >= horizon.years * 12) issues.push({ path: `${path}.from`, message: `${month} is after the end of the modelled years` });
  }
  return issues;
}

function yearlyLengthIssues(value: unknown, path: string, years: number): ValidationIssue[] {
  if (!Array.isArray(value) || !Number.isInteger(years) || value.length === years) return [];
  return [{ path, message: `must have one value per modelled year: ${years} expected, ${value.length} given` }];
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Alternatives name interventions that exist, by their unique names. */
export function alternativeIssues(document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const names = new Map<string, number>();
  asArray(document.interventions).forEach((value, index) => {
    const name = asString(asRecord(value).name);
    if (name === undefined) return;
    if (names.has(name)) issues.push({ path: `interventions[${index}].name`, message: `intervention name '${name}' is used twice (alternatives refer to interventions by name)` });
    names.set(name, index);
  });
  const alternativeNames = new Set<string>();
  asArray(document.alternatives).forEach((value, index) => {
    const alternative = asRecord(value);
    const name = asString(alternative.name);
    if (name !== undefined && alternativeNames.has(name)) issues.push({ path: `alternatives[${index}].name`, message: `alternative name '${name}' is used twice` });
    if (name !== undefined) alternativeNames.add(name);
    asArray(alternative.withoutInterventions).forEach((item, position) => {
      const wanted = asString(item);
      if (wanted !== undefined && !names.has(wanted)) {
        issues.push({ path: `alternatives[${index}].withoutInterventions[${position}]`, message: `no intervention is named '${wanted}'` });
      }
    });
  });
  return issues;
}
