// The hostile requests of issue 18, each a single request that once froze
// or crashed the server, built at the size that did it. Used by
// bench/hostile.ts (times and response sizes) and by tests/api/hostile.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText } from '../engine/index.ts';

const ROOT = join(import.meta.dirname, '..');

/** One request: what it is, and what app.inject sends. */
export interface HostileRequest {
  readonly name: string;
  readonly url: string;
  readonly payload: string;
}

/** The teaching preset as a document to mutate. */
export function teachingDocument(): Record<string, unknown> {
  const parsed = parseScenarioText(readFileSync(join(ROOT, 'scenarios', 'teaching.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error('teaching.yaml does not parse');
  return parsed.document as Record<string, unknown>;
}

/** Saving a document: refused (400) with its issues. */
const validate = (name: string, document: unknown): HostileRequest => ({ name, url: '/api/scenarios', payload: JSON.stringify({ document }) });

/** A YAML map of `keys` keys, imported as text. */
export function yamlManyKeys(keys: number): HostileRequest {
  const lines: string[] = [];
  for (let index = 0; index < keys; index++) lines.push(`k${index}: ${index}`);
  return { name: `import: YAML map of ${keys.toLocaleString('en-GB')} keys`, url: '/api/scenarios/import', payload: JSON.stringify({ text: lines.join('\n') }) };
}

/** correlation.drivers listing `names` distinct names. */
export function manyCorrelationDrivers(names: number): HostileRequest {
  const document = teachingDocument();
  document.correlation = { drivers: Array.from({ length: names }, (_, index) => `d${index}`), matrix: [] };
  return validate(`save: correlation.drivers of ${names.toLocaleString('en-GB')} names`, document);
}

/** `count` organisations that are each a number (five issues apiece once). */
export function junkOrganisations(count: number): HostileRequest {
  const document = teachingDocument();
  const systems = document.systems as Array<Record<string, unknown>>;
  systems[0] = { ...systems[0], organisations: Array.from({ length: count }, () => 1) };
  return validate(`save: ${count.toLocaleString('en-GB')} junk organisations`, document);
}

/** JSON arrays nested `depth` deep as the document. */
export function deepJson(depth: number): HostileRequest {
  return { name: `save: JSON nested ${depth.toLocaleString('en-GB')} deep`, url: '/api/validate', payload: `{"document":${'['.repeat(depth)}${']'.repeat(depth)}}` };
}

/** A parameter whose formula is `1+1+…` of `terms` terms. */
export function longFormula(terms: number): HostileRequest {
  const document = teachingDocument();
  document.parameters = { ...(document.parameters as object), long: Array.from({ length: terms }, () => '1').join('+') };
  return validate(`save: formula of ${terms.toLocaleString('en-GB')} terms`, document);
}

/** A parameter whose formula is `not not … 1`. */
export function manyNots(count: number): HostileRequest {
  const document = teachingDocument();
  document.parameters = { ...(document.parameters as object), negated: `${'not '.repeat(count)}1` };
  return validate(`save: formula of ${count.toLocaleString('en-GB')} nots`, document);
}

/** A correlation block of `size` drivers whose matrix is not symmetric. */
export function asymmetricMatrix(size: number): HostileRequest {
  const document = teachingDocument();
  const drivers: Record<string, unknown> = {};
  for (let index = 0; index < size; index++) drivers[`d${index}`] = { dist: 'normal', mean: 0, sd: 1 };
  document.drivers = drivers;
  document.correlation = {
    drivers: Object.keys(drivers),
    matrix: Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => (row === column ? 1 : row < column ? 0.5 : 0.1))),
  };
  return validate(`save: ${size}×${size} asymmetric correlation matrix`, document);
}

/** Every case at the size the issue reported. */
export function hostileRequests(): HostileRequest[] {
  return [yamlManyKeys(100_000), manyCorrelationDrivers(200_000), junkOrganisations(100_000), deepJson(10_000), longFormula(8000), manyNots(5000), asymmetricMatrix(700)];
}
