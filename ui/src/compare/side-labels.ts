// What to call the two sides of a comparison on its charts and in its readings.
import type { Comparison } from '../api/types.ts';

export interface SideLabels {
  /** Each side in full, in legends, table columns and a reading's first mention: `System control total v2`. */
  readonly baseline: string;
  readonly alternative: string;
  /** Each side in brief, beside the other in full (`System control total v2 minus v1`) and on axes: `v1`. */
  readonly baselineShort: string;
  readonly alternativeShort: string;
  /** What each side ran, for the key above the charts: the scenario's name, with its version when known. */
  readonly baselineScenario: string;
  readonly alternativeScenario: string;
}

/** `Version 3` (as the run page names a version of one scenario) → `v3`. */
const VERSION = /^version (\d+)$/i;
const versionTag = (name: string) => name.replace(VERSION, 'v$1');

/**
 * Labels for the two sides. Two versions of one scenario share its name, so
 * the run page names them by version (`Version 1`, `Version 2`): they become
 * `System control total v1` and `v2`. Scenarios with different names go by
 * their names; two that share a name and no version are `Baseline` and
 * `Alternative`.
 * @example
 * sideLabels({ baselineName: 'My ICS', alternativeName: 'My ICS' }, { baselineName: 'Version 1', alternativeName: 'Version 2' })
 * // { baseline: 'My ICS v1', alternative: 'My ICS v2', baselineShort: 'v1', alternativeShort: 'v2', … }
 */
export function sideLabels(meta: Pick<Comparison['meta'], 'baselineName' | 'alternativeName'>, versions: { baselineName?: string; alternativeName?: string } = {}): SideLabels {
  if (versions.baselineName !== undefined && versions.alternativeName !== undefined) {
    const baselineShort = versionTag(versions.baselineName);
    const alternativeShort = versionTag(versions.alternativeName);
    const sameScenario = meta.baselineName === meta.alternativeName;
    const baseline = sameScenario ? `${meta.baselineName} ${baselineShort}` : versions.baselineName;
    const alternative = sameScenario ? `${meta.alternativeName} ${alternativeShort}` : versions.alternativeName;
    return {
      baseline,
      alternative,
      baselineShort: sameScenario ? baselineShort : baseline,
      alternativeShort: sameScenario ? alternativeShort : alternative,
      baselineScenario: baseline,
      alternativeScenario: alternative,
    };
  }
  const { baselineName, alternativeName } = meta;
  const named = baselineName !== alternativeName;
  const baseline = named ? baselineName : 'Baseline';
  const alternative = named ? alternativeName : 'Alternative';
  return { baseline, alternative, baselineShort: baseline, alternativeShort: alternative, baselineScenario: baselineName, alternativeScenario: alternativeName };
}
