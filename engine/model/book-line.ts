import type { TrialState } from './trial-state.ts';
import { FIRST_EXPENDITURE_LINE, LINE_COUNT } from './ledger-lines.ts';

/**
 * Adds an amount (£m) to an entity's ledger line in one month of the year being
 * booked: income lines raise the month's net position, expenditure lines lower it.
 */
export function book(state: TrialState, entity: number, line: number, month: number, amount: number): void {
  state.lines[entity * LINE_COUNT + line] += amount;
  state.monthlyNet[entity * 12 + month] += line < FIRST_EXPENDITURE_LINE ? amount : -amount;
}
