// The builder's forms: which fields of the scenario schema each form shows,
// in what order and grouping, with which editor, when, and what a new value
// starts as. What a field is called, its help, its unit, whether it may be
// left out, its range and its choices are read from the schema itself
// (engine/scenario/schema/, through form-schema.ts). To add a field the engine
// has learnt: annotate it in the schema, then place it here; FieldList renders
// it, and validation messages at its path appear under it.
import type { OrganisationKind, ParameterSpec } from '../../../engine/index.ts';
import {
  AlternativeSchema,
  CareServiceSchema,
  DEFAULT_OCCUPANCY_PENALTY,
  IncentiveFundSchema,
  InterventionSchema,
  ORGANISATION_KIND_TITLES,
  ORGANISATION_KINDS,
  OrganisationSchema,
  PlaceSchema,
  RiskShareSchema,
  ScenarioSchema,
  SystemSchema,
} from '../../../engine/scenario/schema/index.ts';
import { formFields, formVariants, node, type FieldLayout, type FieldSpec, type Parent, type Variant } from './form-schema.ts';

export { unitText } from './form-schema.ts';
export type { Choice, FieldLayout, FieldSpec, Parent, Unit, Variant } from './form-schema.ts';

export const ORGANISATION_KIND_CHOICES: readonly { value: OrganisationKind; label: string }[] = ORGANISATION_KINDS.map((value) => ({ value, label: ORGANISATION_KIND_TITLES[value] }));

const PROVIDER_KINDS: readonly OrganisationKind[] = ['acute', 'mentalHealth', 'community', 'ambulance', 'localAuthority', 'independentSector'];
const isKind =
  (...kinds: OrganisationKind[]) =>
  (parent: Parent) =>
    kinds.includes(parent.kind as OrganisationKind);
const isProvider = (parent: Parent) => PROVIDER_KINDS.includes(parent.kind as OrganisationKind);

/** An annual amount in £m in the baseline year, and its growth. */
function amountLine(key: string, growth: ParameterSpec = 0.03, when?: (parent: Parent) => boolean): FieldLayout {
  return {
    kind: 'group',
    key,
    when,
    initial: () => ({ baseline: 10, growth }),
    fields: [
      { kind: 'parameter', key: 'baseline', initial: 10 },
      { kind: 'parameter', key: 'growth', initial: growth },
    ],
  };
}

const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const stay: FieldLayout = {
  kind: 'group',
  key: 'stay',
  initial: () => ({ family: 'lognormal', meanDays: 5, sdDays: 6 }),
  fields: [
    { kind: 'choice', key: 'family' },
    { kind: 'parameter', key: 'meanDays', initial: 5 },
    { kind: 'parameter', key: 'sdDays', initial: 6, when: (parent) => parent.family !== 'exponential' },
  ],
};

