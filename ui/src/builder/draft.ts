// Unsaved work kept in the browser, one draft per scenario (or one for a new
// scenario), so closing a tab or losing the connection loses nothing.

export interface Draft {
  readonly document: unknown;
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
    return draft && typeof draft === 'object' && 'document' in draft ? draft : undefined;
  } catch {
    return undefined;
  }
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
