import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema } from './parameter.ts';
import { IdSchema, LabelSchema, ShareSchema, literalUnion } from './identifier.ts';
import { PaymentModelSchema } from './organisation.ts';
import { annotate } from './annotations.ts';
import { CLOSURE_SHARING_RULES } from '../../model/beds/share-closure.ts';
import { LengthOfStaySchema } from './beds.ts';

/** A month, 'YYYY-MM'; financial years start in April. */
export const MonthSchema = Type.String({ pattern: '^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])$', description: 'a month written YYYY-MM, e.g. 2026-04' });

const common = {
  name: Type.Optional(annotate(LabelSchema, { title: 'Name', help: 'Alternatives leave interventions out by name' })),
  from: Type.Optional(annotate(MonthSchema, { title: 'From month', help: 'Financial years start in April. Empty: from the start.' })),
};

const organisation = (title: string) => annotate(IdSchema, { title });
const trusts = (description: string) => Type.Array(IdSchema, { minItems: 1, description, title: 'Acute trusts it serves' });
const rampUpMonths = Type.Optional(Type.Integer({ minimum: 0, maximum: 60, title: 'Months to full effect', 'x-unit': 'plain' }));
const annualCost = Type.Optional(annotate(ParameterSchema, { title: 'Annual cost', unit: 'money' }));
const paidBy = Type.Optional(organisation('Paid for by'));
const amount = annotate(ParameterSchema, { title: 'Amount', unit: 'money' });

