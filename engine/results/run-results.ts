import type { PlaceMetric } from '../model/places/place-metrics.ts';
import type { EntityKind } from '../model/compiled-model.ts';
import type { FinanceMetric, MoneyMetric } from '../model/metrics.ts';
import type { LedgerLine } from '../model/ledger-lines.ts';
import type { OrganisationKind } from '../scenario/schema/organisation.ts';
import type { BedMetric } from '../model/beds/bed-metrics.ts';
import type { CareMetric } from '../model/care/care-metrics.ts';
import type { PoolMetric, PoolPartnerMetric } from '../model/care/pool-metrics.ts';
import type { CareServiceKind } from '../scenario/schema/care-service.ts';
import type { Comparison } from './compare-runs.ts';
import type { SystemBedYearResult } from './system-beds.ts';
import type { WaitingListMetric } from '../model/beds/waiting-list-metrics.ts';
import type { WaitingListMonthField } from '../beds/waiting-list.ts';

/** Quantiles reported everywhere: P5, P10, P25, P50, P75, P90, P95. */
export const REPORTED_QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] as const;

export interface SummaryStatistics {
  readonly mean: number;
  readonly sd: number;
  readonly p5: number;
  readonly p10: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p90: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

/** Money metrics summarised with statistics (the 0/1 indicators become probabilities). */
export type { MoneyMetric };

/** Counts of trials in equal-width bins: bin i covers [start + i·width, start + (i+1)·width); the last bin includes its upper edge. */
export interface Histogram {
  readonly start: number;
  readonly width: number;
  readonly counts: number[];
}

export interface EntityYearResult {
  readonly entityId: string;
  readonly year: number;
  readonly yearLabel: string;
  readonly metrics: Readonly<Record<MoneyMetric, SummaryStatistics>>;
  /** Share of trials in which the control total was met, before and after risk share. */
  readonly probabilityMeetsBeforeRiskShare: number;
  readonly probabilityMeetsAfterRiskShare: number;
  /** Systems only: share of trials where the system met its total while at least one member missed its own. */
  readonly probabilitySystemMetWhileOrganisationMissed: number | undefined;
  /** Share of trials in which the entity received any incentive funding (whatever the fund's condition). */
  readonly probabilityIncentivePaid: number;
  /** Mean post-share variance in the worst 5% and 10% of trials (£m; negative is a shortfall). */
  readonly expectedShortfall5: number;
  readonly expectedShortfall10: number;
  /** The deterministic central case (every distribution at its mean). */
  readonly central: Readonly<Record<FinanceMetric, number>>;
  /** Every trial's outturn and post-share variance (£m), in 40 equal bins from the smallest to the largest. */
  readonly outturnHistogram: Histogram;
  readonly postShareVarianceHistogram: Histogram;
}

export interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly organisationKind: OrganisationKind | undefined;
  readonly systemId: string;
}

/** Monthly year-to-date variance against plan (£m), quantiles across trials, one point per month. */
export interface FanChart {
  readonly entityId: string;
  readonly p5: number[];
  readonly p10: number[];
  readonly p25: number[];
  readonly p50: number[];
  readonly p75: number[];
  readonly p90: number[];
  readonly p95: number[];
}

export interface SensitivityEntry {
  readonly input: string;
  /** Spearman rank correlation between the input and the system's variance summed over the horizon. */
  readonly rankCorrelation: number;
  /** Mean system variance (£m, summed over the horizon) when the input is in its lowest / highest tenth. */
  readonly lowDecileMean: number;
  readonly highDecileMean: number;
}

export interface SystemSensitivity {
  readonly systemId: string;
  readonly entries: SensitivityEntry[];
}

/** The central case's income and expenditure lines, per organisation and year (£m). */
export interface CentralStatement {
  readonly entityId: string;
  readonly year: number;
  readonly lines: Readonly<Record<LedgerLine, number>>;
}

