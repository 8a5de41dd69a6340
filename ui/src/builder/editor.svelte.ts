// The scenario being edited: the document, what is saved, what the server's
// validator says about it, and the draft kept in the browser.
import { createContext } from 'svelte';
import { financialYearLabel } from '../../../engine/calendar/financial-calendar.ts';
import { api, ApiError } from '../api/client.ts';
import { serverState, SLOW_ANSWER_MS } from '../app/server-status.ts';
import type { Scenario, ScenarioDetail, ValidationIssue } from '../api/types.ts';
import { clearDraft, readDraft, writeDraft, type Draft } from './draft.ts';
import { formMessage, issuesWithin } from './issues.ts';
import { getAt, joinPath, parsePath, setAt } from './paths.ts';
import { renameIntervention, renameOrganisation, renamePlace, type ReferenceKind } from './rename.ts';
import { newScenarioTemplate } from './template.ts';
import {
  afterJoiningYears,
  afterMovingValue,
  afterRemovingItem,
  afterSplittingByYear,
  combineIssues,
  keepStanding,
  movePaths,
  unreadableRefusal as refusalToSave,
  type UnreadableInput,
  type UnreadableInputs,
} from './unreadable-input.ts';

/** `slow`: still checking after SLOW_ANSWER_MS; `unreachable`: no answer (or none in time); `unavailable`: the server answered with an error. */
export type ValidationState = 'idle' | 'checking' | 'slow' | 'valid' | 'invalid' | 'unreachable' | 'unavailable';

export type SaveOutcome =
  | { readonly ok: true; readonly scenarioId: string; readonly version: number; readonly created: boolean }
  | { readonly ok: false; readonly reason: 'invalid' | 'conflict' | 'error'; readonly message: string };

export interface OrganisationChoice {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly systemIndex: number;
}

/** How long typing must pause before the scenario is validated (ms). */
export const VALIDATION_DELAY = 300;
const DRAFT_DELAY = 400;

export class ScenarioEditor {
  /** Null for a scenario not yet saved. */
  scenarioId = $state<string | null>(null);
  readOnly = $state(false);
  /** The latest saved version when the document was loaded: saving over a newer one is a conflict. */
  baseVersion = $state<number | undefined>(undefined);
  /** The version shown (an older one can be opened, edited and saved as the newest). */
  viewingVersion = $state<number | undefined>(undefined);
  latestVersion = $state<number | undefined>(undefined);
  document = $state<Scenario>(newScenarioTemplate());
  /**
   * The document as last saved or loaded. Before anything is loaded it is the
   * untouched template: nothing to lose, so leaving a builder that is still
   * loading (as "Save and run" does, from the new scenario's page to its run)
   * asks nothing.
   */
  savedSnapshot = $state(JSON.stringify(this.document));
  /** A draft found in the browser that differs from what was loaded. */
  pendingDraft = $state<Draft | undefined>(undefined);

  /** What the server's validator said about the document. */
  issues = $state<ValidationIssue[]>([]);
  validation = $state<ValidationState>('idle');
  saving = $state(false);
  /** Text typed into number boxes that is not a number, by path (the document keeps the old value meanwhile). */
  unreadable = $state.raw<UnreadableInputs>({});
  /** Opens the section holding a path and focuses its field (set by the builder page; a form links to a named value through it). */
  jump: ((path: string) => void) | undefined = undefined;
  /** The last thing removed, with the document as it was before, until the next change: what Undo puts back. */
  lastRemoval = $state.raw<Removal | undefined>(undefined);