/** An acute trust's beds (the bed model): optional, so scenarios without beds are untouched. */
const BEDS: FieldLayout = {
  kind: 'group',
  key: 'beds',
  when: isKind('acute'),
  initial: () => ({
    coreBeds: 600,
    costPerBedDayPounds: 400,
    emergency: { admissionsPerYear: 45000, growth: 0.03, stay: { family: 'lognormal', meanDays: 4.5, sdDays: 6 } },
  }),
  fields: [
    { kind: 'number', key: 'coreBeds', initial: 600 },
    { kind: 'parameter', key: 'costPerBedDayPounds', initial: 400 },
    { kind: 'choice', key: 'frontDoor' },
    {
      kind: 'group',
      key: 'diversion',
      when: (parent) => parent.frontDoor !== 'loss',
      initial: () => ({ queueLength: 20, share: 1 }),
      fields: [
        { kind: 'number', key: 'queueLength', initial: 20 },
        { kind: 'number', key: 'share', initial: 1 },
      ],
    },
    { kind: 'number', key: 'abandonAfterHours', initial: 12, when: (parent) => parent.frontDoor !== 'loss' },
    {
      kind: 'group',
      key: 'escalation',
      initial: () => ({ cap: 30, costPerBedDayPounds: 700 }),
      fields: [
        { kind: 'number', key: 'cap', initial: 30 },
        { kind: 'parameter', key: 'costPerBedDayPounds', initial: 700 },
      ],
    },
    {
      kind: 'group',
      key: 'emergency',
      initial: () => ({ admissionsPerYear: 45000, stay: { family: 'lognormal', meanDays: 4.5, sdDays: 6 } }),
      fields: [
        { kind: 'parameter', key: 'admissionsPerYear', initial: 45000 },
        { kind: 'parameter', key: 'growth', initial: 0.03 },
        { kind: 'parameter', key: 'plannedGrowth', initial: 0.03 },
        { kind: 'parameter', key: 'incomePerAdmissionPounds', initial: 1590 },
        { kind: 'parameter', key: 'costPerAdmissionPounds', initial: 795 },
        { kind: 'profile', key: 'monthlyProfile', labels: MONTHS, initial: 1 },
        { kind: 'profile', key: 'weekdayProfile', labels: WEEKDAYS, initial: 1 },
        stay,
      ],
    },
    {
      kind: 'group',
      key: 'elective',
      initial: () => ({ admissionsPerYear: 20000, stay: { family: 'lognormal', meanDays: 3, sdDays: 3 } }),
      fields: [
        { kind: 'parameter', key: 'admissionsPerYear', initial: 20000 },
        { kind: 'parameter', key: 'incomePerAdmissionPounds', initial: 3684 },
        { kind: 'profile', key: 'weekdayProfile', labels: WEEKDAYS, initial: 1 },
        stay,
        {
          kind: 'group',
          key: 'waitingList',
          // Half a year of the default 20,000 planned admissions, in roughly the national shape of the referral-to-treatment list.
          initial: () => ({
            startingSize: 10000,
            ageProfile: [
              { fromWeeks: 0, toWeeks: 18, share: 0.6 },
              { fromWeeks: 18, toWeeks: 52, share: 0.38 },
              { fromWeeks: 52, toWeeks: 78, share: 0.02 },
            ],
            referralsPerMonth: 1750,
            removalRatePerMonth: 0.01,
          }),
          fields: [
            { kind: 'parameter', key: 'startingSize', initial: 10000 },
            {
              kind: 'list',
              key: 'ageProfile',
              itemNoun: 'band',
              fields: [
                { kind: 'number', key: 'fromWeeks', initial: 0 },
                { kind: 'number', key: 'toWeeks', initial: 18 },
                { kind: 'number', key: 'share', initial: 1 },
              ],
              initial: (existing) => {
                const last = existing[existing.length - 1];
                const from = last ? Number(last.toWeeks) : 0;
                return { fromWeeks: from, toWeeks: Math.min(104, from + 18), share: 0 };
              },
            },
            { kind: 'parameter', key: 'referralsPerMonth', initial: 1750 },
            { kind: 'parameter', key: 'referralGrowth', initial: 0.02 },
            { kind: 'parameter', key: 'removalRatePerMonth', initial: 0.01 },
            { kind: 'number', key: 'rebookAfterDays', initial: 1 },
          ],
        },
      ],
    },
    {
      kind: 'group',
      key: 'delayedDischarge',
      initial: () => ({ share: 0.05, meanExtraDays: 4 }),
      fields: [
        { kind: 'parameter', key: 'share', initial: 0.05 },
        { kind: 'parameter', key: 'meanExtraDays', initial: 4 },
        {
          kind: 'list',
          key: 'waitsForCare',
          itemNoun: 'wait for care',
          fields: [
            { kind: 'text', key: 'service' },
            { kind: 'parameter', key: 'share', initial: 0.05 },
            { kind: 'parameter', key: 'meanWaitDays', initial: 4 },
          ],
          initial: () => ({ service: 'home-care', share: 0.05, meanWaitDays: 4 }),
        },
      ],
    },
    {
      kind: 'group',
      key: 'fourHourPerformance',
      initial: () => ({ baseline: 0.9, occupancyPenalty: DEFAULT_OCCUPANCY_PENALTY.map((point) => ({ ...point })) }),
      fields: [
        { kind: 'parameter', key: 'baseline', initial: 0.9 },
        { kind: 'choice', key: 'from' },
        { kind: 'number', key: 'hoursBeforeDecision', initial: 2, when: (parent) => parent.from === 'waits' },
        { kind: 'number', key: 'attendancesPerAdmission', initial: 4.17, when: (parent) => parent.from === 'waits' },
        {
          kind: 'list',
          key: 'occupancyPenalty',
          when: (parent) => parent.from !== 'waits',
          itemNoun: 'point',
          fields: [
            { kind: 'number', key: 'occupancy', initial: 0.9 },
            { kind: 'number', key: 'fall', initial: 0.03 },
          ],
          initial: (existing) => {
            const last = existing[existing.length - 1];
            if (!last) return { occupancy: 0.85, fall: 0 };
            return { occupancy: Math.min(2, Math.round((Number(last.occupancy) + 0.05) * 100) / 100), fall: Number(last.fall) };
          },
        },
      ],
    },
  ],
};