/** Checks of the accounting identities over every trial, for the record. */
export interface AccountingChecks {
  /** Largest |Σ risk-share transfers| in any system, year and trial (should be ~0). */
  readonly largestTransferImbalance: number;
  /** Largest |system outturn − Σ its organisations' outturns| (should be ~0). */
  readonly largestSystemSumError: number;
  /** Scenarios with care services: largest |NHS + council + people − care cost| over every service, year and trial (should be ~0). */
  readonly largestCareSplitError?: number;
  /** Scenarios with pooled budgets: largest |Σ partners' net cost − pool spend| over every pool, year and trial (should be ~0). */
  readonly largestPoolImbalance?: number;
  /**
   * Places that hold budgets: the largest error, £m, of spend = contracts delegated + cuts + Σ the NHS part of the care
   * services held (after the cuts), position = budget − spend + reserve drawn + cuts, unmet = max(0, −position), and
   * Σ reserve drawn ≤ Σ overspends in a system, over every place, year and trial (should be ~0; see place-accounting-check.ts).
   */
  readonly largestPlaceImbalance?: number;
  /** Scenarios with waiting lists: largest |start + referrals added − operations done − removed − end| over every list, year and trial (exactly 0). */
  readonly largestWaitingListImbalance?: number;
}

export interface RunMeta {
  readonly engineVersion: string;
  readonly schemaVersion: number;
  readonly scenarioName: string;
  readonly seed: number;
  readonly trials: number;
  readonly firstYear: number;
  readonly years: number;
  readonly yearLabels: readonly string[];
  readonly monthLabels: readonly string[];
  readonly moneyUnit: '£m';
  /** Which bed simulation made the bed figures ('fast' or 'detailed'), or null without beds. */
  readonly bedModel: 'fast' | 'detailed' | null;
  readonly fanChartResolution: string;
  /** How the figures were made, one plain sentence each (the reserve's source, the control-total basis, what the model leaves out); absent in runs made before engine 0.3.0. */
  readonly notes?: readonly string[];
  /** Present when the run was longer than RESERVOIR_TRIALS: the rows its quantiles, tails, histograms, rankings and paired figures were read from, and what that means. */
  readonly reservoir?: { readonly rows: number; readonly note: string };
}

/** An acute trust's beds in one year: every figure across trials, and the daily occupancy. */
export interface BedYearResult {
  readonly entityId: string;
  readonly year: number;
  readonly yearLabel: string;
  /** Every bed figure across trials; each one's kind, unit and meaning are in BED_METRIC_CATALOGUE (model/beds/bed-metrics.ts). */
  readonly metrics: Readonly<Record<BedMetric, SummaryStatistics>>;
  /** Share of trials with at least one patient who could not be admitted, and with at least one day above 100%. */
  readonly probabilityAnyPatientNotAdmitted: number;
  readonly probabilityAnyDayAbove100: number;
  /** Share of all days (over every trial) whose census was in each 1% band of core beds: index i is i% to (i+1)%, the last 150% and above. */
  readonly occupancyDistribution: number[];
  /** Quantiles of daily occupancy over every day of every trial, read from those bands (lower edge, so within 1 point). */
  readonly dailyOccupancyQuantiles: { readonly p5: number; readonly p25: number; readonly p50: number; readonly p75: number; readonly p95: number };
  /** The central case (inputs at their means; one simulated year of patients). */
  readonly central: Readonly<Record<BedMetric, number>>;
}

/** A trust's elective waiting list in one year: every figure across trials, and the central case. */
export interface WaitingListYearResult {
  readonly entityId: string;
  readonly year: number;
  readonly yearLabel: string;
  /** Every waiting-list figure across trials; each one's kind, unit and meaning are in WAITING_LIST_METRIC_CATALOGUE (model/beds/waiting-list-catalogue.ts). */
  readonly metrics: Readonly<Record<WaitingListMetric, SummaryStatistics>>;
  readonly central: Readonly<Record<WaitingListMetric, number>>;
}

