// Where a validation issue belongs: which section of the builder, which field,
// and how to name that place in words.
import type { ValidationIssue } from '../api/types.ts';
import {
  ALTERNATIVE_FIELDS,
  FORMS,
  GENERAL_FIELDS,
  INCENTIVE_FUND_FIELDS,
  INTERVENTION_KINDS,
  ORGANISATION_FIELDS,
  PLACE_FIELDS,
  RISK_SHARE_RULES,
  SYSTEM_FIELDS,
  type FieldSpec,
  type Variant,
} from './field-specs.ts';
import { formatPath, getAt, isWithin, joinPath, parsePath, type PathKey } from './paths.ts';

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
/** The labels of each variant's own form: an extra funding's `organisation` is "Paid to", a bed closure's "Acute trust". */
const variantLabels = (variants: readonly Variant[]) => new Map(variants.map((variant) => [variant.value, labelMap(variant.fields)]));
const RULE_LABELS = variantLabels(RISK_SHARE_RULES);
const FUND_LABELS = labelMap(INCENTIVE_FUND_FIELDS);
const PLACE_LABELS = labelMap(PLACE_FIELDS);
const INTERVENTION_LABELS = variantLabels(INTERVENTION_KINDS);
const ALTERNATIVE_LABELS = labelMap(ALTERNATIVE_FIELDS);
const GENERAL_LABELS = labelMap(
  GENERAL_FIELDS,
  '',
  new Map([
    ['schemaVersion', 'Format version'],
    ['correlation.matrix', 'Correlation matrix'],
    ['correlation.drivers', 'Correlated drivers'],
  ]),
);

/** The labels of the variant the document has at `path` (its `kind` or `rule`); none when it names no known variant. */
function labelsOfVariant(labels: Map<string, Map<string, string>>, document: unknown, path: string, discriminator: string): Map<string, string> {
  return labels.get(String(getAt(document, `${path}.${discriminator}`))) ?? new Map();
}

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
    const label = labels.get(
      keys
        .slice(0, length)
        .filter((key) => typeof key === 'string')
        .join('.'),
    );
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
    return rest
      .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
      .join('')
      .replace(/^\./, '');
  };
  if (first === 'drivers' && typeof second === 'string') return ['Drivers', second, ...(keys.length > 2 ? [humanise(restAfter(2))] : [])].join(' › ');
  if (first === 'parameters' && typeof second === 'string') return ['Parameters', second, ...(keys.length > 2 ? [humanise(restAfter(2))] : [])].join(' › ');
  if (first === 'interventions' && typeof second === 'number') {
    const base = `interventions[${second}]`;
    const where = nameAt(document, base, `Intervention ${second + 1}`);
    return keys.length > 2 ? `Interventions › ${where} › ${labelFor(labelsOfVariant(INTERVENTION_LABELS, document, base, 'kind'), restAfter(2))}` : `Interventions › ${where}`;
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
    if (third === 'riskShare') {
      return `${system} › Risk share${keys.length > 3 ? ` › ${labelFor(labelsOfVariant(RULE_LABELS, document, `${systemPath}.riskShare`, 'rule'), restAfter(3))}` : ''}`;
    }
    if (third === 'riskShareAlternatives' && typeof fourth === 'number') {
      const rule = labelsOfVariant(RULE_LABELS, document, `${systemPath}.riskShareAlternatives[${fourth}]`, 'rule');
      return `${system} › Alternative rule ${fourth + 1}${keys.length > 4 ? ` › ${labelFor(rule, restAfter(4))}` : ''}`;
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

/** `systems[].organisations[]` → ['systems', '[]', 'organisations', '[]']. */
const patternKeys = (at: string): string[] => at.split(/\.|(?=\[\])/).filter((key) => key !== '');

/** The form field that shows the value at a path, read from the forms' own layout; undefined for a path no form shows. */
export function fieldAt(document: unknown, path: string): FieldSpec | undefined {
  const keys = parsePath(path);
  let best: { fields: readonly FieldSpec[]; rest: PathKey[]; depth: number } | undefined;
  for (const form of FORMS) {
    const pattern = patternKeys(form.at);
    if (pattern.length > keys.length || (best && best.depth >= pattern.length)) continue;
    if (!pattern.every((key, index) => (key === '[]' ? typeof keys[index] === 'number' : keys[index] === key))) continue;
    const base = formatPath(keys.slice(0, pattern.length));
    const fields = form.fields ?? form.variants?.find((variant) => variant.value === getAt(document, joinPath(base, form.discriminator!)))?.fields;
    if (fields) best = { fields, rest: keys.slice(pattern.length), depth: pattern.length };
  }
  if (!best) return undefined;
  let { fields, rest } = best;
  while (rest.length > 0) {
    const field = fields.find((candidate) => candidate.key.split('.').every((part, index) => rest[index] === part));
    if (!field) return undefined;
    const used = field.key.split('.').length;
    if (rest.length === used) return field;
    if (field.kind === 'group') [fields, rest] = [field.fields, rest.slice(used)];
    else if (field.kind === 'list' && typeof rest[used] === 'number') [fields, rest] = [field.fields, rest.slice(used + 1)];
    // A part of what one field edits (a distribution's parameter, one year's value): that field shows it.
    else return field;
  }
  return undefined;
}

/**
 * The validator's message in the words of the form: a choice of organisation
 * or place left empty is to be chosen, and any other value the schema wants
 * as an id, a name or a month, left empty, must not be.
 */
export function formMessage(document: unknown, issue: ValidationIssue): ValidationIssue {
  if (getAt(document, issue.path) !== '' || !issue.message.startsWith('must be ')) return issue;
  const kind = fieldAt(document, issue.path)?.kind;
  if (kind === 'organisation') return { ...issue, message: 'choose an organisation' };
  if (kind === 'place') return { ...issue, message: 'choose a place' };
  return { ...issue, message: 'must not be empty' };
}
