// The builder's forms, declared as data. Each entry names a field of the
// scenario schema (engine/scenario/schema/), how to edit it and how to explain
// it. To add a field the engine has learnt, add an entry here; FieldList
// renders it, and validation messages at its path appear under it.
import type { OrganisationKind, ParameterSpec } from '../../../engine/index.ts';
import type { ReferenceKind } from './rename.ts';
import { DEFAULT_OCCUPANCY_PENALTY } from '../../../engine/scenario/schema/beds.ts';

/** How a number is read: it decides the hint beside the input (3.5%, £m a year ...). */
export type Unit = 'money' | 'rate' | 'share' | 'pounds' | 'count' | 'days' | 'plain';

export type Parent = Readonly<Record<string, unknown>>;

interface Common {
  /** Path relative to the object being edited: `cip.plan`. */
  readonly key: string;
  readonly label: string;
  readonly help?: string;
  /** Shown only when this holds for the object being edited. */
  readonly when?: (parent: Parent) => boolean;
}

export type FieldSpec =
  | (Common & { readonly kind: 'parameter'; readonly unit: Unit; readonly optional?: boolean; readonly initial: ParameterSpec })
  | (Common & { readonly kind: 'yearly'; readonly unit: Unit; readonly initial: ParameterSpec; readonly optionalLabel?: string })
  | (Common & {
      readonly kind: 'number';
      readonly unit: Unit;
      readonly optional?: boolean;
      readonly integer?: boolean;
      readonly min?: number;
      readonly max?: number;
      readonly initial?: number;
    })
  | (Common & { readonly kind: 'text'; readonly optional?: boolean; readonly multiline?: boolean; readonly references?: ReferenceKind })
  /** `references`: what refers to this id elsewhere in the scenario, so that it follows a rename. */
  | (Common & { readonly kind: 'identifier'; readonly references?: ReferenceKind })
  | (Common & { readonly kind: 'month'; readonly optional?: boolean })
  | (Common & { readonly kind: 'choice'; readonly options: readonly Choice[]; readonly optional?: boolean })
  | (Common & { readonly kind: 'boolean'; readonly defaultValue: boolean })
  | (Common & { readonly kind: 'organisation'; readonly optional?: boolean; readonly noneLabel?: string; readonly only?: readonly OrganisationKind[] })
  | (Common & { readonly kind: 'organisations'; readonly only?: readonly OrganisationKind[] })
  /** One of the places of the system the organisation belongs to. */
  | (Common & { readonly kind: 'place'; readonly noneLabel: string })
  | (Common & { readonly kind: 'amounts'; readonly unit: Unit })
  | (Common & { readonly kind: 'profile'; readonly labels: readonly string[]; readonly initial: number })
  | (Common & { readonly kind: 'interventionNames' })
  | (Common & {
      readonly kind: 'group';
      readonly optional: boolean;
      readonly fields: readonly FieldSpec[];
      readonly initial: () => Record<string, unknown>;
    })
  /** A list of like objects (the places of a system), each edited with `fields`; `initial` makes a new one from those there already. */
  | (Common & {
      readonly kind: 'list';
      /** What one item is called: `place` (`Add a place`, `Place 2`). */
      readonly itemNoun: string;
      readonly fields: readonly FieldSpec[];
      readonly initial: (existing: readonly Parent[]) => Record<string, unknown>;
    });

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** A discriminated union in the schema (risk-share rules, interventions): one form per variant. */
export interface Variant {
  readonly value: string;
  readonly label: string;
  readonly help: string;
  readonly fields: readonly FieldSpec[];
  readonly initial: () => Record<string, unknown>;
}

export const ORGANISATION_KIND_CHOICES: readonly { value: OrganisationKind; label: string }[] = [
  { value: 'icb', label: 'Integrated care board or CCG (commissioner)' },
  { value: 'acute', label: 'Acute hospital trust' },
  { value: 'mentalHealth', label: 'Mental health trust' },
  { value: 'community', label: 'Community health trust' },
  { value: 'ambulance', label: 'Ambulance trust' },
  { value: 'localAuthority', label: 'Council (adult social care)' },
  { value: 'independentSector', label: 'Independent-sector provider' },
];