  /** Every problem to fix: text that is not a number, then the validator's issues. */
  readonly problems = $derived(
    combineIssues(
      this.unreadable,
      this.issues.map((issue) => formMessage(this.document, issue)),
    ),
  );
  readonly snapshot = $derived(JSON.stringify(this.document));
  readonly dirty = $derived(this.snapshot !== this.savedSnapshot || Object.keys(this.unreadable).length > 0);
  /** Why the scenario cannot be saved while boxes hold text that is not a number, or undefined. */
  readonly unreadableRefusal = $derived(refusalToSave(this.unreadable, this.document));
  /** Why the scenario cannot be saved as it stands, or undefined. */
  readonly saveBlocker = $derived(
    this.unreadableRefusal ?? (this.validation === 'invalid' ? `Cannot save: ${this.problems.length} problem${this.problems.length === 1 ? '' : 's'} to fix (listed below).` : undefined),
  );
  /** The name as saved, to tell whether a preset's copy was renamed. */
  readonly savedName = $derived(this.savedSnapshot ? (JSON.parse(this.savedSnapshot) as { name?: string }).name : undefined);
  readonly organisations = $derived(organisationChoices(this.document));
  /** Each system's places (id and name), for an organisation's place. */
  readonly places = $derived((this.document.systems ?? []).map((system) => (system?.places ?? []).map((place) => ({ id: place.id, name: place.name }))));
  /** Names formulas may use: drivers, parameters, year and financialYear. */
  readonly formulaNames = $derived([...Object.keys(this.document.drivers ?? {}), ...Object.keys(this.document.parameters ?? {}), 'year', 'financialYear']);
  readonly yearLabels = $derived(yearLabels(this.document));

  /** Starts from a saved scenario (or one of its versions). */
  load(detail: Pick<ScenarioDetail, 'id' | 'readOnly' | 'latestVersion' | 'document'>, older?: { version: number; document: Scenario }): void {
    this.scenarioId = detail.id;
    this.readOnly = detail.readOnly;
    this.baseVersion = detail.latestVersion;
    this.viewingVersion = older?.version ?? detail.latestVersion;
    this.latestVersion = detail.latestVersion;
    this.document = structuredClone(older?.document ?? detail.document);
    this.savedSnapshot = JSON.stringify(this.document);
    this.issues = [];
    this.validation = 'idle';
    this.unreadable = {};
    this.lastRemoval = undefined;
    const draft = readDraft(detail.id);
    this.pendingDraft = draft && (JSON.stringify(draft.document) !== this.savedSnapshot || Object.keys(draft.unreadable ?? {}).length > 0) ? draft : undefined;
  }

  /** Starts a new scenario, from a draft if one was left. */
  startNew(): void {
    this.scenarioId = null;
    this.readOnly = false;
    this.baseVersion = undefined;
    this.viewingVersion = undefined;
    this.latestVersion = undefined;
    this.document = newScenarioTemplate();
    // Untouched, the template is nothing to lose; it still says "Not saved yet".
    this.savedSnapshot = JSON.stringify(this.document);
    this.issues = [];
    this.validation = 'idle';
    this.unreadable = {};
    this.lastRemoval = undefined;
    this.pendingDraft = readDraft(null);
  }

  restoreDraft(): void {
    if (!this.pendingDraft) return;
    this.document = $state.snapshot(this.pendingDraft.document) as Scenario;
    this.unreadable = keepStanding(this.pendingDraft.unreadable ?? {}, this.document);
    this.pendingDraft = undefined;
  }

  discardDraft(): void {
    clearDraft(this.scenarioId);
    this.pendingDraft = undefined;
  }

  /** Throws away unsaved changes. */
  revert(): void {
    this.document = JSON.parse(this.savedSnapshot) as Scenario;
    this.unreadable = {};
    this.lastRemoval = undefined;
    clearDraft(this.scenarioId);
  }

  get(path: string): unknown {
    return getAt(this.document, path);
  }

  set(path: string, value: unknown): void {
    // Undo puts the whole document back, so it is offered only until the next change.
    this.lastRemoval = undefined;
    const keys = parsePath(path);
    // Setting a list item to undefined removes it, and the fields after it move up one.
    const removesItem = value === undefined && typeof keys.at(-1) === 'number' && Array.isArray(getAt(this.document, keys.slice(0, -1)));
    setAt(this.document, keys, value);
    const unreadable = removesItem ? afterRemovingItem(this.unreadable, path) : this.unreadable;
    this.unreadable = keepStanding(unreadable, this.document);
  }

  /**
   * Removes what is at `path` (an organisation, an intervention, a driver, a
   * group of fields), named `what` for the Undo offered after it; `replacement`
   * is what takes its place (a record without the removed entry), if not nothing.
   */
  remove(path: string, what: string, replacement: unknown = undefined): void {
    const before: Removal = { what, document: this.snapshot, unreadable: this.unreadable };
    this.set(path, replacement);
    this.lastRemoval = before;
  }

