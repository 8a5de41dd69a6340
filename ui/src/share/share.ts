// Links that reproduce a run, and the words that name what it ran: the
// scenario and its version, the seed, the trials and the engine version.
// Everything comes from the run record (GET /api/runs/:id), which names both
// sides of a comparison, so a shared link works in any browser.
import type { RunView, RunSide } from '../api/types.ts';
import { formatPointer, routeHref, type ScenarioPointer } from '../app/routes.ts';

type RunRecord = Pick<RunView, 'kind' | 'scenarioId' | 'scenarioVersion' | 'scenarioName' | 'alternative'>;

/** A side of a run as a pointer to the saved scenario version, or undefined for a document sent inline. */
function pointerOf(side: RunSide | null | undefined): ScenarioPointer | undefined {
  if (!side?.scenarioId) return undefined;
  return side.scenarioVersion ? { scenarioId: side.scenarioId, version: side.scenarioVersion } : { scenarioId: side.scenarioId };
}

/** The baseline and the alternative of a comparison, as the run record names them. */
export function compareSides(run: RunRecord): { baseline: RunSide; alternative: RunSide } | undefined {
  if (run.kind !== 'compare' || !run.alternative) return undefined;
  return { baseline: { scenarioId: run.scenarioId, scenarioVersion: run.scenarioVersion, scenarioName: run.scenarioName }, alternative: run.alternative };
}

/** The path of a page that runs the same thing again, or undefined when a side was an unsaved document. */
export function reproducePath(run: RunRecord & Pick<RunView, 'seed' | 'trials' | 'engineVersion'>): string | undefined {
  const common = { seed: run.seed, trials: run.trials, engineVersion: run.engineVersion };
  if (run.kind === 'compare') {
    const sides = compareSides(run);
    const baseline = pointerOf(sides?.baseline);
    const alternative = pointerOf(sides?.alternative);
    return baseline && alternative ? routeHref({ page: 'reproduce', baseline, alternative, ...common }) : undefined;
  }
  const scenario = pointerOf(run);
  return scenario ? routeHref({ page: 'reproduce', scenario, ...common }) : undefined;
}

/**
 * Labels for the two sides of a comparison when the scenarios' names do not
 * tell them apart: two versions of one scenario are called by their versions.
 * Empty when the names do (the comparison's own names are then used).
 */
export function compareSideLabels(run: RunRecord): { baselineName?: string; alternativeName?: string } {
  const sides = compareSides(run);
  if (!sides || sides.baseline.scenarioName !== sides.alternative.scenarioName) return {};
  const { baseline, alternative } = sides;
  if (baseline.scenarioId && baseline.scenarioId === alternative.scenarioId && baseline.scenarioVersion && alternative.scenarioVersion && baseline.scenarioVersion !== alternative.scenarioVersion) {
    return { baselineName: `Version ${baseline.scenarioVersion}`, alternativeName: `Version ${alternative.scenarioVersion}` };
  }
  return {};
}

/** `My ICS, version 3` (or just the name for a document sent inline). */
function sideName(side: RunSide): string {
  return `${side.scenarioName}${side.scenarioVersion ? `, version ${side.scenarioVersion}` : ''}`;
}

/** What a run ran, in words: the scenario, or both sides of a comparison (`My ICS, version 1 against version 2`). */
export function runSubject(run: RunRecord): string {
  const sides = compareSides(run);
  if (!sides) return run.scenarioName;
  const { baseline, alternative } = sides;
  if (baseline.scenarioId && baseline.scenarioId === alternative.scenarioId && baseline.scenarioName === alternative.scenarioName && alternative.scenarioVersion) {
    return `${sideName(baseline)} against version ${alternative.scenarioVersion}`;
  }
  return `${sideName(baseline)} against ${sideName(alternative)}`;
}

/** One line saying what made these numbers, printed under shared charts. */
export function provenanceLine(run: RunRecord & Pick<RunView, 'seed' | 'trials' | 'engineVersion'>): string {
  const subject = run.kind === 'compare' && run.alternative ? runSubject(run) : sideName(run);
  return `${subject} · ${run.trials.toLocaleString('en-GB')} trials · seed ${run.seed} · engine ${run.engineVersion} · ICS money and beds`;
}

/**
 * A saved scenario version named in words: `Teaching ICS, version 1`, or
 * `Teaching ICS, latest version` for a pointer without a version; its id and
 * version (`preset-teaching@1`) until the name is known.
 */
export function pointerName(pointer: ScenarioPointer, name: string | undefined): string {
  if (!name) return formatPointer(pointer);
  return pointer.version === undefined ? `${name}, latest version` : `${name}, version ${pointer.version}`;
}
