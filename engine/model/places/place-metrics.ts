import { catalogue } from '../../catalogue/metric-kind.ts';

/**
 * Figures recorded for every place that holds a budget, in every trial and
 * year, declared once (the order is the order of the engine's columns). For
 * every place and trial: position = budget − spend + reserve drawn + cuts, and
 * spend = contracts delegated + cuts + the NHS part of its care services after
 * the cuts (checked, placeAccountingCheck).
 */
export const PLACE_METRIC_CATALOGUE = catalogue({
  placeBudget: { kind: 'money', label: 'Delegated budget', description: "The place's share of the single pot in the year, £m." },
  placeSpend: {
    kind: 'money',
    label: 'Delegated spend',
    description: 'What the services and contracts delegated to the place cost in the year before any cut: the NHS part of its care services and its providers’ contract income, £m.',
  },
  placeContractSpend: {
    kind: 'money',
    label: 'Contracts delegated',
    description: 'The part of the delegated spend that is its providers’ contract income with the ICB, £m (the rest is the NHS part of its care services before any cut).',
  },
  placeOverspend: { kind: 'money', label: 'Overspend', description: 'Delegated spend − budget before the place acts, £m (negative: an underspend).' },
  placeReserveDrawn: { kind: 'money', label: 'Drawn from the reserve', description: "What the system's place reserve met of the overspend, £m." },
  placeCuts: { kind: 'money', label: 'Cut from services', description: 'The NHS spend the place cut from its named services to live within its budget, £m.' },
  placePeopleCut: { kind: 'patients', unit: 'people', label: 'People no longer served', description: 'People the cuts stopped serving (counted as unmet need of the services cut).' },
  placePosition: {
    kind: 'money',
    label: 'Position',
    description: 'Budget − spend + reserve drawn + cuts, £m: 0 or better when the place lives within its budget; negative, the overspend nothing met.',
  },
  placeUnfunded: { kind: 'money', label: 'Overspend left unmet', description: 'What neither the reserve nor the cuts met, £m (max(0, −position)): the place ends over its budget by this.' },
});

export type PlaceMetric = keyof typeof PLACE_METRIC_CATALOGUE;
export const PLACE_METRICS = Object.keys(PLACE_METRIC_CATALOGUE) as readonly PlaceMetric[];
export const PLACE_METRIC_COUNT = PLACE_METRICS.length;
export const PLACE_METRIC: Readonly<Record<PlaceMetric, number>> = Object.fromEntries(PLACE_METRICS.map((metric, index) => [metric, index])) as Record<PlaceMetric, number>;
