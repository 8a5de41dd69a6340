import type { TSchema } from '@sinclair/typebox';
import { childPath } from './json-path.ts';
import type { ParameterSpec } from './schema/parameter.ts';

type SchemaNode = TSchema & Record<string, unknown>;

/** Where a numeric parameter sits in a scenario. */
export interface ParameterLocation {
  readonly path: string;
  readonly value: ParameterSpec;
}

/**
 * Visits every numeric parameter in a document, guided by the schema: a node
 * tagged `x-parameter` is a parameter, a node tagged `x-yearly` holds one or a
 * list of them, and discriminated unions are followed into the variant the
 * document names. Parts of the document that do not fit the schema are skipped
 * (the structural check reports them). Keeping this walk schema-driven means a
 * new parameter field needs no change here.
 */
export function walkParameters(schema: TSchema, value: unknown, visit: (location: ParameterLocation) => void, path = ''): void {
  const node = schema as SchemaNode;
  if (node['x-parameter']) {
    visit({ path, value: value as ParameterSpec });
    return;
  }
  if (node['x-yearly']) {
    if (Array.isArray(value)) value.forEach((item, index) => visit({ path: childPath(path, index), value: item as ParameterSpec }));
    else visit({ path, value: value as ParameterSpec });
    return;
  }
  if (value === null || value === undefined) return;
  const discriminator = node['x-discriminator'];
  if (typeof discriminator === 'string') {
    if (typeof value !== 'object') return;
    const chosen = (value as Record<string, unknown>)[discriminator];
    const variant = (node.anyOf as SchemaNode[]).find((option) => (option.properties as Record<string, SchemaNode>)[discriminator]?.const === chosen);
    if (variant) walkParameters(variant, value, visit, path);
    return;
  }
  if (node.type === 'array' && Array.isArray(value)) {
    value.forEach((item, index) => walkParameters(node.items as TSchema, item, visit, childPath(path, index)));
    return;
  }
  if (node.type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const properties = node.properties as Record<string, TSchema> | undefined;
    if (properties) {
      for (const [key, child] of Object.entries(properties)) {
        if (key in record) walkParameters(child, record[key], visit, childPath(path, key));
      }
    }
    const patterns = node.patternProperties as Record<string, TSchema> | undefined;
    if (patterns) {
      const [itemSchema] = Object.values(patterns);
      for (const [key, child] of Object.entries(record)) walkParameters(itemSchema, child, visit, childPath(path, key));
    }
  }
}
