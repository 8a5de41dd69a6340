import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema } from './parameter.ts';
import { IdSchema, LabelSchema, literalUnion } from './identifier.ts';
import { annotate } from './annotations.ts';

/** The kinds of care service a council or an ICB funds. */
export const CARE_SERVICE_KINDS = ['homeCare', 'residentialCare', 'nursingCare', 'reablement', 'continuingHealthcare', 'intermediateCare'] as const;
export type CareServiceKind = (typeof CARE_SERVICE_KINDS)[number];

/** Who funds a care service: the NHS (free at the point of use) or a council (means-tested). */
export const CARE_FUNDERS = ['nhs', 'council'] as const;
export type CareFunder = (typeof CARE_FUNDERS)[number];

const CareFunderSchema = annotate(
  literalUnion(
    CARE_FUNDERS,
    { description: 'nhs: paid by the ICB, free to the person; council: paid by the council, means-tested' },
    { nhs: 'The NHS (free to the person)', council: 'The council (means-tested)' },
  ),
  { title: 'Funded by' },
);

/**
 * The means test for council-funded users: a share pay the whole cost
 * themselves (self-funders), a share contribute a weekly amount, the rest pay
 * nothing. Shares are of the users the council funds.
 */
export const CareChargingSchema = Type.Object(
  {
    selfFunderShare: annotate(ParameterSchema, { title: 'Share of users who pay in full', help: 'Self-funders: their capital or income is above the upper limit of the means test', unit: 'share' }),
    contributorShare: annotate(ParameterSchema, { title: 'Share of users who contribute', help: 'Users the council supports who pay part of the cost from their income', unit: 'share' }),
    averageContribution: annotate(ParameterSchema, { title: 'Average weekly contribution', help: 'What each contributor pays a week, £ (never more than the weekly cost)', unit: 'pounds' }),
  },
  {
    additionalProperties: false,
    title: 'Charging (the means test)',
    description: 'How council-funded users pay towards their care; without it the council pays the whole cost (as for reablement, free for up to six weeks). NHS-funded users never pay.',
  },
);

/** A care service of a system: its users, their weekly cost, who funds it and how users are charged. */
export const CareServiceSchema = Type.Object(
  {
    id: annotate(IdSchema, { title: 'Short id', help: 'A boundary shift names the service by this' }),
    name: annotate(LabelSchema, { title: 'Name of the service' }),
    kind: annotate(
      literalUnion(
        CARE_SERVICE_KINDS,
        { description: 'The kind of care' },
        {
          homeCare: 'Home care',
          residentialCare: 'Residential care home',
          nursingCare: 'Nursing home',
          reablement: 'Reablement',
          continuingHealthcare: 'NHS continuing healthcare',
          intermediateCare: 'Intermediate care',
        },
      ),
      { title: 'Kind of care' },
    ),
    users: annotate(ParameterSchema, { title: 'Users', help: 'People who need the service in the baseline year (the year before the first modelled year)', unit: 'count' }),
    usersGrowth: Type.Optional(annotate(ParameterSchema, { title: 'Growth in users', help: 'A year, compounded from the baseline year', unit: 'rate' })),
    weeklyCost: annotate(ParameterSchema, { title: 'Cost per user per week', help: '£ a week in the baseline year (a care home fee, or hours × hourly rate)', unit: 'pounds' }),
    weeklyCostGrowth: Type.Optional(annotate(ParameterSchema, { title: 'Growth in the weekly cost', help: 'A year, compounded from the baseline year', unit: 'rate' })),
    capacity: Type.Optional(
      annotate(ParameterSchema, { title: 'Capacity', help: 'Places or packages the funders can provide; users beyond it go without and are counted as unmet need. Empty: no limit', unit: 'count' }),
    ),
    funder: CareFunderSchema,
    nhsFunder: Type.Optional(annotate(IdSchema, { title: 'ICB that pays', help: 'The ICB that pays while the service (or part of it) is NHS-funded' })),
    council: Type.Optional(annotate(IdSchema, { title: 'Council that pays', help: 'The council that pays, and charges, while the service (or part of it) is council-funded' })),
    charging: Type.Optional(CareChargingSchema),
  },
  {
    additionalProperties: false,
    description:
      "A care service (home care, a care home, reablement, continuing healthcare): its users and weekly cost, split every trial between the NHS, the council and people's own money by who funds it and the means test",
  },
);

export type CareServiceSpec = Static<typeof CareServiceSchema>;
export type CareChargingSpec = Static<typeof CareChargingSchema>;
