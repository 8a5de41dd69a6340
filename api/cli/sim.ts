import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DecisionError, formatIssue, ModelEvaluationError, parseScenarioText, runScenario, ScenarioValidationError, type RunResults } from '../../engine/index.ts';
import { resultsToCsv } from '../export/results-csv.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';
import type { DecisionArguments } from './decision-arguments.ts';
import { parseSimArguments, USAGE, type SimArguments } from './parse-arguments.ts';
import { runDecision } from './run-decision.ts';
import { runOnWorkers } from './run-on-workers.ts';
import { WorkerTaskError } from '../workers/worker-pool.ts';
import { createProgressBar } from './progress-bar.ts';
import { formatSummaryTable } from './summary-table.ts';

/** Exit codes: 0 done, 1 the scenario is not valid or cannot be evaluated, 2 bad command line or file problem. */
async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseSimArguments(argv);
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let text: string;
  try {
    text = await readFile(resolve(args.scenario), 'utf8');
  } catch (error) {
    process.stderr.write(`error: cannot read ${args.scenario}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 2;
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    process.stderr.write(`${args.scenario} is not valid:\n${parsed.issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}\n`);
    return 1;
  }
  if (args.decision) return decide({ ...args, decision: args.decision }, parsed.document);
  const progress = createProgressBar();
  const settings = { trials: args.trials, seed: args.seed, onProgress: (done: number, total: number) => progress.update(done, total) };
  let results: RunResults;
  try {
    results = args.workers === 1 ? runScenario(parsed.document, settings).results : await runOnWorkers(parsed.document, { ...settings, workers: args.workers });
  } catch (error) {
    progress.finish();
    if (error instanceof ScenarioValidationError) {
      process.stderr.write(
        `${args.scenario} is not valid (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):\n${error.issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}\n`,
      );
      return 1;
    }
    // A model that cannot be evaluated (a formula that goes to infinity, arrivals beyond what a
    // bed model can take) is a problem with the scenario's numbers: said in one line, no stack trace.
    // On worker threads the engine's error arrives as its message (a WorkerTaskError).
    if (error instanceof ModelEvaluationError || error instanceof RangeError || error instanceof WorkerTaskError) {
      process.stderr.write(`${args.scenario} could not be run: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  progress.finish();
  process.stdout.write(`${formatSummaryTable(results)}\n`);
  try {
    if (args.json) {
      await writeFileAtomic(resolve(args.json), `${JSON.stringify(results, null, 2)}\n`);
      process.stdout.write(`results written to ${args.json}\n`);
    }
    if (args.csv) {
      await writeFileAtomic(resolve(args.csv), resultsToCsv(results));
      process.stdout.write(`results written to ${args.csv}\n`);
    }
  } catch (error) {
    process.stderr.write(`error: cannot write results: ${(error as Error).message}\n`);
    return 2;
  }
  return 0;
}

/** `--solve` or `--sweep`: runs every point, prints the answer, writes --json and --csv. */
async function decide(args: SimArguments & { decision: DecisionArguments }, document: unknown): Promise<number> {
  const progress = createProgressBar();
  let output;
  try {
    output = runDecision(document, args.decision, { trials: args.trials, seed: args.seed, onProgress: (done, total) => progress.update(done, total) });
  } catch (error) {
    progress.finish();
    if (error instanceof ScenarioValidationError) {
      process.stderr.write(
        `${args.scenario} is not valid (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):\n${error.issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}\n`,
      );
      return 1;
    }
    if (error instanceof DecisionError) {
      process.stderr.write(`${args.decision.kind === 'solve' ? '--solve' : '--sweep'} cannot be done: ${error.message}\n`);
      return 1;
    }
    if (error instanceof ModelEvaluationError) {
      process.stderr.write(`${args.scenario} could not be run: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  progress.finish();
  process.stdout.write(`${output.text}\n`);
  try {
    if (args.json) {
      await writeFileAtomic(resolve(args.json), `${JSON.stringify(output.json, null, 2)}\n`);
      process.stdout.write(`${args.decision.kind} written to ${args.json}\n`);
    }
    if (args.csv) {
      await writeFileAtomic(resolve(args.csv), output.csv);
      process.stdout.write(`${args.decision.kind} written to ${args.csv}\n`);
    }
  } catch (error) {
    process.stderr.write(`error: cannot write results: ${(error as Error).message}\n`);
    return 2;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not a problem with the scenario: a bug. The stack is for a bug report, so it is shown only when asked for.
    const detail = process.env.SIM_DEBUG ? ((error as Error).stack ?? String(error)) : `${(error as Error).message ?? String(error)} (set SIM_DEBUG=1 for the stack trace)`;
    process.stderr.write(`error: ${detail}\n`);
    process.exitCode = 2;
  },
);
