// What a solve or a sweep can move and read, offered from the run's own
// scenario and results: every organisation's extra funding, every plain
// number in the scenario, and every result the engine reports per entity.
import { pathSegments } from '../../../engine/decisions/lever.ts';
import { leverTakesWholeNumbers } from '../../../engine/decisions/whole-number-lever.ts';
import { BED_METRIC_CATALOGUE, HEADLINE_BED_METRICS } from '../../../engine/model/beds/bed-metrics.ts';
import type { Results, Scenario } from '../api/types.ts';
import { describePath } from '../builder/issues.ts';

export type LeverWire = { readonly kind: 'extraFunding'; readonly organisation: string } | { readonly kind: 'path'; readonly path: string };

export interface LeverChoice {
  readonly key: string;
  readonly label: string;
  readonly lever: LeverWire;
  /** £m a year for extra funding; empty for a field, in its own unit. */
  readonly unit: string;
  /** Its value in the scenario now (0 for extra funding). */
  readonly current: number;
  readonly low: number;
  readonly high: number;
  /** Whether it takes whole numbers only (beds, caps): its bounds are whole, and the server refuses a value that is not. */
  readonly wholeNumbers: boolean;
}

export interface MeasureChoice {
  readonly key: string;
  readonly label: string;
  readonly entity: string;
  readonly quantity: string;
  readonly format: 'percent' | 'money' | 'count';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields that hold numbers but are not inputs a planner moves (years, counts of trials, identifiers). */
const NOT_LEVERS = /(^|\.)(schemaVersion|firstYear|years|trials|seed|year|startYear|month|startMonth|fromMonth|index)$/;

function numberLeaves(value: unknown, path: string, out: Array<{ path: string; value: number }>, depth: number): void {
  if (depth > 6) return;
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (!NOT_LEVERS.test(path)) out.push({ path, value });
    return;
  }
  if (Array.isArray(value)) value.forEach((item, index) => numberLeaves(item, `${path}[${index}]`, out, depth + 1));
  else if (isRecord(value) && !('dist' in value)) for (const [key, item] of Object.entries(value)) numberLeaves(item, path === '' ? key : `${path}.${key}`, out, depth + 1);
}

const rounded = (value: number) => Number(value.toPrecision(3));

function readablePath(path: string): boolean {
  try {
    pathSegments(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The levers of a scenario: extra funding (£m a year) for each organisation
 * first, then every plain number of the organisations, systems, interventions
 * and parameters, each with bounds to start from (half and one and a half
 * times its value, whole for a count such as beds; 0 to 100 for extra funding).
 */
export function leverChoices(scenario: Scenario): LeverChoice[] {
  const choices: LeverChoice[] = [];
  for (const system of scenario.systems) {
    for (const organisation of system.organisations) {
      choices.push({
        key: `funding:${organisation.id}`,
        label: `Extra funding to ${organisation.name}`,
        lever: { kind: 'extraFunding', organisation: organisation.id },
        unit: '£m a year',
        current: 0,
        low: 0,
        high: 100,
        wholeNumbers: false,
      });
    }
  }
  const leaves: Array<{ path: string; value: number }> = [];
  const document = scenario as unknown as Record<string, unknown>;
  for (const section of ['systems', 'interventions', 'parameters']) if (section in document) numberLeaves(document[section], section, leaves, 0);
  for (const { path, value } of leaves) {
    // A key no lever path can name (not a field or an id) is not offered, rather than refused by the server after it is picked.
    if (!readablePath(path)) continue;
    const lever = { kind: 'path', path } as const;
    const wholeNumbers = leverTakesWholeNumbers(scenario, lever);
    const [half, oneAndAHalf] = [Math.min(value * 0.5, value * 1.5), Math.max(value * 0.5, value * 1.5)];
    // A count's bounds are the whole numbers just outside: 1,059 beds move between 529 and 1,589.
    const [low, high] = value === 0 ? [0, 100] : wholeNumbers ? [Math.floor(half), Math.ceil(oneAndAHalf)] : [rounded(half), rounded(oneAndAHalf)];
    choices.push({ key: `path:${path}`, label: describePath(scenario, path), lever, unit: '', current: value, low, high, wholeNumbers });
  }
  return choices;
}

/**
 * The results a decision can read: for every system and organisation its
 * chance of meeting the control total (after and before risk share), the P10
 * and mean of its variance after risk share and its mean outturn; for every
 * acute trust with beds, the mean of each headline bed figure.
 */
export function measureChoices(results: Results): MeasureChoice[] {
  const choices: MeasureChoice[] = [];
  const entities = results.entities.filter((entity) => entity.kind !== 'reserve');
  // Systems first: the usual question is about the system.
  for (const entity of [...entities.filter((entity) => entity.kind === 'system'), ...entities.filter((entity) => entity.kind !== 'system')]) {
    const add = (quantity: string, words: string, format: MeasureChoice['format']) =>
      choices.push({ key: `${entity.id}:${quantity}`, label: `${entity.name}: ${words}`, entity: entity.id, quantity, format });
    add('meetsAfterRiskShare', 'chance of meeting the control total after risk share', 'percent');
    add('meetsBeforeRiskShare', 'chance of meeting the control total before risk share', 'percent');
    add('postShareVariance.p10', 'variance after risk share, P10 (£m)', 'money');
    add('postShareVariance.mean', 'variance after risk share, mean (£m)', 'money');
    add('outturn.mean', 'outturn, mean (£m)', 'money');
  }
  const bedTrusts = [...new Set(results.beds.map((beds) => beds.entityId))];
  for (const id of bedTrusts) {
    const name = results.entities.find((entity) => entity.id === id)?.name ?? id;
    for (const metric of HEADLINE_BED_METRICS) {
      const info = BED_METRIC_CATALOGUE[metric];
      choices.push({
        key: `${id}:beds.${metric}.mean`,
        label: `${name}: ${info.label.toLowerCase()}, mean`,
        entity: id,
        quantity: `beds.${metric}.mean`,
        format: info.format === 'count' ? 'count' : 'percent',
      });
    }
  }
  return choices;
}

/** Values from low to high in `steps` equal steps, as the server writes a range out. */
export function rangeOf(low: number, high: number, steps: number): number[] {
  return Array.from({ length: steps + 1 }, (_, index) => (index === steps ? high : low + ((high - low) * index) / steps));
}
