import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { formatIssue, parseScenarioText, validateScenario, type Scenario } from '../../engine/index.ts';
import { PRESET_AUDIENCES } from './preset-audiences.ts';

/** A preset scenario from the scenarios/ folder: listed read-only, always at version 1. */
export interface Preset {
  readonly id: string;
  readonly file: string;
  readonly document: Scenario;
  readonly modifiedAt: string;
  /** Who it is for, when known (see preset-audiences.ts). */
  readonly audience: string | undefined;
}

export const PRESET_PREFIX = 'preset-';

/**
 * Reads every *.yaml in the folder as a preset with id `preset-<file stem>`.
 * A preset that does not validate is left out and reported through `warn`
 * rather than stopping the server.
 */
export function loadPresets(folder: string, warn: (message: string) => void = () => undefined): Preset[] {
  let files: string[];
  try {
    files = readdirSync(folder).filter((file) => ['.yaml', '.yml', '.json'].includes(extname(file))).sort();
  } catch (error) {
    warn(`presets: cannot read ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return [];
  }
  const presets: Preset[] = [];
  for (const file of files) {
    const path = join(folder, file);
    const parsed = parseScenarioText(readFileSync(path, 'utf8'));
    const validation = parsed.ok ? validateScenario(parsed.document) : parsed;
    if (!validation.ok) {
      warn(`presets: ${file} is not valid and is not listed: ${validation.issues.map(formatIssue).join('; ')}`);
      continue;
    }
    const id = `${PRESET_PREFIX}${basename(file, extname(file))}`;
    presets.push({ id, file: path, document: validation.scenario, modifiedAt: statSync(path).mtime.toISOString(), audience: PRESET_AUDIENCES[id] });
  }
  return presets;
}
