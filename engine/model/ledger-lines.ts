/**
 * The lines of an organisation's income and expenditure account, in £m.
 * Income lines add to the position, expenditure lines subtract; CIP savings
 * are booked as a negative expenditure so gross costs stay visible.
 *
 * Admission avoidance has two planned lines, booked whether or not the
 * scheme delivers: `qippContractReduction` (negative income of the provider,
 * and negative contract payments of its commissioner: the commissioner's QIPP,
 * the variable part of the contract for the admissions the plan expects to
 * avoid) and `avoidanceCostRelease` (negative expenditure of the provider: the
 * marginal cost of those admissions taken out of its plan). What actually
 * happens is then booked against that plan on the bed activity lines.
 */
export const INCOME_LINES = ['allocation', 'contractIncome', 'qippContractReduction', 'bedActivityIncome', 'otherIncome', 'transfersIn', 'extraFunding', 'reserveIncome'] as const;
export const EXPENDITURE_LINES = [
  'pay',
  'nonPay',
  'drugs',
  'activityCosts',
  'avoidanceCostRelease',
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
