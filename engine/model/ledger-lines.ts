/**
 * The lines of an organisation's income and expenditure account, in £m.
 * Income lines add to the position, expenditure lines subtract; CIP savings
 * are booked as a negative expenditure so gross costs stay visible.
 */
export const INCOME_LINES = ['allocation', 'contractIncome', 'bedActivityIncome', 'otherIncome', 'transfersIn', 'extraFunding', 'reserveIncome'] as const;
export const EXPENDITURE_LINES = [
  'pay',
  'nonPay',
  'drugs',
  'activityCosts',
  'bedActivityCosts',
  'escalationCosts',
  'bedClosureSavings',
  'bedOpeningCosts',
  'schemeCosts',
  'cipSavings',
  'pfi',
  'capitalCharges',
  'pdcDividend',
  'commissioning',
  'contractPayments',
  'transfersOut',
  'reserveTopSlice',
] as const;

export type IncomeLine = (typeof INCOME_LINES)[number];
export type ExpenditureLine = (typeof EXPENDITURE_LINES)[number];
export type LedgerLine = IncomeLine | ExpenditureLine;

/** All lines, income first; a line's index in this list is its column in ledger arrays. */
export const LEDGER_LINES: readonly LedgerLine[] = [...INCOME_LINES, ...EXPENDITURE_LINES];
export const LINE_COUNT = LEDGER_LINES.length;
export const FIRST_EXPENDITURE_LINE = INCOME_LINES.length;

/** Column of a line in ledger arrays. */
export const LINE: Readonly<Record<LedgerLine, number>> = Object.fromEntries(LEDGER_LINES.map((line, index) => [line, index])) as Record<LedgerLine, number>;
