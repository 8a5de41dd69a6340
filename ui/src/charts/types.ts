/** The numbers behind a chart, shown as a table for those who cannot see the chart (and for copying). */
export interface DataTable {
  /** Said above the table when a chart has more than one. */
  readonly caption?: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<readonly (string | number)[]>;
  /** Columns of names as the scenario writes them (`drivers.payAward`): shown as code, left-aligned. */
  readonly codeColumns?: readonly number[];
}

/** A formatter for axis ticks and tooltips. */
export type Format = (value: number) => string;

export interface BarSeries {
  readonly label: string;
  readonly data: readonly number[];
  readonly colour: string;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A curve or step outline over a numeric x axis. */
export interface DensitySeries {
  readonly label: string;
  readonly points: readonly Point[];
  readonly colour: string;
  readonly fill?: boolean;
  /** A step outline: each point's height is that of the step from the previous point to it. */
  readonly stepped?: boolean;
  readonly dashed?: boolean;
}

/** One bar of a tornado chart: the result when an input is in its lowest and in its highest tenth. */
export interface TornadoRow {
  readonly label: string;
  /** Where the input is in the scenario, as the engine names it (`drivers.payAward (2025/26)`). */
  readonly path?: string;
  readonly low: number;
  readonly high: number;
}

/** A spread to draw as nested bars: P5–P95, P25–P75 and the median. */
export interface RangeRow {
  readonly label: string;
  readonly p5: number;
  readonly p25?: number;
  readonly p50: number;
  readonly p75?: number;
  readonly p95: number;
}
