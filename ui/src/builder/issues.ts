// Where a validation issue belongs: which section of the builder, which field,
// and how to name that place in words.
import type { ValidationIssue } from '../api/types.ts';
import { ALTERNATIVE_FIELDS, INCENTIVE_FUND_FIELDS, INTERVENTION_KINDS, ORGANISATION_FIELDS, PLACE_FIELDS, RISK_SHARE_RULES, SYSTEM_FIELDS, type FieldSpec } from './field-specs.ts';
import { getAt, isWithin, joinPath, parsePath } from './paths.ts';

/** The builder's sections, one shown at a time. */
export type SectionKey = 'general' | 'uncertainty' | 'parameters' | 'interventions' | `system-${number}` | `organisation-${number}-${number}`;

/** The section that shows the field at a path. */
export function sectionOfPath(path: string): SectionKey {
  const keys = parsePath(path);
  const [first, second, third, fourth] = keys;
  if (first === 'drivers' || first === 'correlation') return 'uncertainty';
  if (first === 'parameters') return 'parameters';
  if (first === 'interventions' || first === 'alternatives') return 'interventions';
  if (first === 'systems' && typeof second === 'number') {
    if (third === 'organisations' && typeof fourth === 'number') return `organisation-${second}-${fourth}`;
    return `system-${second}`;
  }
  return 'general';
}

/** Issues at a path or inside it (a distribution's or a list's own parts). */
export function issuesWithin(issues: readonly ValidationIssue[], path: string): ValidationIssue[] {
  return issues.filter((issue) => isWithin(issue.path, path));
}

/** Number of issues in each section. */
export function countBySection(issues: readonly ValidationIssue[]): Map<SectionKey, number> {
  const counts = new Map<SectionKey, number>();
  for (const issue of issues) {
    const section = sectionOfPath(issue.path);
    counts.set(section, (counts.get(section) ?? 0) + 1);
  }
  return counts;
}

function labelMap(fields: readonly FieldSpec[], prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const field of fields) {
    const path = joinPath(prefix, field.key);
    into.set(path, field.label);
    if (field.kind === 'group' || field.kind === 'list') labelMap(field.fields, path, into);
  }
  return into;
}

const ORGANISATION_LABELS = labelMap(ORGANISATION_FIELDS);
const SYSTEM_LABELS = labelMap(SYSTEM_FIELDS);
const RULE_LABELS = labelMap(RISK_SHARE_RULES.flatMap((rule) => rule.fields));
const FUND_LABELS = labelMap(INCENTIVE_FUND_FIELDS);
const PLACE_LABELS = labelMap(PLACE_FIELDS);
const INTERVENTION_LABELS = labelMap(INTERVENTION_KINDS.flatMap((kind) => kind.fields));
const ALTERNATIVE_LABELS = labelMap(ALTERNATIVE_FIELDS);
const GENERAL_LABELS = new Map([
  ['name', 'Name'],
  ['description', 'Description'],
  ['horizon.firstYear', 'First financial year'],
  ['horizon.years', 'Number of years'],
  ['simulation.trials', 'Trials'],
  ['simulation.seed', 'Seed'],
  ['simulation.bedModel', 'Bed simulation'],
  ['schemaVersion', 'Format version'],
  ['correlation.matrix', 'Correlation matrix'],
  ['correlation.drivers', 'Correlated drivers'],
]);