/** A trust's elective waiting list month by month. */
export interface WaitingListMonths {
  readonly entityId: string;
  /** Patients on the list at each month's end across trials (P5 … P95, read from 2%-wide log buckets: within ±1%). */
  readonly listSize: { readonly p5: number[]; readonly p10: number[]; readonly p25: number[]; readonly p50: number[]; readonly p75: number[]; readonly p90: number[]; readonly p95: number[] };
  /** The central case's months: each figure of WAITING_LIST_MONTH (beds/waiting-list.ts), one value a month. */
  readonly central: Readonly<Record<WaitingListMonthField, number[]>>;
}

/** A care service in one year: who paid for it (NHS, council, people), what the boundary shifts moved, and unmet need, across trials. */
export interface CareServiceYearResult {
  readonly systemId: string;
  readonly serviceId: string;
  readonly name: string;
  readonly kind: CareServiceKind;
  readonly year: number;
  readonly yearLabel: string;
  /** Every care figure across trials; each one's kind, unit and meaning are in CARE_METRIC_CATALOGUE (model/care/care-metrics.ts). */
  readonly metrics: Readonly<Record<CareMetric, SummaryStatistics>>;
  /** Share of trials in which someone who needs the service finds no place. */
  readonly probabilityUnmetNeed: number;
  /** The same figures in the deterministic central case (every input at its mean). */
  readonly central: Readonly<Record<CareMetric, number>>;
}

/** A pooled budget in one year: contributions, spend, the over- or underspend and each partner's part of it, across trials. */
export interface PooledBudgetYearResult {
  readonly systemId: string;
  readonly poolId: string;
  readonly name: string;
  readonly hostId: string;
  readonly rule: 'proportional' | 'hostTakesAll' | 'agreedShares';
  readonly year: number;
  readonly yearLabel: string;
  /** Each figure's kind, unit and meaning are in POOL_METRIC_CATALOGUE (model/care/pool-metrics.ts). */
  readonly metrics: Readonly<Record<PoolMetric, SummaryStatistics>>;
  /** Share of trials in which the pool overspends. */
  readonly probabilityOverspend: number;
  /** The pool's figures in the deterministic central case. */
  readonly central: Readonly<Record<PoolMetric, number>>;
  readonly partners: ReadonlyArray<{ readonly organisationId: string; readonly metrics: Readonly<Record<PoolPartnerMetric, SummaryStatistics>> }>;
}

/** A place that holds a budget, in one year: its budget and delegated spend, what the reserve met or the cuts took, and its position, across trials. */
export interface PlaceBudgetYearResult {
  readonly systemId: string;
  readonly placeId: string;
  readonly name: string;
  /** What it does when it overspends. */
  readonly overspend: 'systemReserve' | 'cutServices';
  /** The care services whose NHS part it pays, in the scenario's order (ids). */
  readonly careServiceIds: readonly string[];
  /** The providers whose contracts with the ICB it pays (organisation ids). */
  readonly contractIds: readonly string[];
  /** The services it cuts, in order (empty when it draws on the reserve). */
  readonly cutServiceIds: readonly string[];
  readonly year: number;
  readonly yearLabel: string;
  /** Each figure's kind, unit and meaning are in PLACE_METRIC_CATALOGUE (model/places/place-metrics.ts). */
  readonly metrics: Readonly<Record<PlaceMetric, SummaryStatistics>>;
  /** Share of trials in which its delegated spend runs over its budget (before it acts). */
  readonly probabilityPlaceOverspend: number;
  /** Share of trials in which an overspend is left that neither the reserve nor the cuts met. */
  readonly probabilityPlaceUnfunded: number;
  /** The place's figures in the deterministic central case. */
  readonly central: Readonly<Record<PlaceMetric, number>>;
}