export const PAYMENT_MODEL_CHOICES: readonly Choice[] = [
  { value: 'block', label: 'Block (a fixed sum)' },
  { value: 'activity', label: 'Activity (paid per case)' },
  { value: 'blended', label: 'Blended (fixed part + per case)' },
];

const PAYMENT_MODEL_HELP = 'Block: the provider carries extra demand. Activity: the commissioner does. Blended: they share it.';

const PROVIDER_KINDS: readonly OrganisationKind[] = ['acute', 'mentalHealth', 'community', 'ambulance', 'localAuthority', 'independentSector'];
const isKind = (...kinds: OrganisationKind[]) => (parent: Parent) => kinds.includes(parent.kind as OrganisationKind);
const isProvider = (parent: Parent) => PROVIDER_KINDS.includes(parent.kind as OrganisationKind);

/** An annual amount in £m in the baseline year, and its growth. */
function amountLine(key: string, label: string, help: string, growth: ParameterSpec = 0.03, when?: (parent: Parent) => boolean): FieldSpec {
  return {
    kind: 'group',
    key,
    label,
    help,
    optional: true,
    when,
    initial: () => ({ baseline: 10, growth }),
    fields: [
      { kind: 'parameter', key: 'baseline', label: 'Baseline', unit: 'money', initial: 10 },
      { kind: 'parameter', key: 'growth', label: 'Growth', unit: 'rate', optional: true, initial: growth },
    ],
  };
}

const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const stay = (label: string): FieldSpec => ({
  kind: 'group',
  key: 'stay',
  label: `${label} length of stay`,
  optional: false,
  initial: () => ({ family: 'lognormal', meanDays: 5, sdDays: 6 }),
  fields: [
    {
      kind: 'choice',
      key: 'family',
      label: 'Shape of stays',
      options: [
        { value: 'exponential', label: 'Exponential' },
        { value: 'lognormal', label: 'Lognormal (long tail)' },
        { value: 'gamma', label: 'Gamma' },
      ],
    },
    { kind: 'parameter', key: 'meanDays', label: 'Mean stay', unit: 'days', initial: 5 },
    { kind: 'parameter', key: 'sdDays', label: 'Spread of stays (sd)', unit: 'days', optional: true, initial: 6, when: (parent) => parent.family !== 'exponential' },
  ],
});

/**
 * An acute trust's beds (the bed model, issue 3). Follows
 * engine/scenario/schema/beds.ts; the group is optional, so scenarios without
 * beds are untouched.
 */
