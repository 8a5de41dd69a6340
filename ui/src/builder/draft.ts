// Unsaved work kept in the browser, one draft per scenario (or one for a new
// scenario), so closing a tab or losing the connection loses nothing.

import type { UnreadableInputs } from './unreadable-input.ts';

export interface Draft {
  readonly document: unknown;
  /** Text typed into number boxes that is not a number yet, by path. */
  readonly unreadable?: UnreadableInputs;
  /** The saved version the draft was edited from (undefined for a new scenario). */
  readonly baseVersion: number | undefined;
  readonly savedAt: string;
}

const PREFIX = 'ics-money-and-beds:draft:';

export function draftKey(scenarioId: string | null): string {
  return `${PREFIX}${scenarioId ?? 'new'}`;
}

export function readDraft(scenarioId: string | null, storage: Storage = localStorage): Draft | undefined {
  try {
    const text = storage.getItem(draftKey(scenarioId));
    if (!text) return undefined;
    const draft = JSON.parse(text) as Draft;
    if (!draft || typeof draft !== 'object' || !('document' in draft)) return undefined;
    return 'unreadable' in draft ? { ...draft, unreadable: wellFormed(draft.unreadable) } : draft;
  } catch {
    return undefined;
  }
}

/** The kept text of a draft, less anything that is not what the builder wrote. */
function wellFormed(unreadable: unknown): UnreadableInputs {
  if (!unreadable || typeof unreadable !== 'object') return {};
  return Object.fromEntries(
    Object.entries(unreadable).filter(([, input]) => input && typeof input === 'object' && typeof input.text === 'string' && typeof input.message === 'string'),
  ) as UnreadableInputs;
}

export function writeDraft(scenarioId: string | null, draft: Draft, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(draftKey(scenarioId), JSON.stringify(draft));
    return true;
  } catch {
    // Storage full or disabled: the leave warning still protects the work.
    return false;
  }
}

export function clearDraft(scenarioId: string | null, storage: Storage = localStorage): void {
  try {
    storage.removeItem(draftKey(scenarioId));
  } catch {
    // Nothing to do.
  }
}