/** A place (150k–500k people) in one year: its delegated share of the single pot, and its organisations together. */
export interface PlaceYearResult {
  readonly systemId: string;
  readonly placeId: string;
  readonly name: string;
  readonly year: number;
  readonly yearLabel: string;
  /** Delegated budget in the central case: the place's share × the single pot (£m). */
  readonly delegatedBudget: number;
  readonly organisationIds: readonly string[];
  /** Sum of its organisations' outturn and of their variance against control totals after risk share, trial by trial (£m). */
  readonly outturn: SummaryStatistics;
  readonly postShareVariance: SummaryStatistics;
  /** Share of trials in which the place's organisations together meet their control totals. */
  readonly probabilityMeets: number;
}

/**
 * What one incentive fund paid one of its members in one year, over the
 * trials, as the engine decided it (model/settle-year.ts): the condition and
 * basis it pays on, whose control total decides, how often that total was
 * met and how often and how much the fund paid.
 */
export interface IncentiveFundOutcome {
  readonly systemId: string;
  readonly fundName: string;
  /** The member paid (an organisation named in the fund's amounts). */
  readonly entityId: string;
  readonly year: number;
  readonly yearLabel: string;
  /** £m the fund holds for this member each year, all of it paid when the condition is met and any performance part earned. */
  readonly amountAvailable: number;
  /** Whose control total must be met: the member's own, the system's, or both. */
  readonly condition: 'organisation' | 'system' | 'both';
  /** Whether the member's own total is judged before or after risk share (the system's is always its outturn against its total). */
  readonly basis: 'beforeRiskShare' | 'afterRiskShare';
  /** The entity whose control total decides: the member (condition organisation or both) or its system (condition system). */
  readonly decidingEntityId: string;
  /** The position against that total which decides: before risk share, or after it. */
  readonly decidingPosition: 'beforeRiskShare' | 'afterRiskShare';
  /** Share of trials in which that deciding total was met (for condition both, the member's own; the system's must be met too). */
  readonly probabilityDecidingTotalMet: number;
  /** Share of trials in which the fund paid this member anything. */
  readonly probabilityPaid: number;
  /** Mean paid over every trial (£m), nothing paid counting as 0. */
  readonly meanPaid: number;
  /** The share of the amount paid on performance (0 when none). */
  readonly performanceShare: number;
  /** Whether that part is earned from the member's modelled A&E 4-hour performance quarter by quarter (else from the fund's performance.achieved). */
  readonly performanceFromFourHour: boolean;
}

/** One rule's results for the organisations of a system and the system itself. */
export interface RiskShareRuleRow {
  readonly entityId: string;
  readonly year: number;
  readonly probabilityMeetsAfterRiskShare: number;
  readonly postShareVariance: SummaryStatistics;
  readonly expectedShortfall5: number;
  readonly incentiveMean: number;
  /** Mean risk-share transfer under the rule: received (+) or paid (−); a system's members' means sum to zero, or under a central reserve to what the reserve pays out (the reserve's own row is not listed). */
  readonly transferMean: number;
  readonly probabilitySystemMetWhileOrganisationMissed: number | undefined;
}

export interface RiskShareRuleResult {
  readonly label: string;
  readonly rule: string;
  /** True for the rule the scenario itself uses. */
  readonly isScenarioRule: boolean;
  readonly rows: RiskShareRuleRow[];
}

/** Each rule a system compares, on the same trials. */
export interface RiskShareComparison {
  readonly systemId: string;
  readonly rules: RiskShareRuleResult[];
}

/** A count over systems (of those missing, or running hot) in one year: its distribution over trials and its statistics. */
export interface SystemCount {
  /** distribution[k]: share of trials in which exactly k systems were counted (k = 0 … number of systems). */
  readonly distribution: number[];
  readonly statistics: SummaryStatistics;
}

/** A national contingency (£m) that covers the shortfall in 50%, 90% and 95% of trials (type-7 quantiles of the shortfall). */
export interface Contingency {
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
}