export const ORGANISATION_FIELDS: readonly FieldSpec[] = formFields(
  node(OrganisationSchema),
  [
    { kind: 'text', key: 'name' },
    { kind: 'identifier', key: 'id', references: 'organisation' },
    { kind: 'choice', key: 'kind' },
    { kind: 'place', key: 'place', noneLabel: 'None (the whole system)' },
    { kind: 'boolean', key: 'foundationTrust', defaultValue: false, when: isProvider },
    { kind: 'boolean', key: 'inSystemControlTotal', defaultValue: true, when: isKind('localAuthority', 'independentSector') },
    { kind: 'number', key: 'allocationShare', initial: 1, when: isKind('icb') },
    { kind: 'yearly', key: 'controlTotal', initial: 0 },
    {
      kind: 'group',
      key: 'income.contract',
      when: isProvider,
      initial: () => ({ baseline: 100, uplift: 0.02, paymentModel: 'block' }),
      fields: [
        { kind: 'parameter', key: 'baseline', initial: 100 },
        { kind: 'parameter', key: 'uplift', initial: 0.02 },
        { kind: 'choice', key: 'paymentModel' },
        { kind: 'number', key: 'fixedShare', initial: 0.8, when: (parent) => parent.paymentModel === 'blended' },
        { kind: 'organisation', key: 'commissioner', only: ['icb'], noneLabel: 'A body outside the system' },
      ],
    },
    amountLine('income.other', 0.02),
    {
      kind: 'group',
      key: 'activity',
      when: isProvider,
      initial: () => ({ plannedGrowth: 0.03, actualGrowth: 0.03, variableCostShare: 0.4 }),
      fields: [
        { kind: 'parameter', key: 'plannedGrowth', initial: 0.03 },
        { kind: 'parameter', key: 'actualGrowth', initial: 0.03 },
        { kind: 'number', key: 'variableCostShare', initial: 0.4 },
      ],
    },
    amountLine('costs.pay', 0.03),
    amountLine('costs.nonPay', 0.03),
    amountLine('costs.drugs', 0.05),
    amountLine('costs.pfi', 0.03),
    amountLine('costs.capitalCharges', 0),
    amountLine('costs.pdcDividend', 0),
    amountLine('costs.commissioning', 0.03, isKind('icb')),
    {
      kind: 'group',
      key: 'cip',
      initial: () => ({ plan: 0.04, delivery: { dist: 'beta', alpha: 9, beta: 2 } }),
      fields: [
        { kind: 'parameter', key: 'plan', initial: 0.04 },
        { kind: 'parameter', key: 'delivery', initial: 0.8 },
        { kind: 'parameter', key: 'ceiling', initial: 0.06 },
        { kind: 'boolean', key: 'recurrent', defaultValue: true },
      ],
    },
    BEDS,
  ],
  'organisation',
);

