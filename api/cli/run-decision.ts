import { compileModel, financialYearLabel, resolveRunSettings, solve, sweep, type Lever, type Measure, type SolveResult, type SweepResult } from '../../engine/index.ts';
import { toCsv, type CsvCell } from '../export/csv.ts';
import { roundForCsv } from '../export/units.ts';
import type { DecisionArguments } from './decision-arguments.ts';

/** A lever in words: `extra funding to icb` or its field path. */
export function leverLabel(lever: Lever): string {
  return lever.kind === 'extraFunding' ? `extra funding to ${lever.organisation} (£m a year)` : lever.path;
}

function quantityLabel(measure: Measure): string {
  const { quantity } = measure;
  if (quantity.kind === 'probability') return quantity.basis === 'afterRiskShare' ? 'P(meets control total after risk share)' : 'P(meets control total before risk share)';
  return quantity.kind === 'beds' ? `beds.${quantity.metric}.${quantity.statistic}` : `${quantity.metric}.${quantity.statistic}`;
}

/** A measure in words: `riverside P(meets control total after risk share), 2025/26`. */
export function measureLabel(measure: Measure, firstYear: number): string {
  return `${measure.entity} ${quantityLabel(measure)}, ${financialYearLabel(firstYear, measure.year)}`;
}

const figure = (value: number) => (Number.isFinite(value) ? Number(value.toPrecision(6)).toString() : String(value));

/** What a decision run gives: the text to print, and its JSON and CSV. */
export interface DecisionOutput {
  readonly text: string;
  readonly json: SolveResult | SweepResult;
  readonly csv: string;
}

/**
 * Runs a solve or a sweep on a valid scenario document and writes its answer
 * for the terminal, with the seed, trials and engine version that make it
 * reproducible.
 * @throws DecisionError, ScenarioValidationError or ModelEvaluationError as the engine does
 */
export function runDecision(document: unknown, decision: DecisionArguments, options: { trials?: number; seed?: number; onProgress?: (done: number, total: number) => void }): DecisionOutput {
  const model = compileModel(document);
  const { trials, seed } = resolveRunSettings(model, options);
  const provenance = `${trials.toLocaleString('en-GB')} trials, seed ${seed}`;
  if (decision.kind === 'solve') {
    const result = solve(document, {
      lever: { lever: decision.lever, low: decision.low, high: decision.high },
      target: { measure: decision.measure, value: decision.reach },
      trials,
      seed,
      onProgress: options.onProgress,
    });
    const lines = [
      `${model.scenario.name}: solve, ${provenance}, engine ${result.engineVersion}`,
      `${leverLabel(decision.lever)} = ${figure(result.lever)} (± ${figure(result.leverStandardError)}, one Monte Carlo standard error)`,
      `gives ${measureLabel(decision.measure, model.firstYear)} = ${figure(result.reached.value)} (± ${figure(result.reached.standardError)}), target ${figure(decision.reach)}`,
      `${result.runs} runs; every value on the same trials. The measure ${result.increasing ? 'rises' : 'falls'} with the lever (slope ${figure(result.slope)} per unit near the answer).`,
    ];
    const rows: CsvCell[][] = [['scenario', 'engine_version', 'seed', 'trials', 'lever', 'measure', 'lever_value', 'measure_value', 'measure_standard_error']];
    for (const point of result.points)
      rows.push([
        model.scenario.name,
        result.engineVersion,
        seed,
        trials,
        leverLabel(decision.lever),
        measureLabel(decision.measure, model.firstYear),
        roundForCsv(point.lever),
        roundForCsv(point.value),
        roundForCsv(point.standardError),
      ]);
    return { text: lines.join('\n'), json: result, csv: toCsv(rows) };
  }
  const [first, second] = decision.inputs;
  const result = sweep(document, {
    inputs: second ? [first, second] : [first],
    measures: decision.measures,
    trials,
    seed,
    onProgress: options.onProgress,
  });
  const inputNames = decision.inputs.map((input) => leverLabel(input.lever));
  const measureNames = decision.measures.map((measure) => measureLabel(measure, model.firstYear));
  const header = [...inputNames, ...measureNames.flatMap((name) => [name, '± s.e.', 'P5', 'P95'])];
  const body = result.points.map((point) => [
    ...point.at.map(figure),
    ...point.measures.flatMap((measured) => [figure(measured.value), figure(measured.standardError), figure(measured.band[0]), figure(measured.band[1])]),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => row[column].length)));
  const format = (row: readonly string[]) => row.map((cell, column) => cell.padStart(widths[column])).join('  ');
  const text = [
    `${model.scenario.name}: sweep of ${result.points.length} points, ${provenance}, engine ${result.engineVersion}; every point on the same trials (P5 and P95: across trials; for a probability, a 90% confidence band)`,
    format(header),
    ...body.map(format),
  ].join('\n');
  const rows: CsvCell[][] = [['scenario', 'engine_version', 'seed', 'trials', ...inputNames, 'measure', 'value', 'standard_error', 'p5', 'p95']];
  for (const point of result.points) {
    point.measures.forEach((measured, index) => {
      rows.push([
        model.scenario.name,
        result.engineVersion,
        seed,
        trials,
        ...point.at.map(roundForCsv),
        measureNames[index],
        roundForCsv(measured.value),
        roundForCsv(measured.standardError),
        roundForCsv(measured.band[0]),
        roundForCsv(measured.band[1]),
      ]);
    });
  }
  return { text, json: result, csv: toCsv(rows) };
}
