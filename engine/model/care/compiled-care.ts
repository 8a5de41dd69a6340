import type { CareServiceKind } from '../../scenario/schema/care-service.ts';

/** A boundary shift of one care service, as slots: from `fromMonth`, a share of the users on one side moves to the other. */
export interface CompiledBoundaryShift {
  readonly to: 'council' | 'nhs';
  /** Slot of the share of the users on the side it moves from. */
  readonly share: number;
  readonly fromMonth: number;
}

/**
 * A care service ready to book. Slot numbers index the model's parameter
 * table; organisation numbers its organisations (−1 when the scenario names
 * none on that side).
 */
export interface CompiledCareService {
  /** Position among the model's care services (its row in care arrays). */
  readonly careIndex: number;
  readonly id: string;
  readonly name: string;
  readonly kind: CareServiceKind;
  readonly systemIndex: number;
  /** Scenario path of the service, for messages. */
  readonly path: string;
  readonly users: number;
  readonly usersGrowth: number;
  readonly weeklyCost: number;
  readonly weeklyCostGrowth: number;
  /** Slot of the capacity, or −1 for no limit. */
  readonly capacity: number;
  /** The council-funded share of users before any boundary shift: 0 (NHS) or 1 (council). */
  readonly startingCouncilShare: number;
  readonly nhsFunder: number;
  readonly council: number;
  /** Slots of the means test, or undefined when council-funded users pay nothing. */
  readonly charging: { readonly selfFunderShare: number; readonly contributorShare: number; readonly averageContribution: number } | undefined;
  /** Index of the pooled budget that pays for it, or −1. */
  readonly pool: number;
  /** Organisation index of the pool's host (who pays the public cost), or −1 outside a pool. */
  readonly poolHost: number;
  /** Its boundary shifts, in scenario order. */
  readonly shifts: readonly CompiledBoundaryShift[];
}

/** A pooled budget ready to book: its partners' contribution slots, its host and its rule. */
export interface CompiledPool {
  /** Position among the model's pools (its row in pool arrays). */
  readonly poolIndex: number;
  readonly id: string;
  readonly name: string;
  readonly systemIndex: number;
  readonly path: string;
  /** Organisation index of the host. */
  readonly host: number;
  readonly rule: 'proportional' | 'hostTakesAll' | 'agreedShares';
  /** Row of its first partner in partner arrays (partners of every pool, pool by pool). */
  readonly firstPartner: number;
  readonly partners: ReadonlyArray<{ readonly organisation: number; readonly contribution: number; readonly agreedShare: number }>;
}
