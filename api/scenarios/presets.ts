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
 * Presets already read and checked in this process, by path, with the file's
 * size and modification time: England's preset takes a second or more to
 * parse and validate, and a process (the tests, above all) builds the app
 * many times. A file that changed is read again.
 */
const checkedPresets = new Map<string, { readonly stamp: string; readonly validation: ReturnType<typeof validateScenario> | Extract<ReturnType<typeof parseScenarioText>, { ok: false }> }>();

function readPreset(path: string) {
  const { size, mtimeMs } = statSync(path);
  const stamp = `${size}:${mtimeMs}`;
  const known = checkedPresets.get(path);
  if (known?.stamp === stamp) return known.validation;
  const parsed = parseScenarioText(readFileSync(path, 'utf8'));
  const validation = parsed.ok ? validateScenario(parsed.document) : parsed;
  checkedPresets.set(path, { stamp, validation });
  return validation;
}

/**
 * Reads every *.yaml in the folder as a preset with id `preset-<file stem>`.
 * A preset that does not validate is left out and reported through `warn`
 * rather than stopping the server.
 */
export function loadPresets(folder: string, warn: (message: string) => void = () => undefined): Preset[] {
  let files: string[];
  try {
    files = readdirSync(folder)
      .filter((file) => ['.yaml', '.yml', '.json'].includes(extname(file)))
      .sort();
  } catch (error) {
    warn(`presets: cannot read ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return [];
  }
  const presets: Preset[] = [];
  for (const file of files) {
    const path = join(folder, file);
    const validation = readPreset(path);
    if (!validation.ok) {
      warn(`presets: ${file} is not valid and is not listed: ${validation.issues.map(formatIssue).join('; ')}`);
      continue;
    }
    const id = `${PRESET_PREFIX}${basename(file, extname(file))}`;
    presets.push({ id, file: path, document: structuredClone(validation.scenario), modifiedAt: statSync(path).mtime.toISOString(), audience: PRESET_AUDIENCES[id] });
  }
  return presets;
}