  /** Puts back what was last removed, and the document as it was just before. */
  undoRemoval(): void {
    const removal = this.lastRemoval;
    if (!removal) return;
    this.document = JSON.parse(removal.document) as Scenario;
    this.unreadable = removal.unreadable;
    this.lastRemoval = undefined;
  }

  /**
   * Gives a row of the record at `path` (an incentive fund's amounts, kept
   * by organisation id) another key: the row keeps its place, its value and
   * any text typed in its box.
   */
  changeKey(path: string, from: string, to: string): void {
    if (from === to) return;
    const record = (this.get(path) ?? {}) as Record<string, unknown>;
    this.unreadable = afterMovingValue(this.unreadable, joinPath(path, from), joinPath(path, to));
    this.set(path, Object.fromEntries(Object.entries(record).map(([key, value]) => [key === from ? to : key, value])));
  }

  /** Makes the value at `path` one per year, `perYear` (copies of it); text typed in its box is copied to each year's, as the value is. */
  splitByYear(path: string, perYear: unknown[]): void {
    this.unreadable = afterSplittingByYear(this.unreadable, path, perYear);
    this.set(path, perYear);
  }

  /** Makes the values per year at `path` one value, `value` (the first year's); text typed in the first year's box stays with it. */
  joinYears(path: string, value: unknown): void {
    this.unreadable = afterJoiningYears(this.unreadable, path);
    this.set(path, value);
  }

  /** Every problem at a path or inside it: text that is not a number and the validator's issues. */
  issuesAt(path: string): ValidationIssue[] {
    return issuesWithin(this.problems, path);
  }

  /** Text that is not a number, typed at a path and not yet corrected. */
  unreadableAt(path: string): UnreadableInput | undefined {
    return this.unreadable[path];
  }

  /** Keeps text that is not a number, typed at a path; the document keeps its value until the text is corrected. */
  keepUnreadable(path: string, text: string, message: string): void {
    this.lastRemoval = undefined;
    const previous = path in this.unreadable ? this.unreadable[path].previous : $state.snapshot(this.get(path));
    this.unreadable = { ...this.unreadable, [path]: { text, message, previous } };
  }

  /** Lets go of the text kept at a path (it now reads as a number). */
  forgetUnreadable(path: string): void {
    if (!(path in this.unreadable)) return;
    const { [path]: _forgotten, ...rest } = this.unreadable;
    this.unreadable = rest;
  }

  /**
   * After the thing at `path` (an organisation's or a place's id, an
   * intervention's name) changed from `from` to `to`, makes what referred to
   * it follow.
   */
  renameReference(kind: ReferenceKind, path: string, from: string, to: string): void {
    if (kind === 'organisation') {
      renameOrganisation(this.document, from, to);
      // Incentive fund amounts are kept by organisation id.
      this.unreadable = movePaths(this.unreadable, (keys) => keys.map((key, index) => (key === from && keys[index - 1] === 'amounts' ? to : key)));
    } else if (kind === 'intervention') renameIntervention(this.document, from, to);
    else {
      const [, systemIndex] = parsePath(path);
      if (typeof systemIndex === 'number') renamePlace(this.document, systemIndex, from, to);
    }
    this.unreadable = keepStanding(this.unreadable, this.document);
  }

  /**
   * Renames a driver or named parameter, then every formula (and the
   * correlation) that uses it, once the code that finds formulas has loaded.
   */
  async renameFormulaName(base: 'drivers' | 'parameters', from: string, to: string): Promise<void> {
    const record = (this.get(base) ?? {}) as Record<string, unknown>;
    this.unreadable = movePaths(this.unreadable, (keys) => (keys[0] === base && keys[1] === from ? [base, to, ...keys.slice(2)] : keys));
    this.set(base, Object.fromEntries(Object.entries(record).map(([key, value]) => [key === from ? to : key, value])));
    const { renameFormulaName } = await import('./rename-formulas.ts');
    renameFormulaName(this.document, from, to);
  }