/** A place within a system (150,000 to 500,000 people) and its delegated share of the single pot. */
const PLACE_LAYOUT: readonly FieldLayout[] = [
  { kind: 'text', key: 'name' },
  { kind: 'identifier', key: 'id', references: 'place' },
  { kind: 'number', key: 'share', initial: 0 },
  { kind: 'number', key: 'population', initial: 250_000 },
  { kind: 'number', key: 'needsWeight', initial: 1 },
  {
    kind: 'group',
    key: 'budget',
    initial: () => ({ careServices: [], contracts: [], overspend: 'systemReserve' }),
    fields: [
      { kind: 'careServices', key: 'careServices' },
      { kind: 'organisations', key: 'contracts', only: ['acute', 'mentalHealth', 'community', 'ambulance', 'independentSector'] },
      { kind: 'choice', key: 'overspend' },
      { kind: 'careServices', key: 'cuts' },
    ],
  },
];

export const PLACE_FIELDS: readonly FieldSpec[] = formFields(node(PlaceSchema), PLACE_LAYOUT, 'place');

/** A new place: the next free id and number, with whatever share of the pot the other places leave. */
function newPlace(existing: readonly Parent[]): Record<string, unknown> {
  const ids = new Set(existing.map((place) => place.id));
  let number = existing.length + 1;
  while (ids.has(`place-${number}`)) number++;
  const taken = existing.reduce((sum, place) => sum + (typeof place.share === 'number' ? place.share : 0), 0);
  return { id: `place-${number}`, name: `Place ${number}`, share: Math.max(0, Math.round((1 - taken) * 10000) / 10000) };
}

/** A care service of a system: users, weekly cost, who funds it and the means test for council-funded users. */
const CARE_SERVICE_LAYOUT: readonly FieldLayout[] = [
  { kind: 'text', key: 'name' },
  { kind: 'identifier', key: 'id' },
  { kind: 'choice', key: 'kind' },
  { kind: 'parameter', key: 'users', initial: 100 },
  { kind: 'parameter', key: 'usersGrowth', initial: 0.02 },
  { kind: 'parameter', key: 'weeklyCost', initial: 800 },
  { kind: 'parameter', key: 'weeklyCostGrowth', initial: 0.03 },
  { kind: 'parameter', key: 'capacity', initial: 100 },
  { kind: 'choice', key: 'funder' },
  { kind: 'organisation', key: 'nhsFunder', only: ['icb'], noneLabel: 'None' },
  { kind: 'organisation', key: 'council', only: ['localAuthority'], noneLabel: 'None' },
  {
    kind: 'group',
    key: 'charging',
    initial: () => ({ selfFunderShare: 0.35, contributorShare: 0.4, averageContribution: 150 }),
    fields: [
      { kind: 'parameter', key: 'selfFunderShare', initial: 0.35 },
      { kind: 'parameter', key: 'contributorShare', initial: 0.4 },
      { kind: 'parameter', key: 'averageContribution', initial: 150 },
    ],
  },
];

export const CARE_SERVICE_FIELDS: readonly FieldSpec[] = formFields(node(CareServiceSchema), CARE_SERVICE_LAYOUT, 'careService');

/** A pooled budget (Better Care Fund, section 75): its host, partners and their contributions, the services it pays for, its rule. */
const POOLED_BUDGET_LAYOUT: readonly FieldLayout[] = [
  { kind: 'text', key: 'name' },
  { kind: 'identifier', key: 'id' },
  { kind: 'organisation', key: 'host' },
  {
    kind: 'list',
    key: 'partners',
    itemNoun: 'partner',
    fields: [
      { kind: 'organisation', key: 'organisation' },
      { kind: 'parameter', key: 'contribution', initial: 10 },
      { kind: 'number', key: 'agreedShare', initial: 0.5 },
    ],
    initial: () => ({ organisation: '', contribution: 10 }),
  },
  { kind: 'careServices', key: 'services' },
  { kind: 'choice', key: 'riskShare' },
];

/** A new pooled budget: the next free id, shared in proportion to contributions, with no partners yet. */
function newPooledBudget(existing: readonly Parent[]): Record<string, unknown> {
  const ids = new Set(existing.map((pool) => pool.id));
  let number = existing.length + 1;
  while (ids.has(`pool-${number}`)) number++;
  return { id: `pool-${number}`, name: `Pooled budget ${number}`, host: '', partners: [], services: [], riskShare: 'proportional' };
}

