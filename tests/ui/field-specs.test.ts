// The builder's forms and the engine's schema, both ways: every field of the
// schema has a form (or a section of its own), every form field is a field
// of the schema, and what a form calls a field comes from the schema.
import { Type } from '@sinclair/typebox';
import { describe, expect, test } from 'vitest';
import { InterventionSchema, OrganisationSchema, RiskShareSchema, ScenarioSchema } from '../../engine/index.ts';
import { FORMS, INTERVENTION_KINDS, NAMED_EDITORS, ORGANISATION_FIELDS, RISK_SHARE_RULES, type FieldSpec } from '../../ui/src/builder/field-specs.ts';
import { formFields, node, numberOf, schemaField, type SchemaNode } from '../../ui/src/builder/form-schema.ts';
import { FAMILIES } from '../../ui/src/builder/parameter.ts';
import { DISTRIBUTION_KINDS } from '../../engine/distributions/distribution.ts';

const join = (prefix: string, key: string) => (prefix === '' ? key : `${prefix}.${key}`);

/**
 * Every field a scenario can hold, as a path with `[]` for every item of a
 * list and `(value)` for a variant of a discriminated union: a numeric
 * parameter, a yearly value, a plain value or a list of plain values. Objects
 * are followed into their fields; a variant's discriminator is its form's own
 * choice, so it is not listed.
 */
function schemaLeaves(schema: SchemaNode, path: string, into: string[] = []): string[] {
  if (schema['x-parameter'] || schema['x-yearly']) {
    into.push(path);
    return into;
  }
  const discriminator = schema['x-discriminator'];
  if (discriminator) {
    for (const member of schema.anyOf ?? []) {
      const variant = `${path}(${String(member.properties![discriminator].const)})`;
      for (const [key, field] of Object.entries(member.properties!)) if (key !== discriminator) schemaLeaves(field, join(variant, key), into);
    }
    return into;
  }
  if (schema.type === 'object' && schema.properties) {
    for (const [key, field] of Object.entries(schema.properties)) schemaLeaves(field, join(path, key), into);
    return into;
  }
  if (schema.type === 'array' && schema.items && (schema.items.type === 'object' || schema.items['x-discriminator'])) return schemaLeaves(schema.items, `${path}[]`, into);
  into.push(path);
  return into;
}

/** Every field the declared forms show, as paths in the same words. */
function formLeaves(fields: readonly FieldSpec[], prefix: string, into: string[] = []): string[] {
  for (const field of fields) {
    const path = join(prefix, field.key);
    if (field.kind === 'group') formLeaves(field.fields, path, into);
    else if (field.kind === 'list') formLeaves(field.fields, `${path}[]`, into);
    else into.push(path);
  }
  return into;
}

function everyFormLeaf(): string[] {
  return FORMS.flatMap((form) => (form.fields ? formLeaves(form.fields, form.at) : form.variants!.flatMap((variant) => formLeaves(variant.fields, `${form.at}(${variant.value})`))));
}

const withNamedEditor = (path: string) => Object.keys(NAMED_EDITORS).some((editor) => path === editor || path.startsWith(`${editor}.`) || path.startsWith(`${editor}[`));

/** The schema of a leaf path (`systems[].organisations[].cip.plan`, `interventions[](closeBeds).beds`). */
function schemaAt(path: string): SchemaNode {
  let current = node(ScenarioSchema);
  for (const step of path.match(/[^.[\]()]+|\[\]|\([^)]*\)/g)!) {
    if (step === '[]') current = current.items!;
    else if (step.startsWith('(')) current = current.anyOf!.find((member) => Object.values(member.properties!).some((field) => field.const === step.slice(1, -1)))!;
    else current = schemaField(current, step, path).schema;
  }
  return current;
}

