// Reads what a form says about a field from the engine's scenario schema:
// the title, help and unit annotations (engine/scenario/schema/annotations.ts),
// whether the field may be left out, and the range and choices the schema
// accepts. The builder's layouts (field-specs.ts) name fields by key only.
import type { TSchema } from '@sinclair/typebox';
import type { Unit } from '../../../engine/scenario/schema/annotations.ts';

/** The parts of a JSON schema the builder reads. */
export interface SchemaNode {
  readonly type?: string;
  readonly title?: string;
  readonly 'x-help'?: string;
  readonly 'x-unit'?: Unit;
  readonly 'x-parameter'?: boolean;
  readonly 'x-yearly'?: boolean;
  readonly 'x-discriminator'?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly anyOf?: readonly SchemaNode[];
  readonly items?: SchemaNode;
  readonly patternProperties?: Readonly<Record<string, SchemaNode>>;
  readonly const?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
}

export const node = (schema: TSchema): SchemaNode => schema as unknown as SchemaNode;

/** A field found in the schema: its own schema, and whether its object may leave it out. */
export interface SchemaField {
  readonly schema: SchemaNode;
  readonly optional: boolean;
}

/**
 * The schema of a dotted key (`income.contract`, `cip.plan`) inside an object
 * schema, looking through unions; the field is optional when its last step is.
 * Throws when the schema has no such field, so a form cannot name a field the
 * engine does not read.
 */
export function schemaField(schema: SchemaNode, key: string, where: string): SchemaField {
  let current: SchemaNode = schema;
  let optional = false;
  for (const part of key.split('.')) {
    const owner = (current.anyOf ?? [current]).find((candidate) => candidate.properties?.[part] !== undefined);
    const found = owner?.properties?.[part];
    if (!owner || !found) throw new Error(`The builder's form ${where} names ${key}, which the scenario schema does not have`);
    optional = !(owner.required ?? []).includes(part);
    current = found;
  }
  return { schema: current, optional };
}

/** The member of a discriminated union whose discriminator is `value`. */
export function variantSchema(union: SchemaNode, discriminator: string, value: string): SchemaNode {
  const member = (union.anyOf ?? []).find((candidate) => candidate.properties?.[discriminator]?.const === value);
  if (!member) throw new Error(`The scenario schema has no ${discriminator} ${value}`);
  return member;
}

/** The title a form shows; every field a form shows has one. */
export function titleOf(schema: SchemaNode, where: string): string {
  if (!schema.title) throw new Error(`The scenario schema gives ${where} no title for its form`);
  return schema.title;
}

/** The unit of a number; every number a form shows has one. */
export function unitOf(schema: SchemaNode, where: string): Unit {
  const unit = schema['x-unit'] ?? (schema.anyOf ?? []).find((member) => member['x-unit'])?.['x-unit'];
  if (!unit) throw new Error(`The scenario schema gives ${where} no unit for its form`);
  return unit;
}

/** The plain number a schema accepts (itself, or the number in a union of a number and a record). */
export function numberOf(schema: SchemaNode): SchemaNode | undefined {
  return [schema, ...(schema.anyOf ?? [])].find((member) => member.type === 'number' || member.type === 'integer');
}

/** The literal choices of a union, each with its title. */
export function choicesOf(schema: SchemaNode, where: string): { value: string; label: string }[] {
  const literals = (schema.anyOf ?? [schema]).filter((member) => typeof member.const === 'string');
  if (literals.length === 0) throw new Error(`The scenario schema gives ${where} no choices`);
  return literals.map((member) => ({ value: member.const as string, label: titleOf(member, `${where} = ${String(member.const)}`) }));
}
