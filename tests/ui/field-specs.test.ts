// The builder's declared forms must name fields the engine's schema has, and
// offer only the choices it accepts: this keeps the forms true as the schema grows.
import { describe, expect, test } from 'vitest';
import { AlternativeSchema, IncentiveFundSchema, InterventionSchema, OrganisationSchema, PlaceSchema, RiskShareSchema, ScenarioSchema, SystemSchema } from '../../engine/index.ts';
import {
  ALTERNATIVE_FIELDS,
  GENERAL_FIELDS,
  INCENTIVE_FUND_FIELDS,
  INTERVENTION_KINDS,
  ORGANISATION_FIELDS,
  PLACE_FIELDS,
  RISK_SHARE_RULES,
  SYSTEM_FIELDS,
  type FieldSpec,
  type Variant,
} from '../../ui/src/builder/field-specs.ts';
import { FAMILIES } from '../../ui/src/builder/parameter.ts';
import { DISTRIBUTION_KINDS } from '../../engine/distributions/distribution.ts';

type Schema = { type?: string; properties?: Record<string, Schema>; anyOf?: Schema[]; const?: unknown; items?: Schema; additionalProperties?: unknown; patternProperties?: Record<string, Schema> };

/** The schema of a dotted key inside an object schema, looking through unions. */
function resolve(schema: Schema, key: string): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const part of key.split('.')) {
    if (!current) return undefined;
    const candidates: Schema[] = current.anyOf ?? [current];
    current = candidates.map((candidate) => candidate.properties?.[part]).find((found) => found !== undefined);
  }
  return current;
}

function literals(schema: Schema): unknown[] {
  return (schema.anyOf ?? [schema]).map((member) => member.const).filter((value) => value !== undefined);
}

function check(fields: readonly FieldSpec[], schema: Schema, where: string): void {
  for (const field of fields) {
    const found = resolve(schema, field.key);
    expect(found, `${where}.${field.key} is not in the schema`).toBeDefined();
    if (field.kind === 'group') check(field.fields, found!, `${where}.${field.key}`);
    if (field.kind === 'list') {
      expect(found!.type, `${where}.${field.key} is a list`).toBe('array');
      check(field.fields, found!.items!, `${where}.${field.key}[]`);
    }
    if (field.kind === 'choice') {
      const allowed = literals(found!);
      if (allowed.length > 0) for (const option of field.options) expect(allowed, `${where}.${field.key} offers ${option.value}`).toContain(option.value);
    }
  }
}

function checkVariants(variants: readonly Variant[], union: Schema, discriminator: string, where: string): void {
  const members = union.anyOf ?? [];
  expect(variants.map((variant) => variant.value).sort()).toEqual(members.map((member) => member.properties?.[discriminator]?.const).sort());
  for (const variant of variants) {
    const member = members.find((candidate) => candidate.properties?.[discriminator]?.const === variant.value)!;
    check(variant.fields, member, `${where}(${variant.value})`);
    expect(Object.keys(variant.initial())).toContain(discriminator);
  }
}

describe('the builder forms follow the engine schema', () => {
  test('every organisation, system and scenario field exists, and every choice is allowed', () => {
    check(ORGANISATION_FIELDS, OrganisationSchema as Schema, 'organisation');
    check(SYSTEM_FIELDS, SystemSchema as Schema, 'system');
    check(GENERAL_FIELDS, ScenarioSchema as Schema, 'scenario');
    check(INCENTIVE_FUND_FIELDS, IncentiveFundSchema as Schema, 'incentiveFund');
    check(ALTERNATIVE_FIELDS, AlternativeSchema as Schema, 'alternative');
  });

  test('a place is edited whole, and an organisation can name its place', () => {
    check(PLACE_FIELDS, PlaceSchema as Schema, 'place');
    expect(PLACE_FIELDS.map((field) => field.key).sort()).toEqual(Object.keys((PlaceSchema as Schema).properties!).sort());
    expect(SYSTEM_FIELDS.find((field) => field.key === 'places')).toMatchObject({ kind: 'list', fields: PLACE_FIELDS });
    expect(ORGANISATION_FIELDS.find((field) => field.key === 'place')?.kind).toBe('place');
  });

  test('one form per risk-share rule and per kind of intervention, no more, no fewer', () => {
    checkVariants(RISK_SHARE_RULES, RiskShareSchema as Schema, 'rule', 'riskShare');
    checkVariants(INTERVENTION_KINDS, InterventionSchema as Schema, 'kind', 'intervention');
  });

  test('the distribution editor offers every family the engine samples', () => {
    expect(FAMILIES.map((family) => family.value).sort()).toEqual([...DISTRIBUTION_KINDS].sort());
  });
});
