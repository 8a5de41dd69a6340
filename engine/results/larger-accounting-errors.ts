import type { AccountingChecks } from './run-results.ts';

/** The larger of two sets of accounting errors, figure by figure (the same whatever the order). */
export function largerAccountingErrors(a: AccountingChecks, b: AccountingChecks): AccountingChecks {
  const larger = (x: number | undefined, y: number | undefined) => (x === undefined ? y : y === undefined ? x : Math.max(x, y));
  return {
    largestTransferImbalance: Math.max(a.largestTransferImbalance, b.largestTransferImbalance),
    largestSystemSumError: Math.max(a.largestSystemSumError, b.largestSystemSumError),
    ...(a.largestCareSplitError !== undefined || b.largestCareSplitError !== undefined ? { largestCareSplitError: larger(a.largestCareSplitError, b.largestCareSplitError) } : {}),
    ...(a.largestPoolImbalance !== undefined || b.largestPoolImbalance !== undefined ? { largestPoolImbalance: larger(a.largestPoolImbalance, b.largestPoolImbalance) } : {}),
    ...(a.largestPlaceImbalance !== undefined || b.largestPlaceImbalance !== undefined ? { largestPlaceImbalance: larger(a.largestPlaceImbalance, b.largestPlaceImbalance) } : {}),
    ...(a.largestWaitingListImbalance !== undefined || b.largestWaitingListImbalance !== undefined
      ? { largestWaitingListImbalance: larger(a.largestWaitingListImbalance, b.largestWaitingListImbalance) }
      : {}),
  };
}