/** Dated changes to the plan. */
export const InterventionSchema = Type.Union(
  [
    Type.Object(
      { kind: Type.Literal('budgetTransfer'), ...common, fromOrganisation: organisation('From'), toOrganisation: organisation('To'), amount },
      {
        additionalProperties: false,
        description: 'Move £m a year of budget from one organisation to another (e.g. a CCG paying into an acute trust)',
        title: 'Budget transfer',
        'x-help': 'Move £m a year from one organisation to another (e.g. a CCG paying into an acute trust).',
      },
    ),
    Type.Object(
      {
        kind: Type.Literal('paymentModelChange'),
        ...common,
        organisation: organisation('Organisation'),
        paymentModel: annotate(PaymentModelSchema, { title: 'New payment model' }),
        fixedShare: Type.Optional(annotate(ShareSchema, { title: 'Fixed share', unit: 'share' })),
      },
      {
        additionalProperties: false,
        description: "Change an organisation's contract payment model",
        title: 'Change of payment model',
        'x-help': "Change an organisation's contract payment model from a month.",
      },
    ),
    Type.Object(
      { kind: Type.Literal('extraFunding'), ...common, organisation: organisation('Paid to'), amount },
      {
        additionalProperties: false,
        description: 'Non-recurrent money from outside the system, £m a year (deficit support, contingency)',
        title: 'Extra funding',
        'x-help': 'Non-recurrent money from outside the system (deficit support, contingency).',
      },
    ),
    Type.Object(
      {
        kind: Type.Literal('closeBeds'),
        ...common,
        organisation: organisation('Acute trust'),
        beds: Type.Integer({ minimum: 1, maximum: 20000, title: 'Beds closed', 'x-unit': 'count' }),
        savingRealisation: Type.Optional(annotate(ParameterSchema, { title: 'Share of the planned saving that is real', unit: 'share' })),
      },
      {
        additionalProperties: false,
        description:
          "Close beds at an acute trust from a month. The plan books a saving of the trust's cost per bed day for each closed bed; savingRealisation is the share of it that is real (default 1)",
        title: 'Close beds',
        'x-help': 'Close beds at an acute trust; the plan books a saving per bed day, of which only a share may be real.',
      },
    ),
    Type.Object(
      {
        kind: Type.Literal('openBeds'),
        ...common,
        organisation: organisation('Acute trust'),
        beds: Type.Integer({ minimum: 1, maximum: 20000, title: 'Beds opened', 'x-unit': 'count' }),
      },
      {
        additionalProperties: false,
        description: "Open beds at an acute trust from a month, at the trust's cost per bed day",
        title: 'Open beds',
        'x-help': "Open beds at an acute trust, at the trust's cost per bed day.",
      },
    ),
    Type.Object(
      {
        kind: Type.Literal('closeBedsAcrossSystem'),
        ...common,
        system: annotate(IdSchema, { title: 'System', help: "The system whose acute trusts' beds close" }),
        beds: Type.Integer({ minimum: 1, maximum: 100000, title: 'Beds closed across the system', 'x-unit': 'count' }),
        sharedBy: Type.Optional(
          annotate(
            literalUnion(
              CLOSURE_SHARING_RULES,
              { description: "coreBeds: in proportion to each acute trust's core beds (default); equal: the same number at each" },
              { coreBeds: 'In proportion to core beds', equal: 'The same number at each trust' },
            ),
            { title: 'Shared among the trusts' },
          ),
        ),
        savingRealisation: Type.Optional(annotate(ParameterSchema, { title: 'Share of the planned saving that is real', unit: 'share' })),
      },
      {
        additionalProperties: false,
        description:
          "Close a number of beds across a system's acute trusts from a month, shared in whole beds by their core beds (or equally); each trust's share is booked as its own closure, at its own cost per bed day, with one savingRealisation for all (default 1)",
        title: 'Close beds across the system',
        'x-help': "Close beds across a system's acute trusts, shared by their bed base (or equally); each trust books its share as a closure.",
      },
    ),
    Type.Object(
      {
        kind: Type.Literal('admissionAvoidance'),
        ...common,
        organisations: trusts('Acute trusts whose emergency admissions the scheme is meant to avoid'),
        claimedReduction: annotate(ParameterSchema, { title: 'Claimed reduction in emergency admissions', unit: 'share' }),
        realisation: annotate(ParameterSchema, { title: 'Share of the claim that comes true', unit: 'share' }),
        rampUpMonths,
        annualCost,
        paidBy,
        targetGroup: Type.Optional(
          Type.Object(
            {
              share: annotate(ParameterSchema, { title: 'Share of emergency admissions it can reach', unit: 'share' }),
              stay: annotate(LengthOfStaySchema, { title: "The group's length of stay" }),
            },
            {
              additionalProperties: false,
              title: 'Patients it is aimed at',
              description:
                "The admissions the scheme can reach (a share of all emergency admissions) and their own length of stay. Avoided patients come from this group, so the bed-days freed are the avoided admissions × the group's mean stay; the others stay so that, with no scheme, all admissions still stay as the trust's emergency stay says. Without it, avoided patients are average patients",
              'x-help':
                "Avoidable admissions are mostly short stays (ambulatory-care-sensitive conditions, short frailty stays). The avoided patients come from this group and free its bed-days, not an average patient's. Share × mean stay must be below the trust's emergency mean stay.",
            },
          ),
        ),
      },
      {
        additionalProperties: false,
        description:
          'An out-of-hospital scheme claimed to avoid a share of emergency admissions; realisation is the share of the claim that comes true; annualCost (£m) is paid by paidBy; targetGroup names the patients it can reach and their stay (default: average patients)',
        title: 'Admission avoidance scheme',
        'x-help': 'An out-of-hospital scheme claimed to avoid a share of emergency admissions; only part of the claim may come true.',
      },
    ),
    Type.Object(
      {
        kind: Type.Literal('lengthOfStayReduction'),
        ...common,
        organisations: trusts('Acute trusts whose emergency stays it shortens'),
        claimedDaysOff: Type.Optional(annotate(ParameterSchema, { title: 'Claimed days off the emergency mean stay', unit: 'days' })),
        claimedShareOff: Type.Optional(annotate(ParameterSchema, { title: 'Claimed share off the emergency mean stay', unit: 'share' })),
        realisation: annotate(ParameterSchema, { title: 'Share of the claim that comes true', unit: 'share' }),
        rampUpMonths,
        annualCost,
        paidBy,
      },
      {
        additionalProperties: false,
        description:
          'A scheme claimed to shorten emergency stays (ward rounds, same-day emergency care, discharge to assess) from a month: claimedDaysOff days or claimedShareOff of the emergency mean stay (give one), of which a share realisation comes true, rising over rampUpMonths; every emergency stay is scaled by the same factor. Fewer bed-days save money only through what the scenario prices: escalation beds not opened and operations not cancelled (and any beds a closeBeds intervention takes out); annualCost (£m) is paid by paidBy',
        title: 'Length-of-stay reduction',
        'x-help': 'Shorten emergency stays by days or a share of the mean stay. The beds it frees save money only through escalation beds not opened and operations not cancelled, or beds you close.',
      },
    ),
    Type.Object(
      {
        kind: Type.Literal('dischargeImprovement'),
        ...common,
        organisations: trusts('Acute trusts whose delayed discharges it reduces'),
        claimedDelayedShareReduction: Type.Optional(
          annotate(ParameterSchema, { title: 'Claimed fall in the share of patients delayed', help: '0.3: three in ten fewer patients delayed', unit: 'share' }),
        ),
        claimedExtraDaysReduction: Type.Optional(annotate(ParameterSchema, { title: 'Claimed fall in the extra days of a delay', help: '0.3: delays three tenths shorter', unit: 'share' })),
        realisation: annotate(ParameterSchema, { title: 'Share of the claim that comes true', unit: 'share' }),
        rampUpMonths,
        annualCost,
        paidBy,
      },
      {
        additionalProperties: false,
        description:
          'A scheme claimed to cut delayed discharges (social care capacity, discharge to assess) from a month: the share of patients delayed and/or the mean extra days fall by the claimed shares (give at least one), of which a share realisation comes true, rising over rampUpMonths. As for a length-of-stay scheme, the bed-days it frees save money only through escalation and cancellations; annualCost (£m) is paid by paidBy',
        title: 'Discharge improvement',
        'x-help': 'Fewer patients delayed once fit to leave, or shorter delays. The beds it frees save money only through escalation beds not opened and operations not cancelled, or beds you close.',
      },
    ),
    Type.Object(
      {
        kind: Type.Literal('boundaryShift'),
        ...common,
        service: annotate(IdSchema, { title: 'Care service', help: 'The id of a care service of the system' }),
        to: annotate(
          literalUnion(
            ['council', 'nhs'] as const,
            { description: 'council: NHS-funded users become council-funded (and means-tested); nhs: back' },
            { council: 'From the NHS to the council', nhs: 'From the council to the NHS' },
          ),
          {
            title: 'Direction',
          },
        ),
        share: annotate(ParameterSchema, { title: 'Share re-designated', help: 'Of the users on the side it moves from (1: all of them)', unit: 'share' }),
      },
      {
        additionalProperties: false,
        description:
          "Re-designate a share of a care service's users from NHS to council funding (continuing healthcare reassessed as social care), or back, from a month; council-funded users pay by the means test, so part of the cost moves onto them",
        title: 'Boundary shift (health ↔ social care)',
        'x-help': 'Move a share of a care service from NHS funding (free) to council funding (means-tested), or back, from a month.',
      },
    ),
  ],
  { 'x-discriminator': 'kind' },
);

export type InterventionSpec = Static<typeof InterventionSchema>;
