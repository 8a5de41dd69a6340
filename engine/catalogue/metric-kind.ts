/**
 * What a reported figure measures, which fixes its unit and how it is
 * written. Every metric, ledger line and reported figure in the catalogues
 * (`FINANCE_METRIC_CATALOGUE`, `BED_METRIC_CATALOGUE`, `LEDGER_LINE_CATALOGUE`,
 * `REPORTED_FIGURE_CATALOGUE`) names one kind; the exports, the command line
 * and the UI read the unit and the number format from it.
 *
 * - money: £ million
 * - probability: a share of trials (0.31 = 31% of trials)
 * - indicator: 1 when something happened in a trial, else 0 (averaged, a probability)
 * - share: a share of something else (core beds, A&E patients); the metric names what of
 * - days, bedDays, beds, patients: counts (over a year; means of whole numbers across trials)
 * - hours: a length of time in hours (a mean or a percentile of patients' waits)
 * - weeks: a length of time in weeks (a median of the weeks a waiting list has waited)
 * - correlation: a rank correlation, −1 to 1
 */
export const METRIC_KINDS = {
  money: { unit: '£m', format: 'money' },
  probability: { unit: 'probability', format: 'percent' },
  indicator: { unit: '0/1', format: 'percent' },
  share: { unit: 'share', format: 'percent' },
  days: { unit: 'days', format: 'count' },
  bedDays: { unit: 'bed days', format: 'count' },
  beds: { unit: 'beds', format: 'count' },
  patients: { unit: 'patients', format: 'count' },
  hours: { unit: 'hours', format: 'count' },
  weeks: { unit: 'weeks', format: 'count' },
  correlation: { unit: 'rank correlation', format: 'correlation' },
} as const satisfies Record<string, { readonly unit: string; readonly format: NumberFormat }>;

export type MetricKind = keyof typeof METRIC_KINDS;

/**
 * How a figure is written:
 * - money: £m, two decimals in a workbook
 * - percent: a share written as a percentage (0.923 → 92.3%)
 * - points: a share written as percentage points, for a fall or a difference (0.021 → 2.1 points)
 * - count: days, bed days, beds, patients; one decimal in a workbook, as means of whole numbers
 * - correlation: three decimals
 */
export type NumberFormat = 'money' | 'percent' | 'points' | 'count' | 'correlation';

/** The Excel number format of each way of writing a figure. */
export const EXCEL_NUMBER_FORMATS: Readonly<Record<NumberFormat, string>> = {
  money: '#,##0.00',
  percent: '0.0%',
  points: '0.0%',
  count: '#,##0.0',
  correlation: '0.000',
};

/** A catalogue entry as declared: its kind, words and anything that differs from its kind's defaults. */
export interface MetricDeclaration {
  readonly kind: MetricKind;
  /** A label for a heading or a list: `Patients not admitted`. */
  readonly label: string;
  /** What it is, in a sentence or two (the README's definitions, the API's descriptions). */
  readonly description: string;
  /** The unit as exports write it, when more precise than the kind's (`share of core beds`). */
  readonly unit?: string;
  /** How it is written, when not the kind's way (`points` for a share lost). */
  readonly format?: NumberFormat;
}

/** A catalogue entry with its unit and number format settled. */
export interface MetricInfo extends MetricDeclaration {
  readonly name: string;
  readonly unit: string;
  readonly format: NumberFormat;
}

/**
 * A catalogue from its declarations: each entry gets its name, and its
 * kind's unit and number format unless it gives its own. The order of the
 * declarations is kept (it is the order of the engine's columns).
 */
export function catalogue<const Declarations extends Record<string, MetricDeclaration>>(declarations: Declarations): { readonly [Name in keyof Declarations]: Declarations[Name] & MetricInfo } {
  return Object.fromEntries(
    Object.entries(declarations).map(([name, declaration]) => [
      name,
      { ...declaration, name, unit: declaration.unit ?? METRIC_KINDS[declaration.kind].unit, format: declaration.format ?? METRIC_KINDS[declaration.kind].format },
    ]),
  ) as { readonly [Name in keyof Declarations]: Declarations[Name] & MetricInfo };
}
