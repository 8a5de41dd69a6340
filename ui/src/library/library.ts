import type { ScenarioSummary } from '../api/types.ts';

/** How long typing in the search box must pause before the server is asked (ms). */
export const SEARCH_DELAY = 200;

export interface LibraryGroups {
  readonly presets: ScenarioSummary[];
  readonly saved: ScenarioSummary[];
}

/** Presets first (teaching first of all), then saved scenarios, most recently changed first. */
export function groupScenarios(scenarios: readonly ScenarioSummary[]): LibraryGroups {
  const presets = scenarios.filter((scenario) => scenario.readOnly).sort((a, b) => (a.id === 'preset-teaching' ? -1 : b.id === 'preset-teaching' ? 1 : a.name.localeCompare(b.name)));
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
