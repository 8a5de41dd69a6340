import type { ScenarioSummary } from '../api/types.ts';

/** Who each preset is for, shown on its card (presets are `preset-<file stem>`). */
export const PRESET_AUDIENCES: Readonly<Record<string, string>> = {
  'preset-teaching': 'For teaching: one small system a class can take in at a glance',
  'preset-system-control-total': 'For finance analysts: who covers whom under five risk-share rules',
  'preset-bed-cuts': 'For campaigners: what happens when beds close on a promise that only partly comes true',
};

export interface LibraryGroups {
  readonly presets: ScenarioSummary[];
  readonly saved: ScenarioSummary[];
}

/** Presets first (teaching first of all), then saved scenarios, most recently changed first. */
export function groupScenarios(scenarios: readonly ScenarioSummary[]): LibraryGroups {
  const presets = scenarios
    .filter((scenario) => scenario.readOnly)
    .sort((a, b) => (a.id === 'preset-teaching' ? -1 : b.id === 'preset-teaching' ? 1 : a.name.localeCompare(b.name)));
  const saved = scenarios.filter((scenario) => !scenario.readOnly).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { presets, saved };
}

/** The format a file is written in, from its name. */
export function formatOfFile(name: string): 'yaml' | 'json' | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return undefined;
}

/** Scenarios whose name, description or audience contains every word searched for, ignoring case. */
export function filterScenarios(scenarios: readonly ScenarioSummary[], search: string): ScenarioSummary[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...scenarios];
  return scenarios.filter((scenario) => {
    const text = `${scenario.name} ${scenario.description ?? ''} ${PRESET_AUDIENCES[scenario.id] ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
