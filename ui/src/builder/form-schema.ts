// Forms from the engine's scenario schema. A layout (field-specs.ts) names a
// field by its key and says how it is edited; what the form says about it is
// read here from the schema: its title, help and unit annotations
// (engine/scenario/schema/annotations.ts), whether it may be left out, and the
// range and choices the schema accepts.
import type { TSchema } from '@sinclair/typebox';
import type { OrganisationKind, ParameterSpec } from '../../../engine/index.ts';
import type { Unit } from '../../../engine/scenario/schema/annotations.ts';
import type { ReferenceKind } from './rename.ts';

export type { Unit };

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

export type Parent = Readonly<Record<string, unknown>>;

interface Placed {
  /** Path relative to the object being edited: `cip.plan`. */
  readonly key: string;
  /** Shown only when this holds for the object being edited. */
  readonly when?: (parent: Parent) => boolean;
}

/** Where a field goes and how it is edited: everything the schema does not say. */
export type FieldLayout =
  | (Placed & { readonly kind: 'parameter'; readonly initial: ParameterSpec })
  /** `optionalLabel`: what an optional yearly value left empty means. */
  | (Placed & { readonly kind: 'yearly'; readonly initial: ParameterSpec; readonly optionalLabel?: string })
  | (Placed & { readonly kind: 'number'; readonly initial?: number })
  /** `references`: what refers to this name or id elsewhere in the scenario, so that it follows a rename. */
  | (Placed & { readonly kind: 'text'; readonly multiline?: boolean; readonly references?: ReferenceKind })
  | (Placed & { readonly kind: 'identifier'; readonly references?: ReferenceKind })
  | (Placed & { readonly kind: 'month' })
  | (Placed & { readonly kind: 'choice' })
  | (Placed & { readonly kind: 'boolean'; readonly defaultValue: boolean })
  | (Placed & { readonly kind: 'organisation'; readonly noneLabel?: string; readonly only?: readonly OrganisationKind[] })
  | (Placed & { readonly kind: 'organisations'; readonly only?: readonly OrganisationKind[] })
  /** One of the scenario's systems, by id. */
  | (Placed & { readonly kind: 'system' })
  /** One of the places of the system the organisation belongs to. */
  | (Placed & { readonly kind: 'place'; readonly noneLabel: string })
  | (Placed & { readonly kind: 'amounts' })
  | (Placed & { readonly kind: 'profile'; readonly labels: readonly string[]; readonly initial: number })
  | (Placed & { readonly kind: 'interventionNames' })
  /** Care services of the same system, by id (what a pooled budget pays for). */
  | (Placed & { readonly kind: 'careServices' })
  | (Placed & { readonly kind: 'group'; readonly fields: readonly FieldLayout[]; readonly initial: () => Record<string, unknown> })
  /** A list of like objects (the places of a system), each edited with `fields`; `initial` makes a new one from those there already. */
  | (Placed & {
      readonly kind: 'list';
      /** What one item is called: `place` (`Add a place`, `Place 2`). */
      readonly itemNoun: string;
      readonly fields: readonly FieldLayout[];
      readonly initial: (existing: readonly Parent[]) => Record<string, unknown>;
    });

type Layout<K extends FieldLayout['kind']> = Extract<FieldLayout, { kind: K }>;

/** What the schema says about a field: its title, help, and whether its object may leave it out. */
interface Said {
  readonly label: string;
  readonly help?: string;
  readonly optional: boolean;
}

/** A field as the forms render it: its layout and what the schema says about it. */
export type FieldSpec =
  | (Said & Layout<'parameter' | 'yearly' | 'amounts'> & { readonly unit: Unit })
  | (Said & Layout<'number'> & { readonly unit: Unit; readonly integer: boolean; readonly min?: number; readonly max?: number })
  | (Said & Layout<'choice'> & { readonly options: readonly Choice[] })
  | (Said & Layout<'text' | 'identifier' | 'month' | 'boolean' | 'organisation' | 'organisations' | 'system' | 'place' | 'profile' | 'interventionNames' | 'careServices'>)
  | (Said & Omit<Layout<'group'>, 'fields'> & { readonly fields: readonly FieldSpec[] })
  | (Said & Omit<Layout<'list'>, 'fields'> & { readonly fields: readonly FieldSpec[] });

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** One variant of a discriminated union in the schema (a risk-share rule, an intervention) as laid out here. */
export interface VariantLayout {
  readonly value: string;
  readonly fields: readonly FieldLayout[];
  readonly initial: () => Record<string, unknown>;
}

/** A discriminated union in the schema (risk-share rules, interventions): one form per variant. */
export interface Variant {
  readonly value: string;
  readonly label: string;
  readonly help: string;
  readonly fields: readonly FieldSpec[];
  readonly initial: () => Record<string, unknown>;
}

/** Lays out fields of an object schema, reading what each is called and accepts from the schema. */
export function formFields(schema: SchemaNode, layouts: readonly FieldLayout[], where: string): FieldSpec[] {
  return layouts.map((layout) => formField(schema, layout, where));
}

function formField(parent: SchemaNode, layout: FieldLayout, where: string): FieldSpec {
  const at = `${where}.${layout.key}`;
  const { schema, optional } = schemaField(parent, layout.key, where);
  const said: Said = { label: titleOf(schema, at), help: schema['x-help'], optional };
  switch (layout.kind) {
    case 'parameter':
    case 'yearly':
    case 'amounts':
      return { ...layout, ...said, unit: unitOf(schema, at) };
    case 'number': {
      const number = numberOf(schema);
      return { ...layout, ...said, unit: unitOf(schema, at), integer: number?.type === 'integer', min: number?.minimum, max: number?.maximum };
    }
    case 'choice':
      return { ...layout, ...said, options: choicesOf(schema, at) };
    case 'group':
      return { ...layout, ...said, fields: formFields(schema, layout.fields, at) };
    case 'list':
      if (!schema.items) throw new Error(`${at} is laid out as a list, but the schema does not make it one`);
      return { ...layout, ...said, fields: formFields(schema.items, layout.fields, `${at}[]`) };
    default:
      return { ...layout, ...said };
  }
}

/** One form per variant of a discriminated union, each named and explained by its schema. */
export function formVariants(union: SchemaNode, discriminator: string, layouts: readonly VariantLayout[], where: string): Variant[] {
  return layouts.map((layout) => {
    const member = variantSchema(union, discriminator, layout.value);
    const at = `${where}(${layout.value})`;
    return { value: layout.value, label: titleOf(member, at), help: member['x-help'] ?? '', fields: formFields(member, layout.fields, at), initial: layout.initial };
  });
}

/** The hint beside a plain number: its unit, and a rate or share read as a percentage. */
export function unitText(unit: Unit, value: unknown): string {
  const percent = typeof value === 'number' && Number.isFinite(value) ? `${Math.round(value * 10000) / 100}%` : undefined;
  switch (unit) {
    case 'money':
      return '£m';
    case 'rate':
      return percent ? `= ${percent} a year` : 'a year (0.03 = 3%)';
    case 'share':
      return percent ? `= ${percent}` : '0 to 1 (0.5 = 50%)';
    case 'pounds':
      return '£';
    case 'days':
      return 'days';
    case 'count':
    case 'plain':
      return '';
  }
}
