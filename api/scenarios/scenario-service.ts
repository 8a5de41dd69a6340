import { validateScenario, type Scenario, type ValidationIssue } from '../../engine/index.ts';
import { ApiError, invalidScenario, notFound, prefixIssues } from '../api-error.ts';
import type { ScenarioStore, StoredScenario } from '../store/scenario-store.ts';
import type { RunSource } from '../store/run-store.ts';
import { PRESET_PREFIX, type Preset } from './presets.ts';
import { writeScenarioText, type ScenarioFormat } from './scenario-text.ts';
import type { ScenarioTextReader } from './text-reader.ts';
import { matchesSearch } from './search.ts';
import type { ScenarioDetail, ScenarioSummary, ScenarioVersionDetail } from '../wire/scenarios.ts';
import { definedFields } from '../defined-fields.ts';

export type { ScenarioDetail, ScenarioSummary, ScenarioVersionDetail };

/** A reference to a scenario to run: a saved one (latest version unless given) or a document. */
export type ScenarioReference = { readonly scenarioId: string; readonly version?: number } | { readonly document: unknown };

const MAX_NAME = 200;

/**
 * Scenarios as the API sees them: the presets (from files, read-only) and the
 * saved ones (SQLite, versioned). Every document is validated by the engine
 * before it is saved or run; a failure carries every issue.
 */
export class ScenarioService {
  private readonly presets: ReadonlyMap<string, Preset>;

  constructor(
    private readonly store: ScenarioStore,
    presets: readonly Preset[],
    private readonly textReader: ScenarioTextReader,
  ) {
    this.presets = new Map(presets.map((preset) => [preset.id, preset]));
  }

  /**
   * Presets first (file order), then saved scenarios, most recently changed
   * first; with `search`, those whose name, description or (for a preset)
   * audience contains every word of it, ignoring case.
   */
  list(search?: string): ScenarioSummary[] {
    return [...[...this.presets.values()].map(presetSummary), ...this.store.list().map(storedSummary)].filter((scenario) =>
      matchesSearch(search, [scenario.name, scenario.description, scenario.audience]),
    );
  }

  get(id: string): ScenarioDetail {
    const preset = this.presets.get(id);
    if (preset) return { ...presetSummary(preset), version: 1, document: preset.document };
    const stored = this.requireStored(id);
    const latest = this.store.version(id, stored.latestVersion);
    if (!latest) throw new Error(`scenario ${id} has no version ${stored.latestVersion}`);
    return definedFields({ ...storedSummary(stored), version: latest.version, document: latest.document, savedBy: latest.savedBy });
  }

  versions(id: string): { version: number; name: string; createdAt: string; savedBy?: string }[] {
    const preset = this.presets.get(id);
    if (preset) return [{ version: 1, name: preset.document.name, createdAt: preset.modifiedAt }];
    this.requireStored(id);
    return this.store.versions(id).map(({ version, name, createdAt, savedBy }) => definedFields({ version, name, createdAt, savedBy }));
  }

  version(id: string, version: number): ScenarioVersionDetail {
    const preset = this.presets.get(id);
    if (preset) {
      if (version !== 1) throw notFound(`version ${version} of scenario "${id}" (presets have only version 1)`, 'version');
      return { id, version: 1, name: preset.document.name, document: preset.document, createdAt: preset.modifiedAt };
    }
    this.requireStored(id);
    const stored = this.store.version(id, version);
    if (!stored) throw notFound(`version ${version} of scenario "${id}"`, 'version');
    return definedFields({ id, version, name: stored.name, document: stored.document, createdAt: stored.createdAt, savedBy: stored.savedBy });
  }

  /** Saves a new scenario; `root` names the document in the request, for a problem with it as a whole. */
  create(document: unknown, root = 'body/document', savedBy?: string): ScenarioDetail {
    const scenario = requireValid(document, undefined, root);
    return this.get(this.store.create(scenario, savedBy).id);
  }

  update(id: string, document: unknown, expectedVersion?: number, savedBy?: string): ScenarioDetail {
    this.refuseIfPreset(id, 'changed');
    const scenario = requireValid(document);
    const outcome = this.store.update(id, scenario, expectedVersion, savedBy);
    if (!outcome.ok && outcome.reason === 'not-found') throw notFound(`scenario "${id}"`);
    if (!outcome.ok && outcome.reason === 'conflict') {
      throw ApiError.at(409, 'body/expectedVersion', `expectedVersion is ${expectedVersion} but scenario "${id}" is at version ${outcome.latestVersion}; reload it and apply your changes again`);
    }
    return this.get(id);
  }