/** A new care service: the next free id, council-funded, with a typical means test (figures to replace with the council's own). */
function newCareService(existing: readonly Parent[]): Record<string, unknown> {
  const ids = new Set(existing.map((service) => service.id));
  let number = existing.length + 1;
  while (ids.has(`care-${number}`)) number++;
  return { id: `care-${number}`, name: `Care service ${number}`, kind: 'homeCare', users: 100, weeklyCost: 300, funder: 'council', council: '' };
}

export const SYSTEM_FIELDS: readonly FieldSpec[] = formFields(
  node(SystemSchema),
  [
    { kind: 'text', key: 'name' },
    { kind: 'identifier', key: 'id' },
    { kind: 'number', key: 'population', initial: 1_000_000 },
    {
      kind: 'group',
      key: 'allocation',
      initial: () => ({ baseline: 1000, growth: 0.03 }),
      fields: [
        { kind: 'parameter', key: 'baseline', initial: 1000 },
        { kind: 'parameter', key: 'growth', initial: 0.03 },
      ],
    },
    { kind: 'list', key: 'places', itemNoun: 'place', fields: PLACE_LAYOUT, initial: newPlace },
    { kind: 'number', key: 'delegatedByPopulation', initial: 0.5 },
    { kind: 'parameter', key: 'placeReserve', initial: 5 },
    { kind: 'list', key: 'careServices', itemNoun: 'care service', fields: CARE_SERVICE_LAYOUT, initial: newCareService },
    { kind: 'list', key: 'pooledBudgets', itemNoun: 'pooled budget', fields: POOLED_BUDGET_LAYOUT, initial: newPooledBudget },
    { kind: 'yearly', key: 'controlTotal', initial: 0, optionalLabel: "the sum of its organisations' totals" },
  ],
  'system',
);

const members: FieldLayout = { kind: 'organisations', key: 'members' };
const ruleLabel: FieldLayout = { kind: 'text', key: 'label' };
const weights: FieldLayout = { kind: 'choice', key: 'weights' };

export const RISK_SHARE_RULES: readonly Variant[] = formVariants(
  node(RiskShareSchema),
  'rule',
  [
    { value: 'none', fields: [ruleLabel], initial: () => ({ rule: 'none' }) },
    { value: 'proRata', fields: [ruleLabel, weights, members], initial: () => ({ rule: 'proRata' }) },
    {
      value: 'collarAndCap',
      fields: [ruleLabel, { kind: 'number', key: 'collar', initial: 2 }, { kind: 'number', key: 'cap', initial: 6 }, weights, members],
      initial: () => ({ rule: 'collarAndCap', collar: 2, cap: 6 }),
    },
    {
      value: 'contingencyReserve',
      fields: [ruleLabel, { kind: 'parameter', key: 'reserve', initial: 10 }, { kind: 'choice', key: 'remainder' }, members],
      initial: () => ({ rule: 'contingencyReserve', reserve: 10, remainder: 'returnProRata' }),
    },
    {
      value: 'surplusCoversDeficit',
      fields: [ruleLabel, { kind: 'number', key: 'surplusShare', initial: 0.5 }, members],
      initial: () => ({ rule: 'surplusCoversDeficit', surplusShare: 0.5 }),
    },
  ],
  'riskShare',
);

export const INCENTIVE_FUND_FIELDS: readonly FieldSpec[] = formFields(
  node(IncentiveFundSchema),
  [
    { kind: 'text', key: 'name' },
    { kind: 'amounts', key: 'amounts' },
    { kind: 'choice', key: 'condition' },
    { kind: 'choice', key: 'basis' },
    {
      kind: 'group',
      key: 'performance',
      initial: () => ({ share: 0.3, achieved: { dist: 'uniform', min: 0.3, max: 1 } }),
      fields: [
        { kind: 'number', key: 'share', initial: 0.3 },
        { kind: 'parameter', key: 'achieved', initial: 0.7 },
        { kind: 'parameter', key: 'fourHourTrajectory', initial: 0.9 },
      ],
    },
  ],
  'incentiveFund',
);