/** `riskShareAlternatives` → `risk share alternatives`. */
function humanise(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * A relative path in words: the label of every known step (a group and then
 * its field: `Contract income › Fixed share of the contract`), unknown steps
 * in plain words.
 */
function labelFor(labels: Map<string, string>, relative: string): string {
  const keys = parsePath(relative);
  const words: string[] = [];
  let named = 0;
  for (let length = 1; length <= keys.length; length++) {
    if (typeof keys[length - 1] === 'number') continue;
    const label = labels.get(keys.slice(0, length).filter((key) => typeof key === 'string').join('.'));
    if (label === undefined) continue;
    for (const key of keys.slice(named, length - 1)) if (typeof key === 'number') words.push(`item ${key + 1}`);
    words.push(label);
    named = length;
  }
  for (const key of keys.slice(named)) words.push(typeof key === 'number' ? `item ${key + 1}` : humanise(key));
  return words.join(' › ');
}

function nameAt(document: unknown, path: string, fallback: string): string {
  const name = getAt(document, `${path}.name`);
  return typeof name === 'string' && name !== '' ? name : fallback;
}

/**
 * A place in the scenario in words, for the list of problems:
 * `systems[0].organisations[3].costs.pay.growth` → `Riverside ICS › Hillside Hospital › Pay: growth`.
 */
export function describePath(document: unknown, path: string): string {
  if (path === '') return 'The scenario as a whole';
  const keys = parsePath(path);
  const [first, second, third, fourth] = keys;
  const restAfter = (count: number) => {
    const rest = keys.slice(count);
    return rest.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').replace(/^\./, '');
  };
  if (first === 'drivers' && typeof second === 'string') return ['Drivers', second, ...(keys.length > 2 ? [humanise(restAfter(2))] : [])].join(' › ');
  if (first === 'parameters' && typeof second === 'string') return ['Parameters', second, ...(keys.length > 2 ? [humanise(restAfter(2))] : [])].join(' › ');
  if (first === 'interventions' && typeof second === 'number') {
    const base = `interventions[${second}]`;
    const where = nameAt(document, base, `Intervention ${second + 1}`);
    return keys.length > 2 ? `Interventions › ${where} › ${labelFor(INTERVENTION_LABELS, restAfter(2))}` : `Interventions › ${where}`;
  }
  if (first === 'alternatives' && typeof second === 'number') {
    const where = nameAt(document, `alternatives[${second}]`, `Alternative ${second + 1}`);
    return keys.length > 2 ? `Alternatives › ${where} › ${labelFor(ALTERNATIVE_LABELS, restAfter(2))}` : `Alternatives › ${where}`;
  }
  if (first === 'systems' && typeof second === 'number') {
    const systemPath = `systems[${second}]`;
    const system = nameAt(document, systemPath, `System ${second + 1}`);
    if (third === 'organisations' && typeof fourth === 'number') {
      const organisation = nameAt(document, `${systemPath}.organisations[${fourth}]`, `Organisation ${fourth + 1}`);
      return keys.length > 4 ? `${system} › ${organisation} › ${labelFor(ORGANISATION_LABELS, restAfter(4))}` : `${system} › ${organisation}`;
    }
    if (third === 'riskShare') return `${system} › Risk share${keys.length > 3 ? ` › ${labelFor(RULE_LABELS, restAfter(3))}` : ''}`;
    if (third === 'riskShareAlternatives' && typeof fourth === 'number') {
      return `${system} › Alternative rule ${fourth + 1}${keys.length > 4 ? ` › ${labelFor(RULE_LABELS, restAfter(4))}` : ''}`;
    }
    if (third === 'places' && typeof fourth === 'number') {
      const place = nameAt(document, `${systemPath}.places[${fourth}]`, `Place ${fourth + 1}`);
      return `${system} › ${place}${keys.length > 4 ? ` › ${labelFor(PLACE_LABELS, restAfter(4))}` : ''}`;
    }
    if (third === 'incentiveFunds' && typeof fourth === 'number') {
      const fund = nameAt(document, `${systemPath}.incentiveFunds[${fourth}]`, `Incentive fund ${fourth + 1}`);
      return `${system} › ${fund}${keys.length > 4 ? ` › ${labelFor(FUND_LABELS, restAfter(4))}` : ''}`;
    }
    return keys.length > 2 ? `${system} › ${labelFor(SYSTEM_LABELS, restAfter(2))}` : system;
  }
  return labelFor(GENERAL_LABELS, path);
}

/** The name of a section in the outline and for screen readers. */
export function sectionLabel(document: unknown, section: SectionKey): string {
  if (section === 'general') return 'About';
  if (section === 'uncertainty') return 'Drivers';
  if (section === 'parameters') return 'Parameters';
  if (section === 'interventions') return 'Interventions';
  const [kind, first, second] = section.split('-');
  if (kind === 'system') return nameAt(document, `systems[${first}]`, `System ${Number(first) + 1}`);
  const path = `systems[${first}].organisations[${second}]`;
  const id = getAt(document, `${path}.id`);
  return nameAt(document, path, typeof id === 'string' && id ? id : `Organisation ${Number(second) + 1}`);
}