export const BEDS_GROUP: FieldSpec = {
  kind: 'group',
  key: 'beds',
  label: 'Beds',
  help: 'General and acute beds, the emergency and planned demand on them, and what a bed day costs',
  optional: true,
  when: isKind('acute'),
  initial: () => ({
    coreBeds: 600,
    costPerBedDayPounds: 400,
    emergency: { admissionsPerYear: 45000, growth: 0.03, stay: { family: 'lognormal', meanDays: 4.5, sdDays: 6 } },
  }),
  fields: [
    { kind: 'number', key: 'coreBeds', label: 'General and acute beds', unit: 'count', integer: true, min: 1, initial: 600 },
    { kind: 'parameter', key: 'costPerBedDayPounds', label: 'Cost per bed day', unit: 'pounds', initial: 400 },
    {
      kind: 'group',
      key: 'escalation',
      label: 'Escalation beds',
      help: 'Opened when the wards are full, at a premium (agency staff)',
      optional: true,
      initial: () => ({ cap: 30, costPerBedDayPounds: 700 }),
      fields: [
        { kind: 'number', key: 'cap', label: 'Most escalation beds', unit: 'count', integer: true, min: 0, initial: 30 },
        { kind: 'parameter', key: 'costPerBedDayPounds', label: 'Cost per escalation bed day', unit: 'pounds', initial: 700 },
      ],
    },
    {
      kind: 'group',
      key: 'emergency',
      label: 'Emergency admissions',
      optional: false,
      initial: () => ({ admissionsPerYear: 45000, stay: { family: 'lognormal', meanDays: 4.5, sdDays: 6 } }),
      fields: [
        { kind: 'parameter', key: 'admissionsPerYear', label: 'Emergency admissions a year', unit: 'count', initial: 45000, help: 'In the baseline year' },
        { kind: 'parameter', key: 'growth', label: 'Demand growth', unit: 'rate', optional: true, initial: 0.03 },
        { kind: 'parameter', key: 'plannedGrowth', label: 'Growth the plan assumed', unit: 'rate', optional: true, initial: 0.03 },
        { kind: 'parameter', key: 'incomePerAdmissionPounds', label: 'Income per admission', unit: 'pounds', optional: true, initial: 1590 },
        { kind: 'parameter', key: 'costPerAdmissionPounds', label: 'Extra cost per admission', unit: 'pounds', optional: true, initial: 795 },
        { kind: 'profile', key: 'monthlyProfile', label: 'Demand by month', labels: MONTHS, initial: 1, help: 'Relative demand April to March (1 is an average month); the year keeps its total' },
        { kind: 'profile', key: 'weekdayProfile', label: 'Demand by day of the week', labels: WEEKDAYS, initial: 1, help: 'Relative demand Monday to Sunday' },
        stay('Emergency'),
      ],
    },
    {
      kind: 'group',
      key: 'elective',
      label: 'Planned (elective) admissions',
      optional: true,
      initial: () => ({ admissionsPerYear: 20000, stay: { family: 'lognormal', meanDays: 3, sdDays: 3 } }),
      fields: [
        { kind: 'parameter', key: 'admissionsPerYear', label: 'Planned admissions a year', unit: 'count', initial: 20000 },
        { kind: 'parameter', key: 'incomePerAdmissionPounds', label: 'Income per admission', unit: 'pounds', optional: true, initial: 3684 },
        { kind: 'profile', key: 'weekdayProfile', label: 'Planned admissions by day of the week', labels: WEEKDAYS, initial: 1, help: 'Default: Monday to Friday only' },
        stay('Elective'),
      ],
    },
    {
      kind: 'group',
      key: 'delayedDischarge',
      label: 'Delayed discharges',
      help: 'Patients fit to leave who wait, usually for social care, and hold a bed',
      optional: true,
      initial: () => ({ share: 0.05, meanExtraDays: 4 }),
      fields: [
        { kind: 'parameter', key: 'share', label: 'Share of patients delayed', unit: 'share', initial: 0.05 },
        { kind: 'parameter', key: 'meanExtraDays', label: 'Mean extra days', unit: 'days', initial: 4 },
      ],
    },
    {
      kind: 'group',
      key: 'fourHourPerformance',
      label: 'A&E 4-hour performance',
      help: 'The share of A&E patients seen within 4 hours, which falls as the hospital fills; an incentive fund can be paid on it',
      optional: true,
      initial: () => ({ baseline: 0.9, occupancyPenalty: DEFAULT_OCCUPANCY_PENALTY.map((point) => ({ ...point })) }),
      fields: [
        {
          kind: 'parameter',
          key: 'baseline',
          label: 'Seen within 4 hours when not crowded',
          unit: 'share',
          initial: 0.9,
          help: 'Where the curve below gives no fall (on the starting curve: up to 85% full)',
        },
        {
          kind: 'list',
          key: 'occupancyPenalty',
          label: 'How crowding lowers it',
          itemNoun: 'point',
          help:
            "Points in rising order of occupancy, joined by straight lines and flat beyond the ends (one point: the same fall whatever the occupancy). It starts from NHS Improvement's 2017 analysis, about 3 points lower at 88-92% full and up to 8 at 100%; no fall up to 85% and the straight lines are this model's assumption. With no points at all, that starting curve is used.",
          fields: [
            { kind: 'number', key: 'occupancy', label: 'Occupancy', unit: 'share', min: 0, max: 2, initial: 0.9 },
            { kind: 'number', key: 'fall', label: 'Fall in the share seen within 4 hours', unit: 'share', min: 0, max: 1, initial: 0.03 },
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

export const ORGANISATION_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', key: 'name', label: 'Name' },
  { kind: 'identifier', key: 'id', label: 'Short id', help: 'Used to refer to this organisation elsewhere in the scenario', references: 'organisation' },
  { kind: 'choice', key: 'kind', label: 'Kind of organisation', options: ORGANISATION_KIND_CHOICES },
  { kind: 'place', key: 'place', label: 'Place', noneLabel: 'None (the whole system)', help: "The place within the system it belongs to (the system's places are listed on its page)" },
  { kind: 'boolean', key: 'foundationTrust', label: 'Foundation trust', defaultValue: false, when: isProvider },
  {
    kind: 'boolean',
    key: 'inSystemControlTotal',
    label: 'Counts towards the system control total',
    help: 'NHS bodies count by default; councils and independent providers do not',
    defaultValue: true,
    when: isKind('localAuthority', 'independentSector'),
  },
  {
    kind: 'number',
    key: 'allocationShare',
    label: 'Share of the single pot',
    unit: 'share',
    optional: true,
    min: 0,
    max: 1,
    initial: 1,
    when: isKind('icb'),
    help: 'The share of the system allocation this commissioner receives',
  },
  {
    kind: 'yearly',
    key: 'controlTotal',
    label: 'Control total',
    unit: 'money',
    initial: 0,
    help: 'The surplus (+) or deficit (−) it is told to deliver, £m. It meets it when its outturn is at least that good.',
  },
  {
    kind: 'group',
    key: 'income.contract',
    label: 'Contract income',
    help: 'What its commissioner pays it under contract',
    optional: true,
    when: isProvider,
    initial: () => ({ baseline: 100, uplift: 0.02, paymentModel: 'block' }),
    fields: [
      { kind: 'parameter', key: 'baseline', label: 'Contract value', unit: 'money', initial: 100, help: '£m a year at planned activity, in the baseline year' },
      { kind: 'parameter', key: 'uplift', label: 'Annual price uplift', unit: 'rate', optional: true, initial: 0.02 },
      { kind: 'choice', key: 'paymentModel', label: 'Payment model', options: PAYMENT_MODEL_CHOICES, help: PAYMENT_MODEL_HELP },
      {
        kind: 'number',
        key: 'fixedShare',
        label: 'Fixed share of the contract',
        unit: 'share',
        optional: true,
        min: 0,
        max: 1,
        initial: 0.8,
        when: (parent) => parent.paymentModel === 'blended',
      },
      { kind: 'organisation', key: 'commissioner', label: 'Paid by', optional: true, only: ['icb'], noneLabel: 'A body outside the system' },
    ],
  },
  amountLine('income.other', 'Other income', 'Private patients, education and training, car parks, grants', 0.02),
  {
    kind: 'group',
    key: 'activity',
    label: 'Activity',
    help: 'How demand grows against plan, and how much cost follows it',
    optional: true,
    when: isProvider,
    initial: () => ({ plannedGrowth: 0.03, actualGrowth: 0.03, variableCostShare: 0.4 }),
    fields: [
      { kind: 'parameter', key: 'plannedGrowth', label: 'Planned activity growth', unit: 'rate', optional: true, initial: 0.03 },
      { kind: 'parameter', key: 'actualGrowth', label: 'Actual activity growth', unit: 'rate', optional: true, initial: 0.03 },
      { kind: 'number', key: 'variableCostShare', label: 'Share of costs that follow activity', unit: 'share', optional: true, min: 0, max: 1, initial: 0.4 },
    ],
  },
  amountLine('costs.pay', 'Pay', 'Staff costs; usually grows with the pay award', 0.03),
  amountLine('costs.nonPay', 'Non-pay', 'Supplies and services; usually grows with inflation', 0.03),
  amountLine('costs.drugs', 'Drugs', 'Medicines', 0.05),
  amountLine('costs.pfi', 'PFI unitary payment', 'Fixed for decades and indexed: it does not flex', 0.03),
  amountLine('costs.capitalCharges', 'Capital charges', 'Depreciation and rents (e.g. NHS Property Services)', 0),
  amountLine('costs.pdcDividend', 'PDC dividend', 'Public dividend capital: about 3.5% of net assets', 0),
  amountLine('costs.commissioning', 'Other commissioning', 'What a commissioner buys beyond the modelled contracts: GP services, prescribing, continuing healthcare', 0.03, isKind('icb')),
  {
    kind: 'group',
    key: 'cip',
    label: 'Savings plan (CIP)',
    help: 'Cost improvement programme: the plan as a share of pay, non-pay and drugs, and how much of it is delivered',
    optional: true,
    initial: () => ({ plan: 0.04, delivery: { dist: 'beta', alpha: 9, beta: 2 } }),
    fields: [
      { kind: 'parameter', key: 'plan', label: 'Savings target', unit: 'share', initial: 0.04 },
      { kind: 'parameter', key: 'delivery', label: 'Share of the plan delivered', unit: 'share', initial: 0.8 },
      { kind: 'boolean', key: 'recurrent', label: 'Savings recur in later years', defaultValue: true },
    ],
  },
  BEDS_GROUP,
];

/** A place within a system (150,000 to 500,000 people) and its delegated share of the single pot. */
export const PLACE_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', key: 'name', label: 'Name of the place' },
  { kind: 'identifier', key: 'id', label: 'Short id', help: 'Organisations name their place by this', references: 'place' },
  {
    kind: 'number',
    key: 'share',
    label: 'Share of the single pot',
    unit: 'share',
    min: 0,
    max: 1,
    initial: 0,
    help: "Delegated to the place; the places' shares add up to at most 1",
  },
];

/** A new place: the next free id and number, with whatever share of the pot the other places leave. */
function newPlace(existing: readonly Parent[]): Record<string, unknown> {
  const ids = new Set(existing.map((place) => place.id));
  let number = existing.length + 1;
  while (ids.has(`place-${number}`)) number++;
  const taken = existing.reduce((sum, place) => sum + (typeof place.share === 'number' ? place.share : 0), 0);
  return { id: `place-${number}`, name: `Place ${number}`, share: Math.max(0, Math.round((1 - taken) * 10000) / 10000) };
}

export const SYSTEM_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', key: 'name', label: 'Name of the system' },
  { kind: 'identifier', key: 'id', label: 'Short id' },
  { kind: 'number', key: 'population', label: 'Population', unit: 'count', optional: true, integer: true, min: 1, initial: 1_000_000 },
  {
    kind: 'group',
    key: 'allocation',
    label: 'Single pot (allocation)',
    help: 'The one budget the system receives',
    optional: false,
    initial: () => ({ baseline: 1000, growth: 0.03 }),
    fields: [
      { kind: 'parameter', key: 'baseline', label: 'Allocation', unit: 'money', initial: 1000, help: '£m a year in the baseline year' },
      { kind: 'parameter', key: 'growth', label: 'Allocation growth', unit: 'rate', optional: true, initial: 0.03 },
    ],
  },
  {
    kind: 'list',
    key: 'places',
    label: 'Places',
    itemNoun: 'place',
    help: 'Places within the system (usually 150,000 to 500,000 people), each with its delegated share of the single pot; each organisation can then say which place it belongs to',
    fields: PLACE_FIELDS,
    initial: newPlace,
  },
  {
    kind: 'yearly',
    key: 'controlTotal',
    label: 'System control total',
    unit: 'money',
    initial: 0,
    optionalLabel: "the sum of its organisations' totals",
    help: 'The surplus (+) or deficit (−) the system as a whole is told to deliver, £m',
  },
];

const members: FieldSpec = { kind: 'organisations', key: 'members', label: 'Organisations in the agreement', help: 'Leave all unticked for everyone in the system control total' };
const ruleLabel: FieldSpec = { kind: 'text', key: 'label', label: 'Name of this agreement', optional: true };
const weights: FieldSpec = {
  kind: 'choice',
  key: 'weights',
  label: 'Weights',
  optional: true,
  options: [
    { value: 'income', label: 'Share of system income (default)' },
    { value: 'equal', label: 'Equal' },
  ],
};

export const RISK_SHARE_RULES: readonly Variant[] = [
  { value: 'none', label: 'No risk share', help: 'Each body keeps its own surplus or deficit.', fields: [ruleLabel], initial: () => ({ rule: 'none' }) },
  {
    value: 'proRata',
    label: 'Pro rata',
    help: 'Everyone ends with the same share of the system result, in proportion to its weight.',
    fields: [ruleLabel, weights, members],
    initial: () => ({ rule: 'proRata' }),
  },
  {
    value: 'collarAndCap',
    label: 'Collar and cap',
    help: 'Each body keeps its variance within ± the collar; the rest is pooled pro rata, and no body pays in more than the cap.',
    fields: [
      ruleLabel,
      { kind: 'number', key: 'collar', label: 'Collar', unit: 'money', min: 0, initial: 2 },
      { kind: 'number', key: 'cap', label: 'Cap', unit: 'money', min: 0, initial: 6 },
      weights,
      members,
    ],
    initial: () => ({ rule: 'collarAndCap', collar: 2, cap: 6 }),
  },
  {
    value: 'contingencyReserve',
    label: 'Contingency reserve',
    help: "A reserve top-sliced from the single pot (the ICB's allocation) pays deficits pro rata to their size until it runs out. Control totals are before the reserve: the ICB's variance counts what it paid in.",
    fields: [
      ruleLabel,
      { kind: 'parameter', key: 'reserve', label: 'Reserve', unit: 'money', initial: 10 },
      {
        kind: 'choice',
        key: 'remainder',
        label: 'An unspent reserve is',
        options: [
          { value: 'returnProRata', label: 'Returned to the ICBs, in proportion to what each paid in' },
          { value: 'hold', label: 'Held centrally' },
        ],
      },
      members,
    ],
    initial: () => ({ rule: 'contingencyReserve', reserve: 10, remainder: 'returnProRata' }),
  },
  {
    value: 'surplusCoversDeficit',
    label: 'Surplus covers deficit',
    help: 'Bodies in surplus give up to a share of it to cover the deficits of others.',
    fields: [ruleLabel, { kind: 'number', key: 'surplusShare', label: 'Share of a surplus given up', unit: 'share', min: 0, max: 1, initial: 0.5 }, members],
    initial: () => ({ rule: 'surplusCoversDeficit', surplusShare: 0.5 }),
  },
];

export const INCENTIVE_FUND_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', key: 'name', label: 'Name of the fund' },
  { kind: 'amounts', key: 'amounts', label: 'Amount available to each organisation', unit: 'money', help: '£m a year' },
  {
    kind: 'choice',
    key: 'condition',
    label: 'Paid when',
    help: 'Whose control total decides the payment',
    options: [
      { value: 'organisation', label: 'It meets its own total' },
      { value: 'system', label: 'The system meets its total' },
      { value: 'both', label: 'Both are met' },
    ],
  },
  {
    kind: 'choice',
    key: 'basis',
    label: 'Own test uses the position',
    optional: true,
    options: [
      { value: 'afterRiskShare', label: 'After risk share (default)' },
      { value: 'beforeRiskShare', label: 'Before risk share' },
    ],
  },
  {
    kind: 'group',
    key: 'performance',
    label: 'Part paid on performance',
    optional: true,
    help: 'The 2016-19 fund paid 30% on A&E, elective and cancer waiting times',
    initial: () => ({ share: 0.3, achieved: { dist: 'uniform', min: 0.3, max: 1 } }),
    fields: [
      { kind: 'number', key: 'share', label: 'Share paid on performance', unit: 'share', min: 0, max: 1, initial: 0.3 },
      {
        kind: 'parameter',
        key: 'achieved',
        label: 'Share of that part earned',
        unit: 'share',
        optional: true,
        initial: 0.7,
        help: 'Cut to 0-1. With a 4-hour trajectory below, it applies only to organisations whose A&E performance is not modelled',
      },
      {
        kind: 'parameter',
        key: 'fourHourTrajectory',
        label: 'A&E 4-hour trajectory to reach each quarter',
        unit: 'share',
        optional: true,
        initial: 0.9,
        help: "A trust that models its A&E 4-hour performance (in its beds) earns the share of the year's quarters in which it reaches this. One value for every quarter of a year (a formula can change it by year)",
      },
    ],
  },
];

const interventionCommon: readonly FieldSpec[] = [
  { kind: 'text', key: 'name', label: 'Name', optional: true, references: 'intervention', help: 'Alternatives leave interventions out by name' },
  { kind: 'month', key: 'from', label: 'From month', optional: true, help: 'Financial years start in April. Empty: from the start.' },
];

export const INTERVENTION_KINDS: readonly Variant[] = [
  {
    value: 'budgetTransfer',
    label: 'Budget transfer',
    help: 'Move £m a year from one organisation to another (e.g. a CCG paying into an acute trust).',
    fields: [
      ...interventionCommon,
      { kind: 'organisation', key: 'fromOrganisation', label: 'From' },
      { kind: 'organisation', key: 'toOrganisation', label: 'To' },
      { kind: 'parameter', key: 'amount', label: 'Amount', unit: 'money', initial: 2 },
    ],
    initial: () => ({ kind: 'budgetTransfer', fromOrganisation: '', toOrganisation: '', amount: 2 }),
  },
  {
    value: 'paymentModelChange',
    label: 'Change of payment model',
    help: "Change an organisation's contract payment model from a month.",
    fields: [
      ...interventionCommon,
      { kind: 'organisation', key: 'organisation', label: 'Organisation' },
      { kind: 'choice', key: 'paymentModel', label: 'New payment model', options: PAYMENT_MODEL_CHOICES },
      { kind: 'number', key: 'fixedShare', label: 'Fixed share', unit: 'share', optional: true, min: 0, max: 1, initial: 0.8, when: (parent) => parent.paymentModel === 'blended' },
    ],
    initial: () => ({ kind: 'paymentModelChange', organisation: '', paymentModel: 'blended', fixedShare: 0.8 }),
  },
  {
    value: 'extraFunding',
    label: 'Extra funding',
    help: 'Non-recurrent money from outside the system (deficit support, contingency).',
    fields: [...interventionCommon, { kind: 'organisation', key: 'organisation', label: 'Paid to' }, { kind: 'parameter', key: 'amount', label: 'Amount', unit: 'money', initial: 2 }],
    initial: () => ({ kind: 'extraFunding', organisation: '', amount: 2 }),
  },
  {
    value: 'closeBeds',
    label: 'Close beds',
    help: 'Close beds at an acute trust; the plan books a saving per bed day, of which only a share may be real.',
    fields: [
      ...interventionCommon,
      { kind: 'organisation', key: 'organisation', label: 'Acute trust', only: ['acute'] },
      { kind: 'number', key: 'beds', label: 'Beds closed', unit: 'count', integer: true, min: 1, initial: 50 },
      { kind: 'parameter', key: 'savingRealisation', label: 'Share of the planned saving that is real', unit: 'share', optional: true, initial: 1 },
    ],
    initial: () => ({ kind: 'closeBeds', organisation: '', beds: 50 }),
  },
  {
    value: 'openBeds',
    label: 'Open beds',
    help: "Open beds at an acute trust, at the trust's cost per bed day.",
    fields: [
      ...interventionCommon,
      { kind: 'organisation', key: 'organisation', label: 'Acute trust', only: ['acute'] },
      { kind: 'number', key: 'beds', label: 'Beds opened', unit: 'count', integer: true, min: 1, initial: 20 },
    ],
    initial: () => ({ kind: 'openBeds', organisation: '', beds: 20 }),
  },
  {
    value: 'admissionAvoidance',
    label: 'Admission avoidance scheme',
    help: 'An out-of-hospital scheme claimed to avoid a share of emergency admissions; only part of the claim may come true.',
    fields: [
      ...interventionCommon,
      { kind: 'organisations', key: 'organisations', label: 'Acute trusts it serves', only: ['acute'] },
      { kind: 'parameter', key: 'claimedReduction', label: 'Claimed reduction in emergency admissions', unit: 'share', initial: 0.1 },
      { kind: 'parameter', key: 'realisation', label: 'Share of the claim that comes true', unit: 'share', initial: { dist: 'uniform', min: 0.2, max: 0.8 } },
      { kind: 'number', key: 'rampUpMonths', label: 'Months to full effect', unit: 'plain', optional: true, integer: true, min: 0, max: 60, initial: 6 },
      { kind: 'parameter', key: 'annualCost', label: 'Annual cost', unit: 'money', optional: true, initial: 2 },
      { kind: 'organisation', key: 'paidBy', label: 'Paid for by', optional: true, noneLabel: 'Nobody in the system' },
    ],
    initial: () => ({ kind: 'admissionAvoidance', organisations: [], claimedReduction: 0.1, realisation: { dist: 'uniform', min: 0.2, max: 0.8 } }),
  },
];

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

export const GENERAL_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', key: 'name', label: 'Name of the scenario' },
  { kind: 'number', key: 'horizon.firstYear', label: 'First financial year', unit: 'plain', integer: true, help: '2025 means 2025/26 (April to March)' },
  { kind: 'number', key: 'horizon.years', label: 'Number of years', unit: 'plain', integer: true, help: '1 to 10' },
  { kind: 'number', key: 'simulation.trials', label: 'Trials', unit: 'count', optional: true, integer: true, help: 'How many times to draw every uncertain input (default 1,000)' },
  { kind: 'number', key: 'simulation.seed', label: 'Seed', unit: 'plain', optional: true, integer: true, help: 'The same seed gives the same results (default 1)' },
  {
    kind: 'choice',
    key: 'simulation.bedModel',
    label: 'Bed simulation',
    optional: true,
    options: [
      { value: 'fast', label: 'Fast: one step per trust-day (default)' },
      { value: 'detailed', label: 'Detailed: every patient, in continuous time' },
    ],
    help: 'Only matters for trusts with beds',
  },
  {
    kind: 'choice',
    key: 'controlTotalBasis',
    label: 'Control totals are written',
    optional: true,
    options: [
      { value: 'beforeIncentive', label: 'Before incentive funding (default)' },
      { value: 'afterIncentive', label: 'After incentive funding: including it in full' },
    ],
    help: 'Published control totals have been quoted both ways. After: each is compared as the total less the organisation’s full incentive amounts.',
  },
  { kind: 'text', key: 'description', label: 'What this scenario is for', optional: true, multiline: true },
];

/** Versions of the scenario without some interventions, run on the same random numbers. */
export const ALTERNATIVE_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', key: 'name', label: 'Name of the alternative' },
  { kind: 'interventionNames', key: 'withoutInterventions', label: 'Leave out', help: 'Only named interventions can be left out' },
  { kind: 'text', key: 'description', label: 'What it shows', optional: true, multiline: true },
];
