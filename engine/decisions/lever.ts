import { DecisionError } from './decision-error.ts';

/**
 * One scenario input that a solve or a sweep moves.
 * - `path`: a number already in the scenario, addressed as the validator
 *   addresses fields (`systems[0].organisations[1].cip.plan`,
 *   `parameters.tariffUplift`, `interventions[2].beds`);
 * - `extraFunding`: non-recurrent money (£m a year) paid to one organisation
 *   from the first modelled month, as an `extraFunding` intervention added to
 *   the scenario: the cash contingency of the analyst's question.
 */
export type Lever = { readonly kind: 'path'; readonly path: string } | { readonly kind: 'extraFunding'; readonly organisation: string };

/** A lever with the range it may move over. */
export interface BoundedLever {
  readonly lever: Lever;
  readonly low: number;
  readonly high: number;
}

type Segment = string | number;

/**
 * The segments of a field path: `a.b[2].c` → `['a', 'b', 2, 'c']`; a name may be
 * an organisation id with `-` in it, as incentive fund amounts and risk-share
 * weights are keyed (`amounts.southbay-hospitals`).
 * @throws DecisionError naming `field` when the path is malformed
 */
export function pathSegments(path: string, field = 'lever.path'): Segment[] {
  if (path.length === 0 || path.length > 500) throw new DecisionError(field, 'must be a field path such as systems[0].organisations[1].cip.plan');
  const segments: Segment[] = [];
  // A name is a field's or an organisation id's (ids may hold '-': `amounts.southbay-hospitals`).
  const pattern = /([A-Za-z_][A-Za-z0-9_-]*)|\[(\d{1,6})\]|(\.)/y;
  let expectName = true;
  for (let at = 0; at < path.length;) {
    pattern.lastIndex = at;
    const match = pattern.exec(path);
    if (!match) throw new DecisionError(field, `cannot read "${path}" at character ${at + 1}`);
    if (match[1] !== undefined) {
      if (!expectName) throw new DecisionError(field, `cannot read "${path}" at character ${at + 1}`);
      segments.push(match[1]);
      expectName = false;
    } else if (match[2] !== undefined) {
      if (segments.length === 0) throw new DecisionError(field, `"${path}" must start with a field name`);
      segments.push(Number(match[2]));
    } else {
      if (expectName) throw new DecisionError(field, `cannot read "${path}" at character ${at + 1}`);
      expectName = true;
    }
    at = pattern.lastIndex;
  }
  if (expectName) throw new DecisionError(field, `"${path}" ends with a dot`);
  return segments;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function organisationExists(document: Record<string, unknown>, id: string): boolean {
  const systems = Array.isArray(document.systems) ? document.systems : [];
  return systems.some((system) => isRecord(system) && Array.isArray(system.organisations) && system.organisations.some((organisation) => isRecord(organisation) && organisation.id === id));
}

/**
 * Checks that a lever fits a scenario document: a `path` lever must lead to a
 * number (not a distribution or formula: a lever is one value), and an
 * `extraFunding` lever must name an organisation of the scenario.
 * @throws DecisionError naming the field at fault
 */
export function checkLever(document: unknown, bounded: BoundedLever): void {
  if (!Number.isFinite(bounded.low) || !Number.isFinite(bounded.high)) throw new DecisionError('lever.low', 'the bounds must be finite numbers');
  if (!(bounded.low < bounded.high)) throw new DecisionError('lever.high', `must be above the low bound (${bounded.low}), got ${bounded.high}`);
  checkLeverFits(document, bounded.lever);
}

/**
 * Checks that a lever fits a scenario document, whatever its values.
 * @throws DecisionError naming `field` (default `lever`) when it does not
 */
export function checkLeverFits(document: unknown, lever: Lever, field = 'lever'): void {
  if (!isRecord(document)) throw new DecisionError('document', 'a scenario must be an object');
  if (lever.kind === 'extraFunding') {
    if (!organisationExists(document, lever.organisation)) throw new DecisionError(`${field}.organisation`, `no organisation "${lever.organisation}" in the scenario`);
    return;
  }
  let value: unknown = document;
  const segments = pathSegments(lever.path, `${field}.path`);
  for (const segment of segments) {
    const next = typeof segment === 'number' ? (Array.isArray(value) ? value[segment] : undefined) : isRecord(value) && Object.hasOwn(value, segment) ? value[segment] : undefined;
    if (next === undefined) throw new DecisionError(`${field}.path`, `"${lever.path}" is not in the scenario`);
    value = next;
  }
  if (typeof value !== 'number')
    throw new DecisionError(`${field}.path`, `"${lever.path}" must hold a plain number to be moved (it holds ${isRecord(value) ? 'a distribution or an object' : typeof value})`);
}

/**
 * A copy of the document with the lever at `value`; the document itself is
 * not changed. Call {@link checkLever} first.
 */
export function withLever(document: unknown, lever: Lever, value: number): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  if (lever.kind === 'extraFunding') {
    const interventions = Array.isArray(copy.interventions) ? copy.interventions : [];
    // Names are unique in a scenario: a second funding lever (a grid of two) gets its own.
    const taken = new Set(interventions.map((intervention) => (isRecord(intervention) ? intervention.name : undefined)));
    let name = 'Contingency (lever)';
    for (let count = 2; taken.has(name); count++) name = `Contingency (lever ${count})`;
    copy.interventions = [...interventions, { kind: 'extraFunding', name, organisation: lever.organisation, amount: value }];
    return copy;
  }
  const segments = pathSegments(lever.path);
  let holder = copy as Record<string | number, unknown>;
  for (const segment of segments.slice(0, -1)) holder = holder[segment] as Record<string | number, unknown>;
  holder[segments[segments.length - 1]] = value;
  return copy;
}
