// Keeps what the VA typed: in localStorage at once (when the iframe allows it) and on the server after a pause.
import type { Draft } from '../server/api';
import { debounce } from './debounce';

const STORAGE_KEY = 'minuta.draft';
const SERVER_SAVE_DELAY_MS = 1000;

function isDraft(value: unknown): value is Draft {
  const draft = value as Partial<Draft> | null;
  return typeof draft?.notes === 'string' && typeof draft.title === 'string';
}

export function readLocalDraft(): Draft | null {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
    return isDraft(stored) ? stored : null;
  } catch {
    // The Apps Script iframe may deny storage; the server copy still exists.
    return null;
  }
}

function writeLocalDraft(draft: Draft): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Denied or full: the server copy is the one that counts.
  }
}

export interface DraftStore {
  save(draft: Draft): void;
  /** Sends the pending server save now (before an insert, or when the page hides). */
  flush(): void;
}

export function createDraftStore(saveToServer: (draft: Draft) => Promise<void>): DraftStore {
  const saveLater = debounce((draft: Draft) => {
    // A failed draft save must not interrupt typing: the local copy holds the text, the next pause retries.
    saveToServer(draft).catch(() => undefined);
  }, SERVER_SAVE_DELAY_MS);
  return {
    save(draft) {
      writeLocalDraft(draft);
      saveLater(draft);
    },
    flush: () => saveLater.flush(),
  };
}
