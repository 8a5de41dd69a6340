import { compileModel, resolveRunSettings, solve, sweep, type SolveResult, type SweepResult } from '../../engine/index.ts';
import { solveTables, sweepTable, tableCsv, type DecisionTableSource } from '../decisions/decision-exports.ts';
import { leverLabel, measureLabel, withUnit } from '../decisions/decision-labels.ts';
import { solveResultWire, sweepResultWire } from '../decisions/result-wire.ts';
import type { DecisionArguments } from './decision-arguments.ts';

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
    const labels = { inputs: [leverLabel(decision.lever, model)], measures: [measureLabel(decision.measure, model)] };
    const [lever] = labels.inputs;
    const [measure] = labels.measures;
    const lines = [
      `${model.scenario.name}: solve, ${provenance}, engine ${result.engineVersion}`,
      `${withUnit(lever)} = ${figure(result.lever)} (± ${figure(result.leverStandardError)}, one Monte Carlo standard error)`,
      `gives ${measure.label} = ${figure(result.reached.value)} (± ${figure(result.reached.standardError)}), target ${figure(decision.reach)}`,
      `${result.runs} runs; every value on the same trials. The measure ${result.increasing ? 'rises' : 'falls'} with the lever (slope ${figure(result.slope)} per unit near the answer).`,
    ];
    const source: DecisionTableSource = { scenarioName: model.scenario.name, engineVersion: result.engineVersion, seed, trials, labels, target: decision.reach };
    // The CSV is the server's result.csv for the same decision: the runs table, a row per run.
    const [, runs] = solveTables(source, solveResultWire(result));
    return { text: lines.join('\n'), json: result, csv: tableCsv(runs) };
  }
  const [first, second] = decision.inputs;
  const result = sweep(document, {
    inputs: second ? [first, second] : [first],
    measures: decision.measures,
    trials,
    seed,
    onProgress: options.onProgress,
  });
  const labels = { inputs: decision.inputs.map((input) => leverLabel(input.lever, model)), measures: decision.measures.map((measure) => measureLabel(measure, model)) };
  const inputNames = labels.inputs.map(withUnit);
  const measureNames = labels.measures.map(withUnit);
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
  const source: DecisionTableSource = { scenarioName: model.scenario.name, engineVersion: result.engineVersion, seed, trials, labels, target: Number.NaN };
  // The CSV is the server's result.csv for the same sweep: a row per point.
  return { text, json: result, csv: tableCsv(sweepTable(source, sweepResultWire(result.points))) };
}
