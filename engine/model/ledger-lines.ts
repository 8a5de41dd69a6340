import { catalogue, type MetricDeclaration } from '../catalogue/metric-kind.ts';

/** A ledger line's declaration: which side of the account it is on, besides its words. */
export interface LedgerLineDeclaration extends MetricDeclaration {
  readonly kind: 'money';
  /** Income lines add to the position, expenditure lines subtract. */
  readonly side: 'income' | 'expenditure';
}

const ledgerLines = <const Declarations extends Record<string, LedgerLineDeclaration>>(declarations: Declarations) => catalogue(declarations);

/**
 * The lines of an organisation's income and expenditure account, in £m,
 * declared once, income first: a line's place in this list is its column in
 * ledger arrays. CIP savings and bed closure savings are booked as negative
 * expenditure so gross costs stay visible.
 */
export const LEDGER_LINE_CATALOGUE = ledgerLines({
  allocation: { kind: 'money', side: 'income', label: 'Allocation', description: "The ICB's share of the single pot." },
  contractIncome: { kind: 'money', side: 'income', label: 'Contract income', description: 'What commissioners pay under contracts, by the payment model in force.' },
  qippContractReduction: {
    kind: 'money',
    side: 'income',
    label: 'QIPP contract reduction',
    description:
      "The commissioner's QIPP, booked in the plan whether or not the scheme delivers: the variable part of the contract for the admissions an avoidance scheme is expected to avoid (negative income of the provider, negative contract payments of its commissioner).",
  },
  bedActivityIncome: { kind: 'money', side: 'income', label: 'Bed activity income', description: 'Income for admissions above (or below) plan, on the part of the contract that follows activity.' },
  otherIncome: { kind: 'money', side: 'income', label: 'Other income', description: 'Income outside contracts.' },
  transfersIn: { kind: 'money', side: 'income', label: 'Budget transfers in', description: 'Budget transfers received from another organisation of the system.' },
  extraFunding: { kind: 'money', side: 'income', label: 'Extra funding', description: 'Funding from outside the system.' },
  pooledBudgetIncome: {
    kind: 'money',
    side: 'income',
    label: 'Pooled budget income',
    description: 'What the host of a pooled budget receives from the other partners: their contributions and, at the year end, their shares of an overspend (less their shares of an underspend).',
  },
  reserveIncome: { kind: 'money', side: 'income', label: 'Reserve income', description: "The contingency reserve's top-slice, received by the reserve." },
  pay: { kind: 'money', side: 'expenditure', label: 'Pay', description: 'Pay costs.' },
  nonPay: { kind: 'money', side: 'expenditure', label: 'Non-pay', description: 'Non-pay costs.' },
  drugs: { kind: 'money', side: 'expenditure', label: 'Drugs', description: 'Drugs costs.' },
  activityCosts: { kind: 'money', side: 'expenditure', label: 'Activity costs', description: 'The variable share of costs for activity above (or below) plan.' },
  avoidanceCostRelease: {
    kind: 'money',
    side: 'expenditure',
    label: 'Avoidance cost release',
    description:
      "The marginal cost of the admissions an avoidance scheme is expected to avoid, taken out of the provider's plan (negative); what actually happens is booked against it on the bed activity lines.",
  },
  bedActivityCosts: { kind: 'money', side: 'expenditure', label: 'Bed activity costs', description: 'Marginal cost of emergency arrivals above (or below) plan.' },
  escalationCosts: { kind: 'money', side: 'expenditure', label: 'Escalation costs', description: 'Escalation bed days × their cost per bed day.' },
  bedClosureSavings: { kind: 'money', side: 'expenditure', label: 'Bed closure savings', description: 'Closed bed days × cost per bed day × the share of the saving that is real (negative).' },
  bedOpeningCosts: { kind: 'money', side: 'expenditure', label: 'Bed opening costs', description: 'Opened bed days × cost per bed day.' },
  schemeCosts: { kind: 'money', side: 'expenditure', label: 'Scheme costs', description: 'The running cost of admission avoidance, length-of-stay and discharge schemes.' },
  cipSavings: { kind: 'money', side: 'expenditure', label: 'CIP savings', description: 'Cost improvement savings delivered (negative).' },
  pfi: { kind: 'money', side: 'expenditure', label: 'PFI', description: 'PFI charges.' },
  capitalCharges: { kind: 'money', side: 'expenditure', label: 'Capital charges', description: 'Depreciation and other capital charges.' },
  pdcDividend: { kind: 'money', side: 'expenditure', label: 'PDC dividend', description: 'Public dividend capital dividend.' },
  commissioning: { kind: 'money', side: 'expenditure', label: 'Commissioning', description: 'What an ICB buys outside the modelled contracts (primary care, prescribing, out-of-area ...).' },
  careServices: {
    kind: 'money',
    side: 'expenditure',
    label: 'Care services',
    description: 'What an ICB or a council pays for the care services it funds (continuing healthcare, home care, care homes), net of what users pay under the means test.',
  },
  pooledBudgetPayments: {
    kind: 'money',
    side: 'expenditure',
    label: 'Pooled budget contributions',
    description: 'What a partner pays into a pooled budget it does not host: its contribution and, at the year end, its share of an overspend (less its share of an underspend).',
  },
  contractPayments: { kind: 'money', side: 'expenditure', label: 'Contract payments', description: 'What a commissioner pays the providers it commissions.' },
  transfersOut: { kind: 'money', side: 'expenditure', label: 'Budget transfers out', description: 'Budget transfers paid to another organisation of the system.' },
  reserveTopSlice: { kind: 'money', side: 'expenditure', label: 'Reserve top-slice', description: "The contingency reserve's top-slice, taken from commissioned contracts." },
});

export type LedgerLine = keyof typeof LEDGER_LINE_CATALOGUE;
type LineOnSide<Side> = { [Line in LedgerLine]: (typeof LEDGER_LINE_CATALOGUE)[Line]['side'] extends Side ? Line : never }[LedgerLine];
export type IncomeLine = LineOnSide<'income'>;
export type ExpenditureLine = LineOnSide<'expenditure'>;

/** All lines, income first; a line's index in this list is its column in ledger arrays. */
export const LEDGER_LINES = Object.keys(LEDGER_LINE_CATALOGUE) as readonly LedgerLine[];
export const INCOME_LINES = LEDGER_LINES.filter((line) => LEDGER_LINE_CATALOGUE[line].side === 'income') as readonly IncomeLine[];
export const EXPENDITURE_LINES = LEDGER_LINES.filter((line) => LEDGER_LINE_CATALOGUE[line].side === 'expenditure') as readonly ExpenditureLine[];
export const LINE_COUNT = LEDGER_LINES.length;
export const FIRST_EXPENDITURE_LINE = INCOME_LINES.length;

/** Column of a line in ledger arrays. */
export const LINE: Readonly<Record<LedgerLine, number>> = Object.fromEntries(LEDGER_LINES.map((line, index) => [line, index])) as Record<LedgerLine, number>;