const interventionCommon: readonly FieldLayout[] = [
  { kind: 'text', key: 'name', references: 'intervention' },
  { kind: 'month', key: 'from' },
];

/** How a bed scheme (avoidance, length of stay, discharge) rises to full effect and who pays for it. */
const schemeRunning: readonly FieldLayout[] = [
  { kind: 'number', key: 'rampUpMonths', initial: 6 },
  { kind: 'parameter', key: 'annualCost', initial: 2 },
  { kind: 'organisation', key: 'paidBy', noneLabel: 'Nobody in the system' },
];

export const INTERVENTION_KINDS: readonly Variant[] = formVariants(
  node(InterventionSchema),
  'kind',
  [
    {
      value: 'budgetTransfer',
      fields: [...interventionCommon, { kind: 'organisation', key: 'fromOrganisation' }, { kind: 'organisation', key: 'toOrganisation' }, { kind: 'parameter', key: 'amount', initial: 2 }],
      initial: () => ({ kind: 'budgetTransfer', fromOrganisation: '', toOrganisation: '', amount: 2 }),
    },
    {
      value: 'paymentModelChange',
      fields: [
        ...interventionCommon,
        { kind: 'organisation', key: 'organisation' },
        { kind: 'choice', key: 'paymentModel' },
        { kind: 'number', key: 'fixedShare', initial: 0.8, when: (parent) => parent.paymentModel === 'blended' },
      ],
      initial: () => ({ kind: 'paymentModelChange', organisation: '', paymentModel: 'blended', fixedShare: 0.8 }),
    },
    {
      value: 'extraFunding',
      fields: [...interventionCommon, { kind: 'organisation', key: 'organisation' }, { kind: 'parameter', key: 'amount', initial: 2 }],
      initial: () => ({ kind: 'extraFunding', organisation: '', amount: 2 }),
    },
    {
      value: 'closeBeds',
      fields: [
        ...interventionCommon,
        { kind: 'organisation', key: 'organisation', only: ['acute'] },
        { kind: 'number', key: 'beds', initial: 50 },
        { kind: 'parameter', key: 'savingRealisation', initial: 1 },
      ],
      initial: () => ({ kind: 'closeBeds', organisation: '', beds: 50 }),
    },
    {
      value: 'closeBedsAcrossSystem',
      fields: [
        ...interventionCommon,
        { kind: 'system', key: 'system' },
        { kind: 'number', key: 'beds', initial: 200 },
        { kind: 'choice', key: 'sharedBy' },
        { kind: 'parameter', key: 'savingRealisation', initial: 1 },
      ],
      initial: () => ({ kind: 'closeBedsAcrossSystem', system: '', beds: 200 }),
    },
    {
      value: 'openBeds',
      fields: [...interventionCommon, { kind: 'organisation', key: 'organisation', only: ['acute'] }, { kind: 'number', key: 'beds', initial: 20 }],
      initial: () => ({ kind: 'openBeds', organisation: '', beds: 20 }),
    },
    {
      value: 'admissionAvoidance',
      fields: [
        ...interventionCommon,
        { kind: 'organisations', key: 'organisations', only: ['acute'] },
        { kind: 'parameter', key: 'claimedReduction', initial: 0.1 },
        { kind: 'parameter', key: 'realisation', initial: { dist: 'uniform', min: 0.2, max: 0.8 } },
        ...schemeRunning,
        {
          kind: 'group',
          key: 'targetGroup',
          initial: () => ({ share: 0.4, stay: { family: 'exponential', meanDays: 2 } }),
          fields: [
            { kind: 'parameter', key: 'share', initial: 0.4 },
            { ...stay, initial: () => ({ family: 'exponential', meanDays: 2 }) },
          ],
        },
      ],
      initial: () => ({ kind: 'admissionAvoidance', organisations: [], claimedReduction: 0.1, realisation: { dist: 'uniform', min: 0.2, max: 0.8 } }),
    },
    {
      value: 'lengthOfStayReduction',
      fields: [
        ...interventionCommon,
        { kind: 'organisations', key: 'organisations', only: ['acute'] },
        { kind: 'parameter', key: 'claimedDaysOff', initial: 0.5 },
        { kind: 'parameter', key: 'claimedShareOff', initial: 0.05 },
        { kind: 'parameter', key: 'realisation', initial: { dist: 'uniform', min: 0.2, max: 0.8 } },
        ...schemeRunning,
      ],
      initial: () => ({ kind: 'lengthOfStayReduction', organisations: [], claimedDaysOff: 0.5, realisation: { dist: 'uniform', min: 0.2, max: 0.8 } }),
    },
    {
      value: 'dischargeImprovement',
      fields: [
        ...interventionCommon,
        { kind: 'organisations', key: 'organisations', only: ['acute'] },
        { kind: 'parameter', key: 'claimedDelayedShareReduction', initial: 0.3 },
        { kind: 'parameter', key: 'claimedExtraDaysReduction', initial: 0.2 },
        { kind: 'parameter', key: 'realisation', initial: { dist: 'uniform', min: 0.2, max: 0.8 } },
        ...schemeRunning,
      ],
      initial: () => ({ kind: 'dischargeImprovement', organisations: [], claimedDelayedShareReduction: 0.3, realisation: { dist: 'uniform', min: 0.2, max: 0.8 } }),
    },
    {
      value: 'boundaryShift',
      fields: [...interventionCommon, { kind: 'text', key: 'service' }, { kind: 'choice', key: 'to' }, { kind: 'parameter', key: 'share', initial: 1 }],
      initial: () => ({ kind: 'boundaryShift', service: '', to: 'council', share: 1 }),
    },
  ],
  'intervention',
);