  /** A new saved scenario from the latest version of any scenario, presets included. */
  duplicate(id: string, name?: string, savedBy?: string): ScenarioDetail {
    const source = this.get(id);
    const newName = name ?? `${source.name} (copy)`.slice(0, MAX_NAME);
    return this.create({ ...source.document, name: newName }, 'body/document', savedBy);
  }

  delete(id: string): void {
    this.refuseIfPreset(id, 'deleted');
    if (!this.store.delete(id)) throw notFound(`scenario "${id}"`);
  }

  /** Saves uploaded YAML or JSON text as a new scenario; the text is read off the event loop. */
  async import(text: string, format?: ScenarioFormat, savedBy?: string): Promise<ScenarioDetail> {
    const parsed = await this.textReader.read(text, format);
    if (!parsed.ok) throw invalidScenario(parsed.issues, 'text', 'body/text');
    return this.create(parsed.document, 'body/text', savedBy);
  }

  /** A version's document as file text, with a file name for Content-Disposition. */
  export(id: string, format: ScenarioFormat, version?: number): { fileName: string; text: string } {
    const chosen = version === undefined ? this.get(id) : this.version(id, version);
    const stem =
      chosen.name
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 80) || 'scenario';
    return { fileName: `${stem}-v${chosen.version}.${format}`, text: writeScenarioText(chosen.document, format) };
  }

  /**
   * The document and provenance a run will use. `where` names the reference
   * in the request (`body`, `body/baseline`), for the issue of a 404.
   * @throws ApiError 404 for an unknown scenario or version, 400 for an invalid inline document
   */
  resolve(reference: ScenarioReference, issuePrefix?: string, where = 'body'): RunSource & { document: Scenario } {
    if ('document' in reference) {
      const scenario = requireValid(reference.document, issuePrefix, `${where}/document`);
      return { scenarioId: undefined, scenarioVersion: undefined, scenarioName: scenario.name, document: scenario };
    }
    let chosen: { version: number; document: unknown };
    try {
      chosen = reference.version === undefined ? this.get(reference.scenarioId) : this.version(reference.scenarioId, reference.version);
    } catch (error) {
      if (!(error instanceof ApiError) || error.statusCode !== 404) throw error;
      // An unknown scenario is about scenarioId; a known one without that version, about version.
      throw error.movedTo(`${where}/${error.field === 'version' ? 'version' : 'scenarioId'}`);
    }
    // Saved documents were valid when saved; check again in case the engine's rules have since changed.
    const scenario = requireValid(chosen.document, issuePrefix, `${where}/scenarioId`);
    return { scenarioId: reference.scenarioId, scenarioVersion: chosen.version, scenarioName: scenario.name, document: scenario };
  }

  private requireStored(id: string): StoredScenario {
    const stored = this.store.get(id);
    if (!stored) throw notFound(`scenario "${id}"`);
    return stored;
  }

  private refuseIfPreset(id: string, action: string): void {
    if (id.startsWith(PRESET_PREFIX) && this.presets.has(id)) {
      throw ApiError.at(403, 'params/id', `scenario "${id}" is a read-only preset and cannot be ${action}; duplicate it to make your own copy`);
    }
  }
}

/**
 * The document as a valid scenario. A problem with the document as a whole
 * (the engine's empty path) is named by the prefix, else by `root`, the
 * document's place in the request (`body/document`).
 * @throws ApiError 400 listing every issue
 */
export function requireValid(document: unknown, issuePrefix?: string, root = 'body/document'): Scenario {
  const validation = validateScenario(document);
  if (validation.ok) return validation.scenario;
  const issues: ValidationIssue[] = issuePrefix ? prefixIssues(validation.issues, issuePrefix) : validation.issues;
  throw invalidScenario(issues, issuePrefix ?? 'scenario', root);
}

function presetSummary(preset: Preset): ScenarioSummary {
  return {
    id: preset.id,
    name: preset.document.name,
    description: preset.document.description ?? '',
    ...(preset.audience === undefined ? {} : { audience: preset.audience }),
    readOnly: true,
    latestVersion: 1,
    createdAt: preset.modifiedAt,
    updatedAt: preset.modifiedAt,
  };
}

function storedSummary(stored: StoredScenario): ScenarioSummary {
  return { ...stored, readOnly: false };
}