describe('the builder forms and the engine schema, both ways', () => {
  const schema = schemaLeaves(node(ScenarioSchema), '');
  const forms = everyFormLeaf();

  test('every field of the schema has a form field or an editor of its own', () => {
    const missing = schema.filter((path) => !withNamedEditor(path) && !forms.includes(path));
    expect(missing).toEqual([]);
  });

  test('every form field is a field of the schema, shown once', () => {
    expect(forms.filter((path) => !schema.includes(path))).toEqual([]);
    expect(forms.filter((path, index) => forms.indexOf(path) !== index)).toEqual([]);
  });

  test('every editor of its own edits a part of the schema that no form also shows', () => {
    for (const editor of Object.keys(NAMED_EDITORS)) {
      expect(
        schema.some((path) => path === editor || path.startsWith(`${editor}.`)),
        `${editor} is in the schema`,
      ).toBe(true);
      expect(forms.filter(withNamedEditor)).toEqual([]);
    }
  });

  test("each field's editor fits what the schema accepts there", () => {
    const shapes: Record<string, (found: SchemaNode) => boolean> = {
      parameter: (found) => found['x-parameter'] === true,
      yearly: (found) => found['x-yearly'] === true,
      number: (found) => numberOf(found) !== undefined,
      boolean: (found) => found.type === 'boolean',
      text: (found) => found.type === 'string',
      identifier: (found) => found.type === 'string',
      month: (found) => found.type === 'string',
      organisation: (found) => found.type === 'string',
      place: (found) => found.type === 'string',
      system: (found) => found.type === 'string',
      organisations: (found) => found.type === 'array' && found.items?.type === 'string',
      interventionNames: (found) => found.type === 'array' && found.items?.type === 'string',
      careServices: (found) => found.type === 'array' && found.items?.type === 'string',
      profile: (found) => found.type === 'array' && found.items?.type === 'number',
      amounts: (found) => found.type === 'object' && found.patternProperties !== undefined,
      choice: (found) => (found.anyOf ?? []).some((member) => typeof member.const === 'string'),
    };
    const misfits: string[] = [];
    const visit = (fields: readonly FieldSpec[], prefix: string) => {
      for (const field of fields) {
        const path = join(prefix, field.key);
        if (field.kind === 'group') visit(field.fields, path);
        else if (field.kind === 'list') visit(field.fields, `${path}[]`);
        else if (!shapes[field.kind](schemaAt(path))) misfits.push(`${path} (${field.kind})`);
      }
    };
    for (const form of FORMS) {
      if (form.fields) visit(form.fields, form.at);
      else for (const variant of form.variants!) visit(variant.fields, `${form.at}(${variant.value})`);
    }
    expect(misfits).toEqual([]);
  });

  test('one form per risk-share rule and per kind of intervention, no more, no fewer', () => {
    const values = (union: SchemaNode, key: string) => (union.anyOf ?? []).map((member) => member.properties![key].const).sort();
    expect(RISK_SHARE_RULES.map((rule) => rule.value).sort()).toEqual(values(node(RiskShareSchema), 'rule'));
    expect(INTERVENTION_KINDS.map((kind) => kind.value).sort()).toEqual(values(node(InterventionSchema), 'kind'));
    for (const rule of RISK_SHARE_RULES) expect(rule.initial()).toMatchObject({ rule: rule.value });
    for (const kind of INTERVENTION_KINDS) expect(kind.initial()).toMatchObject({ kind: kind.value });
  });

  test('the distribution editor offers every family the engine samples', () => {
    expect(FAMILIES.map((family) => family.value).sort()).toEqual([...DISTRIBUTION_KINDS].sort());
  });
});

describe('a form reads what it says from the schema', () => {
  const cip = ORGANISATION_FIELDS.find((field) => field.key === 'cip');

  test("a savings plan's ceiling has its form, named, explained and read as a share", () => {
    if (cip?.kind !== 'group') throw new Error('the savings plan is a group of fields');
    expect(cip.fields.map((field) => field.key)).toEqual(['plan', 'delivery', 'ceiling', 'recurrent']);
    expect(cip.fields.find((field) => field.key === 'ceiling')).toMatchObject({ kind: 'parameter', label: 'Most that can be saved in a year', unit: 'share', optional: true });
    expect(cip.fields.find((field) => field.key === 'ceiling')?.help).toContain('ceiling × (1 − e^(−plan ÷ ceiling)), never above it');
  });

  test('title, help, unit, range and whether it may be left out all come from the schema', () => {
    const schema = Type.Object({
      beds: Type.Integer({ minimum: 1, maximum: 50, title: 'Beds', 'x-help': 'Open at the start', 'x-unit': 'count' }),
      note: Type.Optional(Type.String({ title: 'Note' })),
      model: Type.Union([Type.Literal('block', { title: 'Block' }), Type.Literal('activity', { title: 'Activity' })], { title: 'Payment model' }),
    });
    const [beds, note, model] = formFields(
      node(schema),
      [
        { kind: 'number', key: 'beds' },
        { kind: 'text', key: 'note' },
        { kind: 'choice', key: 'model' },
      ],
      'test',
    );
    expect(beds).toEqual({ kind: 'number', key: 'beds', label: 'Beds', help: 'Open at the start', optional: false, unit: 'count', integer: true, min: 1, max: 50 });
    expect(note).toMatchObject({ label: 'Note', optional: true });
    expect(model).toMatchObject({
      label: 'Payment model',
      options: [
        { value: 'block', label: 'Block' },
        { value: 'activity', label: 'Activity' },
      ],
    });
  });

  test('a form cannot name a field the schema lacks, nor show one the schema gives no title or unit', () => {
    const schema = node(Type.Object({ plain: Type.Number(), titled: Type.Number({ title: 'Titled' }) }));
    expect(() => formFields(schema, [{ kind: 'number', key: 'missing' }], 'test')).toThrow('names missing, which the scenario schema does not have');
    expect(() => formFields(schema, [{ kind: 'number', key: 'plain' }], 'test')).toThrow('gives test.plain no title');
    expect(() => formFields(schema, [{ kind: 'number', key: 'titled' }], 'test')).toThrow('gives test.titled no unit');
  });

  test('the organisation form reads the same titles as the schema it edits', () => {
    const organisation = node(OrganisationSchema);
    for (const field of ORGANISATION_FIELDS) expect(field.label).toBe(schemaField(organisation, field.key, 'organisation').schema.title);
  });
});
