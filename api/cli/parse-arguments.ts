import { parseArgs } from 'node:util';
import { DECISION_USAGE, parseDecisionArguments, type DecisionArguments } from './decision-arguments.ts';

export interface SimArguments {
  readonly scenario: string;
  readonly trials: number | undefined;
  readonly seed: number | undefined;
  readonly json: string | undefined;
  readonly csv: string | undefined;
  /** Worker threads running the trials; 1 runs them in this thread. */
  readonly workers: number;
  readonly help: boolean;
  /** `--solve` or `--sweep`, when given. */
  readonly decision?: DecisionArguments;
}

/** Most worker threads a run may ask for. */
export const MAX_WORKERS = 64;

export const USAGE = `Usage: npm run sim -- <scenario.yaml|json> [--trials N] [--seed S] [--workers N] [--json out.json] [--csv out.csv] [--solve ... | --sweep ...]

  --trials N   Monte Carlo trials, 1 to 1,000,000 (default: the scenario's, else 1000)
  --seed S     master seed, a whole number 0 to 4294967295 (default: the scenario's, else 1)
  --workers N  run the trials on N worker threads, 1 to ${MAX_WORKERS} (default 1: in this thread); the results are the same for any N
  --json FILE  write the full results as JSON
  --csv FILE   write the results in long format (one row per organisation, year, metric, statistic)

${DECISION_USAGE}`;

/** Reads the command line; throws an Error whose message names the bad argument. */
export function parseSimArguments(argv: readonly string[]): SimArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        trials: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'string' },
        csv: { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        solve: { type: 'string' },
        sweep: { type: 'string', multiple: true },
        between: { type: 'string' },
        measure: { type: 'string', multiple: true },
        reach: { type: 'string' },
      },
    });
  } catch (error) {
    throw new Error((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { scenario: '', trials: undefined, seed: undefined, json: undefined, csv: undefined, workers: 1, help: true };
  if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'give the scenario file to run' : `expected one scenario file, got ${positionals.length}: ${positionals.join(', ')}`);
  const decision = parseDecisionArguments(values);
  const workers = wholeNumber('--workers', values.workers, 1, MAX_WORKERS) ?? 1;
  if (decision && workers > 1) throw new Error(`--workers runs a scenario's trials on threads; --${decision.kind} runs in this thread, so leave --workers out`);
  return {
    scenario: positionals[0],
    trials: wholeNumber('--trials', values.trials, 1, 1_000_000),
    seed: wholeNumber('--seed', values.seed, 0, 4_294_967_295),
    json: values.json,
    csv: values.csv,
    workers,
    help: false,
    decision,
  };
}

function wholeNumber(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) throw new Error(`${name} must be a whole number from ${min} to ${max}, got '${text}'`);
  const value = Number(text);
  if (value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got ${text}`);
  return value;
}
