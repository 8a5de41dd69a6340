// The compare page: the trials and seed it starts from (those a run of the
// baseline uses), and what it calls the two sides.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileModel, parseScenarioText, resolveRunSettings, type Scenario } from '../../engine/index.ts';
import type { CompareSettings } from '../../ui/src/api/client.ts';
import { settingsNote, startingSettings, usesStartingSettings } from '../../ui/src/compare/compare-settings.ts';
import { sideLabels } from '../../ui/src/compare/side-labels.ts';
import { compareSideLabels } from '../../ui/src/share/share.ts';

const preset = (stem: string) => (parseScenarioText(readFileSync(`scenarios/${stem}.yaml`, 'utf8')) as { document: Scenario }).document;

/** What GET /api/compare/settings answers for a document, on a server taking at most `maxTrials`. */
function settingsOf(document: Scenario, maxTrials = 100_000): CompareSettings {
  return { ...resolveRunSettings(compileModel(document)), maxTrials, simulation: { trials: document.simulation?.trials, seed: document.simulation?.seed } };
}

describe('the trials and seed a comparison starts from', () => {
  test("are the baseline's own, as a run of it uses: 5,000 trials and seed 2019 for the system control total", () => {
    const settings = settingsOf(preset('system-control-total'));
    expect(startingSettings(settings)).toEqual({ trials: 5000, seed: 2019 });
    expect(settingsNote(settings, { trials: 5000, seed: 2019 })).toBe("5,000 trials and seed 2019: the baseline's own settings, so its chances here match those of a run of it.");
  });

  test('a baseline that sets none starts from the defaults a run of it uses, 1,000 trials and seed 1', () => {
    const { simulation: _none, ...bare } = preset('teaching');
    const settings = settingsOf(bare as Scenario);
    expect(startingSettings(settings)).toEqual({ trials: 1000, seed: 1 });
    expect(settingsNote(settings, { trials: 1000, seed: 1 })).toBe('1,000 trials and seed 1: the defaults, as the baseline sets none, so its chances here match those of a run of it.');
    const trialsOnly = settingsOf({ ...preset('teaching'), simulation: { trials: 3000 } });
    expect(settingsNote(trialsOnly, startingSettings(trialsOnly))).toBe(
      "3,000 trials and seed 1: the baseline's own trials, and the default seed as it sets none, so its chances here match those of a run of it.",
    );
  });

  test("other trials or seed are told apart from the baseline's, which the note names", () => {
    const settings = settingsOf(preset('system-control-total'));
    expect(usesStartingSettings(settings, { trials: 2000, seed: 2019 })).toBe(false);
    expect(usesStartingSettings(settings, { trials: 5000, seed: undefined })).toBe(false);
    expect(settingsNote(settings, { trials: 2000, seed: 1 })).toBe(
      'A run of the baseline uses 5,000 trials and seed 2019: with other trials or seed, its chances here differ slightly from those of a run of it.',
    );
  });

  test('trials above what the server runs are cut to its most, and the note says so', () => {
    const settings = settingsOf({ ...preset('teaching'), simulation: { trials: 200_000, seed: 5 } });
    expect(startingSettings(settings)).toEqual({ trials: 100_000, seed: 5 });
    expect(settingsNote(settings, { trials: 100_000, seed: 5 })).toBe(
      'The baseline asks for 200,000 trials; this server runs at most 100,000, so its chances may differ slightly from those of a run of it with all of them.',
    );
    expect(settingsNote(settings, { trials: 500, seed: 5 })).toBe(
      'A run of the baseline uses 200,000 trials and seed 5, though this server runs at most 100,000 trials: with other trials or seed, its chances here differ slightly from those of a run of it.',
    );
  });
});

describe('what the two sides are called', () => {
  const run = {
    kind: 'compare' as const,
    scenarioId: 'abc',
    scenarioVersion: 1,
    scenarioName: 'System control total',
    alternative: { scenarioId: 'abc', scenarioVersion: 2, scenarioName: 'System control total' },
  };
  const meta = { baselineName: 'System control total', alternativeName: 'System control total' };

  test('two versions of one scenario go by its name and their versions, and by version alone beside the other', () => {
    expect(sideLabels(meta, compareSideLabels(run))).toEqual({
      baseline: 'System control total v1',
      alternative: 'System control total v2',
      baselineShort: 'v1',
      alternativeShort: 'v2',
      baselineScenario: 'System control total v1',
      alternativeScenario: 'System control total v2',
    });
  });

  test('scenarios with their own names keep them; two of one name and no version are Baseline and Alternative', () => {
    const named = { baselineName: 'Bed cuts', alternativeName: 'Keep the beds' };
    expect(sideLabels(named, compareSideLabels({ ...run, alternative: { scenarioId: 'def', scenarioVersion: 4, scenarioName: 'Keep the beds' } }))).toEqual({
      baseline: 'Bed cuts',
      alternative: 'Keep the beds',
      baselineShort: 'Bed cuts',
      alternativeShort: 'Keep the beds',
      baselineScenario: 'Bed cuts',
      alternativeScenario: 'Keep the beds',
    });
    expect(sideLabels(meta)).toEqual({
      baseline: 'Baseline',
      alternative: 'Alternative',
      baselineShort: 'Baseline',
      alternativeShort: 'Alternative',
      baselineScenario: 'System control total',
      alternativeScenario: 'System control total',
    });
  });
});
