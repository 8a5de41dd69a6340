import { Readable } from 'node:stream';
import { compileModel, type Comparison, type RunResults, type Scenario } from '../../engine/index.ts';
import { ApiError } from '../api-error.ts';
import { listAssumptions } from '../export/assumptions.ts';
import { comparisonToCsv } from '../export/comparison-csv.ts';
import { resultsToCsv } from '../export/results-csv.ts';
import { comparisonWorkbook, runWorkbook } from '../export/results-xlsx.ts';
import { trialsCsv, type TrialTable } from '../export/trials-csv.ts';
import { trialColumnCount } from './trial-columns.ts';
import type { RunRecord, RunStore } from '../store/run-store.ts';
import { toRunView } from './run-view.ts';

/** A finished run's results in each format the API offers. */
export class RunExports {
  constructor(private readonly store: RunStore) {}

  /** The stored results as JSON text (RunResults, or Comparison for a comparison). @throws ApiError 409 unless done */
  json(run: RunRecord): string {
    return requireDone(run, this.store.resultsJson(run.id));
  }

  /** Results in long format (one row per variant, entity, year, metric and statistic; a comparison's per side). */
  csv(run: RunRecord): string {
    const parsed = JSON.parse(this.json(run)) as unknown;
    return run.kind === 'compare' ? comparisonToCsv(parsed as Comparison, toRunView(run)) : resultsToCsv(parsed as RunResults);
  }

  /** The workbook: Summary, one sheet per system, Assumptions. */
  async xlsx(run: RunRecord): Promise<Buffer> {
    const parsed = JSON.parse(this.json(run)) as unknown;
    const view = toRunView(run);
    const baseline = run.source.document as Scenario;
    if (run.kind === 'run') return runWorkbook(view, parsed as RunResults, listAssumptions(baseline));
    const model = compileModel(baseline);
    return comparisonWorkbook(
      view,
      parsed as Comparison,
      {
        systems: model.systems.map((system) => ({ id: system.id, name: system.name })),
        systemOf: new Map(model.entities.map((entity) => [entity.id, entity.systemId])),
      },
      { baseline: listAssumptions(baseline), alternative: listAssumptions(run.alternative?.document as Scenario) },
    );
  }

  /** Every trial's year-end figures, streamed from the store a piece at a time. */
  trialsCsv(run: RunRecord): Readable {
    const scenario = requireDone(run, this.store.trialFigures(run.id, 0));
    const alternative = run.alternative ? this.store.trialFigures(run.id, 1) : undefined;
    const tables: Array<TrialTable & { length: number }> = [
      { role: run.kind === 'compare' ? 'baseline' : 'scenario', scenarioName: run.source.scenarioName, model: compileModel(run.source.document), figures: scenario.pieces(), length: scenario.length },
    ];
    if (run.alternative && alternative) {
      tables.push({ role: 'alternative', scenarioName: run.alternative.scenarioName, model: compileModel(run.alternative.document), figures: alternative.pieces(), length: alternative.length });
    }
    for (const table of tables) {
      const stored = table.length / run.trials;
      if (stored !== trialColumnCount(table.model)) {
        throw ApiError.at(
          409,
          'params/id',
          `run "${run.id}" was made by engine ${run.engineVersion}, whose per-trial figures (${stored} columns) do not match this engine's layout (${trialColumnCount(table.model)}); rerun it to export its trials`,
        );
      }
    }
    return Readable.from(trialsCsv(tables, { runId: run.id, seed: run.seed, engineVersion: run.engineVersion, trials: run.trials }), { objectMode: false });
  }
}

function requireDone<T>(run: RunRecord, value: T | undefined): T {
  if (run.status !== 'done' || value === undefined) {
    const detail = run.status === 'queued' || run.status === 'running' ? 'results are ready when it is done' : `it has no results${run.error ? ` (${run.error})` : ''}`;
    throw ApiError.at(409, 'params/id', `run "${run.id}" is ${run.status}; ${detail}`);
  }
  return value;
}
