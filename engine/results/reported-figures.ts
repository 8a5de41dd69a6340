import { catalogue } from '../catalogue/metric-kind.ts';

/**
 * The probabilities and derived figures the results report beside the
 * statistics of each metric, declared once: kind (so unit and number
 * format), label and meaning. The names are the fields of the results
 * (run-results.ts, compare-runs.ts).
 */
export const REPORTED_FIGURE_CATALOGUE = catalogue({
  probabilityMeetsBeforeRiskShare: { kind: 'probability', label: 'P(meets control total) before risk share', description: 'Share of trials in which the control total was met before risk share.' },
  probabilityMeetsAfterRiskShare: { kind: 'probability', label: 'P(meets control total) after risk share', description: 'Share of trials in which the control total was met after risk share.' },
  probabilitySystemMetWhileOrganisationMissed: {
    kind: 'probability',
    label: 'P(system meets while an organisation misses)',
    description: 'Systems only: share of trials where the system met its total while at least one member missed its own.',
  },
  probabilityIncentivePaid: {
    kind: 'probability',
    label: 'P(any incentive funding paid)',
    description: 'Share of trials in which the entity received any incentive funding (whatever the fund’s condition).',
  },
  expectedShortfall5: { kind: 'money', label: 'Mean of worst 5%', description: 'Mean variance after risk share in the worst 5% of trials (negative is a shortfall).' },
  expectedShortfall10: { kind: 'money', label: 'Mean of worst 10%', description: 'Mean variance after risk share in the worst 10% of trials (negative is a shortfall).' },
  incentiveMean: { kind: 'money', label: 'Mean incentive funding', description: 'Mean incentive funding received, under one risk-share rule.' },
  transferMean: {
    kind: 'money',
    label: 'Mean risk-share transfer',
    description: 'Mean money received (+) or paid (−) under one risk-share rule; a system’s members’ means sum to zero, or under a central reserve to what the reserve pays out.',
  },
  probabilityAnyPatientNotAdmitted: { kind: 'probability', label: 'P(any patient not admitted)', description: 'Share of trials with at least one emergency patient who could not be admitted.' },
  probabilityAnyDayAbove100: { kind: 'probability', label: 'P(any day above 100%)', description: 'Share of trials with at least one day above 100% of core beds.' },
  delegatedBudget: { kind: 'money', label: 'Delegated budget', description: "A place's share × the single pot, in the central case." },
  probabilityMeets: { kind: 'probability', label: 'P(place meets)', description: "Share of trials in which a place's organisations together meet their control totals." },
  probabilityAlternativeHigher: { kind: 'probability', label: 'P(alternative higher)', description: 'Share of trials in which the alternative is higher than the baseline (more than a tie).' },
  amountAvailable: { kind: 'money', label: 'Amount available', description: 'What an incentive fund holds for a member each year.' },
  probabilityDecidingTotalMet: {
    kind: 'probability',
    label: 'P(deciding control total met)',
    description: "Share of trials in which the control total that decides an incentive fund's payment was met.",
  },
  probabilityPaid: { kind: 'probability', label: 'P(fund paid)', description: 'Share of trials in which an incentive fund paid the member anything.' },
  meanPaid: { kind: 'money', label: 'Mean paid', description: 'Mean an incentive fund paid the member, over every trial (nothing paid counts as 0).' },
  performanceShare: { kind: 'share', unit: 'share of the amount', label: 'Part paid on performance', description: "The share of an incentive fund's amount paid on performance." },
  rankCorrelation: { kind: 'correlation', label: 'Rank correlation', description: "Spearman rank correlation between an input and the system's variance summed over the horizon." },
  lowDecileMean: { kind: 'money', label: 'Mean when input in lowest tenth', description: 'Mean system variance (summed over the horizon) when the input is in its lowest tenth.' },
  highDecileMean: { kind: 'money', label: 'Mean when input in highest tenth', description: 'Mean system variance (summed over the horizon) when the input is in its highest tenth.' },
  probabilityUnmetNeed: { kind: 'probability', label: 'P(any unmet need)', description: 'Share of trials in which someone who needs a care service finds no place or package.' },
  probabilityOverspend: { kind: 'probability', label: 'P(pool overspends)', description: 'Share of trials in which a pooled budget spends more than its contributions.' },
  probabilityPlaceOverspend: {
    kind: 'probability',
    label: 'P(place overspends)',
    description: 'Share of trials in which what is delegated to a place costs more than its budget, before it cuts services or draws on the reserve.',
  },
  probabilityPlaceUnfunded: {
    kind: 'probability',
    label: 'P(place left over budget)',
    description: 'Share of trials in which a place ends over its budget: neither the reserve nor its cuts met the whole overspend.',
  },
  largestPoolImbalance: {
    kind: 'money',
    label: 'Largest pool imbalance',
    description: "Largest |Σ partners' net cost − pool spend| over every pooled budget, year and trial (should be ~0).",
  },
  largestPlaceImbalance: {
    kind: 'money',
    label: 'Largest place imbalance',
    description:
      'Largest error in a place’s books (spend = contracts + cuts + the NHS part of the care it holds; position = budget − spend + drawn + cuts) over every place, year and trial (should be ~0).',
  },
  largestCareSplitError: {
    kind: 'money',
    label: 'Largest care split error',
    description: 'Largest |NHS + council + people − care cost| over every care service, year and trial (should be ~0).',
  },
  probabilityAlternativeLower: { kind: 'probability', label: 'P(alternative lower)', description: 'Share of trials in which the alternative is lower than the baseline (more than a tie).' },
});

export type ReportedFigure = keyof typeof REPORTED_FIGURE_CATALOGUE;
