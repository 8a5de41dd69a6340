// Links that reproduce a run: the scenario and its version, the seed, the
// trials and the engine version. Compare runs name both scenarios.
import type { RunInfo } from '../api/types.ts';
import { routeHref, type ScenarioPointer } from '../app/routes.ts';

export interface CompareSides {
  readonly baseline: ScenarioPointer;
  readonly alternative: ScenarioPointer;
}

const COMPARE_KEY = 'ics-money-and-beds:compare-sides:';

/** Remembers which scenarios a compare run set side by side (the run record names only one). */
export function rememberCompareSides(runId: string, sides: CompareSides, storage: Storage = localStorage): void {
  try {
    storage.setItem(COMPARE_KEY + runId, JSON.stringify(sides));
  } catch {
    // Without storage the results link still works; only the re-run link is lost.
  }
}

export function recallCompareSides(runId: string, storage: Storage = localStorage): CompareSides | undefined {
  try {
    const text = storage.getItem(COMPARE_KEY + runId);
    return text ? (JSON.parse(text) as CompareSides) : undefined;
  } catch {
    return undefined;
  }
}

/** The path of a page that runs the same thing again, or undefined when the run was of an unsaved document. */
export function reproducePath(run: Pick<RunInfo, 'kind' | 'scenarioId' | 'scenarioVersion' | 'seed' | 'trials' | 'engineVersion'>, sides?: CompareSides): string | undefined {
  const common = { seed: run.seed, trials: run.trials, engineVersion: run.engineVersion };
  if (run.kind === 'compare') {
    return sides ? routeHref({ page: 'reproduce', baseline: sides.baseline, alternative: sides.alternative, ...common }) : undefined;
  }
  if (!run.scenarioId) return undefined;
  return routeHref({ page: 'reproduce', scenario: { scenarioId: run.scenarioId, version: run.scenarioVersion ?? undefined }, ...common });
}

/** One line saying what made these numbers, printed under shared charts. */
export function provenanceLine(run: Pick<RunInfo, 'scenarioName' | 'scenarioVersion' | 'seed' | 'trials' | 'engineVersion'>): string {
  const version = run.scenarioVersion ? `, version ${run.scenarioVersion}` : '';
  return `${run.scenarioName}${version} · ${run.trials.toLocaleString('en-GB')} trials · seed ${run.seed} · engine ${run.engineVersion} · ICS money and beds`;
}
