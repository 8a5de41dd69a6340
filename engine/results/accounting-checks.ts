import type { CompiledModel } from '../model/compiled-model.ts';
import { columnOf, waitingListCount } from '../montecarlo/column-layout.ts';
import { waitingListAccountingCheck } from './waiting-list-results.ts';
import type { TrialBlock } from '../montecarlo/trial-block.ts';
import { careAccountingCheck, poolAccountingCheck } from './care-results.ts';
import { placeAccountingCheck } from './place-accounting-check.ts';
import type { AccountingChecks } from './run-results.ts';

/**
 * Σ transfers in each system and system = Σ organisations (and, with care
 * services, pooled budgets, places that hold budgets and waiting lists, their own identities), checked on every row
 * of a block: the largest error of each. A long run checks every trial as it
 * finishes (its block holds only the reservoir's rows) and keeps the largest,
 * largerAccountingErrors.
 */
export function accountingChecks(model: CompiledModel, block: TrialBlock): AccountingChecks {
  let largestTransferImbalance = 0;
  let largestSystemSumError = 0;
  const firstSystemEntity = model.entities.length - model.systems.length;
  for (let trial = 0; trial < block.trialCount; trial++) {
    const row = trial * block.columnCount;
    for (const system of model.systems) {
      const systemEntity = firstSystemEntity + system.index;
      const parts = system.reserveEntity >= 0 ? [...system.organisations, system.reserveEntity] : system.organisations;
      const counted = system.reserveEntity >= 0 ? [...system.controlTotalMembers, system.reserveEntity] : system.controlTotalMembers;
      for (let year = 0; year < model.years; year++) {
        let transfers = 0;
        for (const part of parts) transfers += block.values[row + columnOf(model, part, year, 'riskShareTransfer')];
        let outturns = 0;
        for (const part of counted) outturns += block.values[row + columnOf(model, part, year, 'outturn')];
        const systemOutturn = block.values[row + columnOf(model, systemEntity, year, 'outturn')];
        largestTransferImbalance = Math.max(largestTransferImbalance, Math.abs(transfers));
        largestSystemSumError = Math.max(largestSystemSumError, Math.abs(systemOutturn - outturns));
      }
    }
  }
  return {
    largestTransferImbalance,
    largestSystemSumError,
    ...(model.careServices.length > 0 ? { largestCareSplitError: careAccountingCheck(model, block) } : {}),
    ...(model.pools.length > 0 ? { largestPoolImbalance: poolAccountingCheck(model, block) } : {}),
    ...(model.placeBudgets.length > 0 ? { largestPlaceImbalance: placeAccountingCheck(model, block) } : {}),
    ...(waitingListCount(model) > 0 ? { largestWaitingListImbalance: waitingListAccountingCheck(model, block) } : {}),
  };
}