  /**
   * Asks the server's validator about the document once typing pauses. Call
   * from an $effect: it reads the document, and returns the cleanup that
   * cancels a check made stale by further typing.
   */
  validateSoon(): () => void {
    const snapshot = this.snapshot;
    const controller = new AbortController();
    let slow: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(async () => {
      this.validation = 'checking';
      slow = setTimeout(() => {
        if (this.validation === 'checking') this.validation = 'slow';
      }, SLOW_ANSWER_MS);
      try {
        const result = await api.validate(JSON.parse(snapshot), controller.signal);
        this.issues = [...result.issues];
        this.validation = result.ok ? 'valid' : 'invalid';
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
        this.validation = serverState(error) === 'unreachable' ? 'unreachable' : 'unavailable';
      } finally {
        clearTimeout(slow);
      }
    }, VALIDATION_DELAY);
    return () => {
      clearTimeout(timer);
      clearTimeout(slow);
      controller.abort();
    };
  }

  /** Keeps a draft while there are unsaved changes (call from an $effect). */
  keepDraft(): () => void {
    const snapshot = this.snapshot;
    const unreadable = this.unreadable;
    const dirty = this.dirty;
    const scenarioId = this.scenarioId;
    const baseVersion = this.baseVersion;
    if (this.pendingDraft) return () => {};
    const timer = setTimeout(() => {
      // What was typed is kept as typed, even where it is not a number yet.
      if (dirty) writeDraft(scenarioId, { document: JSON.parse(snapshot), unreadable, baseVersion, savedAt: new Date().toISOString() });
      else clearDraft(scenarioId);
    }, DRAFT_DELAY);
    return () => clearTimeout(timer);
  }

  /**
   * Saves the document: a new version of a saved scenario (refused with a
   * conflict if someone saved since, unless `overwrite`), or a new scenario
   * for a new document or a changed preset.
   */
  async save(options: { overwrite?: boolean } = {}): Promise<SaveOutcome> {
    // Saving now would store the old value behind text that is not a number.
    if (this.unreadableRefusal) return { ok: false, reason: 'invalid', message: this.unreadableRefusal };
    this.saving = true;
    const document = $state.snapshot(this.document) as Scenario;
    const previousId = this.scenarioId;
    try {
      let outcome: SaveOutcome;
      if (this.scenarioId !== null && !this.readOnly) {
        const saved = await api.updateScenario(this.scenarioId, document, options.overwrite ? undefined : this.baseVersion);
        outcome = { ok: true, scenarioId: saved.id, version: saved.version, created: false };
      } else {
        const saved = await api.createScenario(document);
        outcome = { ok: true, scenarioId: saved.id, version: saved.version, created: true };
        this.readOnly = false;
      }
      clearDraft(previousId);
      this.scenarioId = outcome.scenarioId;
      this.baseVersion = outcome.version;
      this.viewingVersion = outcome.version;
      this.latestVersion = outcome.version;
      this.savedSnapshot = JSON.stringify(document);
      return outcome;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        return { ok: false, reason: 'conflict', message: 'Someone saved a newer version of this scenario since you opened it.' };
      }
      if (error instanceof ApiError && error.scenarioIssues.length > 0) {
        this.issues = error.scenarioIssues;
        this.validation = 'invalid';
        return { ok: false, reason: 'invalid', message: 'The scenario has problems to fix before it can be saved.' };
      }
      return { ok: false, reason: 'error', message: (error as Error).message };
    } finally {
      this.saving = false;
    }
  }
}

function organisationChoices(document: Scenario): OrganisationChoice[] {
  return (document.systems ?? []).flatMap((system, systemIndex) =>
    (system?.organisations ?? []).map((organisation) => ({ id: organisation.id, name: organisation.name, kind: organisation.kind, systemIndex })),
  );
}

/** `2025/26`, one per modelled year (as the engine labels them). */
export function yearLabels(document: Pick<Scenario, 'horizon'>): string[] {
  const firstYear = Number(document.horizon?.firstYear);
  const years = Number(document.horizon?.years);
  if (!Number.isInteger(firstYear) || !Number.isInteger(years) || years < 1 || years > 10) return [];
  return Array.from({ length: years }, (_, index) => financialYearLabel(firstYear, index));
}

/** Something removed in the builder, and what to put back on Undo. */
export interface Removal {
  readonly what: string;
  /** The document just before the removal, as JSON. */
  readonly document: string;
  readonly unreadable: UnreadableInputs;
}

export const [getEditor, setEditor] = createContext<ScenarioEditor>();
