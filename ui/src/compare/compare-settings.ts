// The trials and seed a comparison starts from, and a line saying where they
// come from: the same as the server runs on when told none (the baseline's own
// simulation settings, else 1,000 trials and seed 1), so the baseline's
// chances here match those of a run of it.
import type { CompareSettings } from '../api/client.ts';
import { formatCount } from '../lib/format.ts';

export interface TrialsAndSeed {
  readonly trials: number;
  readonly seed: number;
}

/** The server's defaults for this baseline, with trials cut to the most the server runs. */
export function startingSettings(settings: CompareSettings): TrialsAndSeed {
  return { trials: Math.min(settings.trials, settings.maxTrials), seed: settings.seed };
}

/** Whether the chosen trials and seed are those the comparison starts from. */
export function usesStartingSettings(settings: CompareSettings, chosen: { readonly trials?: number; readonly seed?: number }): boolean {
  const starting = startingSettings(settings);
  return chosen.trials === starting.trials && chosen.seed === starting.seed;
}

const both = ({ trials, seed }: TrialsAndSeed) => `${formatCount(trials)} trials and seed ${seed}`;

/** Where the baseline's settings come from: its simulation block, the defaults, or some of each. */
function origin(settings: CompareSettings): string {
  const { trials, seed } = settings.simulation;
  if (trials !== undefined && seed !== undefined) return "the baseline's own settings";
  if (trials === undefined && seed === undefined) return 'the defaults, as the baseline sets none';
  return trials !== undefined ? "the baseline's own trials, and the default seed as it sets none" : "the baseline's own seed, and the default trials as it sets none";
}

/**
 * One line under the trials and seed: where they come from when they are the
 * baseline's; what the baseline's are when other numbers are chosen (its
 * chances then differ slightly from those of its own run); what the server
 * could not take.
 * @example
 * settingsNote({ trials: 5000, seed: 2019, maxTrials: 100000, simulation: { trials: 5000, seed: 2019 }, … }, { trials: 5000, seed: 2019 })
 * // "5,000 trials and seed 2019: the baseline's own settings, so its chances here match those of a run of it."
 */
export function settingsNote(settings: CompareSettings, chosen: { readonly trials?: number; readonly seed?: number }): string {
  const cut = settings.trials > settings.maxTrials;
  if (usesStartingSettings(settings, chosen)) {
    if (cut) {
      return `The baseline asks for ${formatCount(settings.trials)} trials; this server runs at most ${formatCount(settings.maxTrials)}, so its chances may differ slightly from those of a run of it with all of them.`;
    }
    return `${both(settings)}: ${origin(settings)}, so its chances here match those of a run of it.`;
  }
  const own = cut ? `${both(settings)}, though this server runs at most ${formatCount(settings.maxTrials)} trials` : both(settings);
  return `A run of the baseline uses ${own}: with other trials or seed, its chances here differ slightly from those of a run of it.`;
}