/** The nation (every system of the run together) in one year. */
export interface NationalYearResult {
  readonly year: number;
  readonly yearLabel: string;
  /** Systems whose outturn is below their control total (by more than £1). */
  readonly systemsMissing: SystemCount;
  /** Systems with an acute trust above 92% occupancy on more than 90 days. */
  readonly systemsRunningHot: SystemCount;
  /** Σ systems' outturn, and Σ their variance against control totals (£m). */
  readonly outturn: SummaryStatistics;
  readonly variance: SummaryStatistics;
  /** Share of trials in which the systems together meet the sum of their control totals. */
  readonly probabilityNationalTotalMet: number;
  /** gross: Σ over systems of each one's shortfall (no surplus moved between systems); net: the shortfall of the national total. */
  readonly contingency: { readonly gross: Contingency; readonly net: Contingency };
}

/** One system's place in the national ranking for a year. */
export interface NationalSystemRow {
  readonly systemId: string;
  readonly name: string;
  readonly year: number;
  /** 1 = the most likely to miss (ties by the lower mean variance, then by id). */
  readonly rank: number;
  readonly probabilityMissing: number;
  /** Mean variance against the control total (£m). */
  readonly meanVariance: number;
  /** Chance that one of its acute trusts is above 92% on more than 90 days (undefined without beds). */
  readonly probabilityRunningHot: number | undefined;
}

/** National results of a run of two or more systems. */
export interface NationalResults {
  readonly systemCount: number;
  /** The occupancy and the number of days above it that make a system count as running hot (0.92, 90). */
  readonly hotOccupancy: number;
  readonly hotDays: number;
  readonly years: readonly NationalYearResult[];
  /** Every system in every year, ranked within the year by its chance of missing. */
  readonly ranking: readonly NationalSystemRow[];
}

/** Everything a run reports. Plain JSON. */
export interface RunResults {
  readonly meta: RunMeta;
  readonly entities: readonly EntitySummary[];
  readonly table: readonly EntityYearResult[];
  readonly fanCharts: readonly FanChart[];
  readonly sensitivity: readonly SystemSensitivity[];
  readonly centralStatements: readonly CentralStatement[];
  readonly accountingChecks: AccountingChecks;
  /** Systems with riskShareAlternatives: every rule's results side by side (empty otherwise). */
  readonly riskShareComparison: readonly RiskShareComparison[];
  /** Acute trusts with beds, per year (empty without beds). */
  readonly beds: readonly BedYearResult[];
  /** Each system with beds, per year: its trusts' beds added up trial by trial; absent without beds. */
  readonly systemBeds?: readonly SystemBedYearResult[];
  /** Places with organisations assigned to them, per year (empty without places). */
  readonly places: readonly PlaceYearResult[];
  /** Every incentive fund × member × year (empty without incentive funds). */
  readonly incentiveFunds: readonly IncentiveFundOutcome[];
  /** Every care service × year; absent when the scenario has no care services. */
  readonly careServices?: readonly CareServiceYearResult[];
  /** Every pooled budget × year; absent when the scenario has none. */
  readonly pooledBudgets?: readonly PooledBudgetYearResult[];
  /** Every place that holds a budget × year; absent when no place does. */
  readonly placeBudgets?: readonly PlaceBudgetYearResult[];
  /** Every trust's elective waiting list × year; absent when no trust has one. */
  readonly waitingLists?: readonly WaitingListYearResult[];
  /** Every trust's elective waiting list month by month; absent when no trust has one. */
  readonly waitingListMonths?: readonly WaitingListMonths[];
  /** Runs of two or more systems only: the systems together (absent for one system). */
  readonly national?: NationalResults;
  /**
   * The scenario's alternatives (versions without some interventions), each
   * compared with the scenario on the same random numbers: differences are
   * alternative − scenario. Empty when the scenario has none.
   */
  readonly alternatives: ReadonlyArray<{
    readonly name: string;
    readonly description: string | undefined;
    readonly withoutInterventions: readonly string[];
    readonly comparison: Comparison;
  }>;
}
