import { catalogue } from '../../catalogue/metric-kind.ts';

/**
 * Figures recorded for every care service in every trial and year, declared
 * once: name, kind (so unit and number format), label and meaning. The order
 * is the order of the engine's columns. For every service and trial,
 * NHS + council + people = total cost.
 */
export const CARE_METRIC_CATALOGUE = catalogue({
  careUsers: { kind: 'patients', unit: 'people', label: 'People needing care', description: 'People who need the service in the year (users × growth).' },
  careUsersServed: { kind: 'patients', unit: 'people', label: 'People served', description: 'People the service can take: its users, up to its capacity.' },
  careUnmetNeed: { kind: 'patients', unit: 'people', label: 'Unmet need', description: 'People who need the service but find no place or package (users beyond capacity): counted, never dropped.' },
  careTotalCost: { kind: 'money', label: 'Care cost', description: 'People served × weekly cost × 52 weeks, £m: what the care costs, whoever pays.' },
  careNhsCost: { kind: 'money', label: 'Paid by the NHS', description: 'The NHS-funded part of the cost (free to the person), paid by the ICB, £m.' },
  careCouncilCost: { kind: 'money', label: 'Paid by the council', description: 'The council-funded part of the cost less what users pay under the means test, £m.' },
  carePeopleCost: { kind: 'money', label: 'Paid by people', description: "People's own money: self-funders paying in full and contributors' charges, £m." },
  careMovedFromNhs: {
    kind: 'money',
    label: 'Moved off the NHS',
    description: 'Cost the boundary shifts re-designated from NHS to council funding in the year, against the same trial without them, £m (negative: moved onto the NHS).',
  },
  careMovedOntoPeople: {
    kind: 'money',
    label: 'Moved onto people',
    description: "What people pay because of the boundary shifts: people's money less what they would pay in the same trial without them, £m.",
  },
});

export type CareMetric = keyof typeof CARE_METRIC_CATALOGUE;
export const CARE_METRICS = Object.keys(CARE_METRIC_CATALOGUE) as readonly CareMetric[];
export const CARE_METRIC_COUNT = CARE_METRICS.length;
export const CARE_METRIC: Readonly<Record<CareMetric, number>> = Object.fromEntries(CARE_METRICS.map((metric, index) => [metric, index])) as Record<CareMetric, number>;
