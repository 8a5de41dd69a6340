import type { TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ScenarioSchema } from '../scenario/schema/index.ts';
import { pathSegments, type Lever } from './lever.ts';

type SchemaNode = TSchema & { anyOf?: SchemaNode[]; oneOf?: SchemaNode[]; properties?: Record<string, SchemaNode>; items?: SchemaNode; type?: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The branch of a union that the document's value at this place matches (the first, as validation reads it); the node itself when it is not a union. */
function branchFor(node: SchemaNode, value: unknown): SchemaNode | undefined {
  const options = node.anyOf ?? node.oneOf;
  if (!options) return node;
  return options.find((option) => Value.Check(option, value));
}

/** Whether a number's schema takes whole numbers only: an integer, or a union whose every numeric branch is one. */
function wholeOnly(node: SchemaNode): boolean {
  const options = node.anyOf ?? node.oneOf;
  if (!options) return node.type === 'integer';
  const numeric = options.filter((option) => option.type === 'integer' || option.type === 'number');
  return numeric.length > 0 && numeric.every((option) => option.type === 'integer');
}

/**
 * Whether a lever moves a field that takes whole numbers only (core beds,
 * beds closed, an escalation cap), read from the scenario schema along the
 * lever's path in this document. A solve on such a lever bisects on whole
 * numbers and a sweep's values must be whole, so no candidate is a scenario
 * that validation would refuse. Extra funding (£m) is never whole-only.
 * Call after {@link checkLeverFits}: the path must lead to a number.
 */
export function leverTakesWholeNumbers(document: unknown, lever: Lever): boolean {
  if (lever.kind === 'extraFunding') return false;
  let node: SchemaNode | undefined = ScenarioSchema as SchemaNode;
  let value: unknown = document;
  for (const segment of pathSegments(lever.path)) {
    node = branchFor(node, value);
    if (!node) return false;
    if (typeof segment === 'number') {
      if (!Array.isArray(value) || !node.items) return false;
      node = node.items;
      value = value[segment];
    } else {
      if (!isRecord(value) || !node.properties?.[segment]) return false;
      node = node.properties[segment];
      value = value[segment];
    }
  }
  return wholeOnly(node);
}
