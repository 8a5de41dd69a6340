import type { ParameterTable } from '../parameter-table.ts';
import type { WaitingListSpec } from '../../scenario/schema/waiting-list.ts';

/** A trust's elective waiting list; numbers are parameter slots. */
export interface CompiledWaitingList {
  /** Index among the trusts with a waiting list (for columns and fan charts). */
  readonly listIndex: number;
  readonly startingSize: number;
  readonly ageProfile: ReadonlyArray<{ readonly fromWeeks: number; readonly toWeeks: number; readonly share: number }>;
  readonly referralsPerMonth: number;
  readonly referralGrowth: number;
  readonly removalRatePerMonth: number;
  readonly rebookAfterDays: number;
}

/** Compiles a trust's `beds.elective.waitingList` (at `path`) into parameter slots. */
export function compileWaitingList(spec: WaitingListSpec, path: string, listIndex: number, table: ParameterTable): CompiledWaitingList {
  return {
    listIndex,
    startingSize: table.add(`${path}.startingSize`, spec.startingSize),
    ageProfile: spec.ageProfile.map(({ fromWeeks, toWeeks, share }) => ({ fromWeeks, toWeeks, share })),
    referralsPerMonth: table.add(`${path}.referralsPerMonth`, spec.referralsPerMonth),
    referralGrowth: spec.referralGrowth === undefined ? table.constant(0) : table.add(`${path}.referralGrowth`, spec.referralGrowth),
    removalRatePerMonth: table.add(`${path}.removalRatePerMonth`, spec.removalRatePerMonth),
    rebookAfterDays: spec.rebookAfterDays ?? 1,
  };
}

/** The trusts' waiting lists in `listIndex` order. */
export function waitingListsOf<Trust extends { readonly waitingList?: CompiledWaitingList }>(trusts: readonly Trust[]): Array<Trust & { readonly waitingList: CompiledWaitingList }> {
  return trusts.filter((trust): trust is Trust & { readonly waitingList: CompiledWaitingList } => trust.waitingList !== undefined);
}