export const GENERAL_FIELDS: readonly FieldSpec[] = formFields(
  node(ScenarioSchema),
  [
    { kind: 'text', key: 'name' },
    { kind: 'number', key: 'horizon.firstYear' },
    { kind: 'number', key: 'horizon.years' },
    { kind: 'number', key: 'simulation.trials' },
    { kind: 'number', key: 'simulation.seed' },
    { kind: 'choice', key: 'simulation.bedModel' },
    { kind: 'choice', key: 'controlTotalBasis' },
    { kind: 'text', key: 'description', multiline: true },
  ],
  'scenario',
);

/** Versions of the scenario without some interventions, run on the same random numbers. */
export const ALTERNATIVE_FIELDS: readonly FieldSpec[] = formFields(
  node(AlternativeSchema),
  [
    { kind: 'text', key: 'name' },
    { kind: 'interventionNames', key: 'withoutInterventions' },
    { kind: 'text', key: 'description', multiline: true },
  ],
  'alternative',
);

/**
 * Where each form above sits in a scenario (`[]`: every item of a list), and
 * the parts of the schema edited by a section of their own instead. Every
 * field of the schema is in one or the other (tests/ui/field-specs.test.ts).
 */
export const FORMS: readonly { readonly at: string; readonly fields?: readonly FieldSpec[]; readonly variants?: readonly Variant[]; readonly discriminator?: string }[] = [
  { at: '', fields: GENERAL_FIELDS },
  { at: 'systems[]', fields: SYSTEM_FIELDS },
  { at: 'systems[].organisations[]', fields: ORGANISATION_FIELDS },
  { at: 'systems[].incentiveFunds[]', fields: INCENTIVE_FUND_FIELDS },
  { at: 'systems[].riskShare', variants: RISK_SHARE_RULES, discriminator: 'rule' },
  { at: 'systems[].riskShareAlternatives[]', variants: RISK_SHARE_RULES, discriminator: 'rule' },
  { at: 'interventions[]', variants: INTERVENTION_KINDS, discriminator: 'kind' },
  { at: 'alternatives[]', fields: ALTERNATIVE_FIELDS },
];

/** Parts of the schema with an editor of their own (a section of the builder), not a declared form. */
export const NAMED_EDITORS: Readonly<Record<string, string>> = {
  schemaVersion: 'the builder writes the one version this engine reads',
  drivers: 'UncertaintySection (NamedValues)',
  correlation: 'UncertaintySection (CorrelationEditor)',
  parameters: 'ParametersSection (NamedValues)',
};
