// Judges what the services answered: the lock, the property stores, the triggers, the mail quota, the sizes.
import { CHECK_STRINGS } from '../i18n/check';
import type { Language } from '../types';
import { quoted } from './describe';
import { CELL_WARNING, CHARACTER_WARNING } from './expectations';
import { firstFailure, verdict, type Verdict } from './verdict';

export interface LockObservation {
  /** getDocumentLock() gave a lock (it is null outside a document). */
  documentLock: boolean;
  acquired: boolean;
  heldAfterRelease: boolean;
}

export function lockVerdict(observed: LockObservation, language: Language): Verdict {
  const seen = CHECK_STRINGS[language].seen;
  return firstFailure(
    [
      !observed.documentLock && seen.noDocumentLock,
      !observed.acquired && seen.lockNotAcquired,
      observed.heldAfterRelease && seen.lockStillHeld,
    ],
    seen.lockAcquiredReleased,
  );
}

export function propertyVerdict(written: string, read: string | null, language: Language): Verdict {
  const seen = CHECK_STRINGS[language].seen;
  return read === written
    ? verdict(true, seen.propertyRoundTrip)
    : verdict(false, seen.propertyDiffers(read === null ? 'null' : quoted(read)));
}

export interface TriggerObservation {
  /**
   * The handler of a time-driven trigger this user already has in this document (the real follow-up): an editor
   * add-on may have only one, so no test trigger is made and the line says the real one is listed.
   */
  existingHandler: string | null;
  listedAfterCreate: boolean;
  listedAfterDelete: boolean;
  /** The user's other triggers (the real follow-up among them) are the same before and after. */
  othersUnchanged: boolean;
}

export function triggerVerdict(observed: TriggerObservation, language: Language): Verdict {
  const seen = CHECK_STRINGS[language].seen;
  if (observed.existingHandler !== null)
    return verdict(true, seen.triggerInstalled(observed.existingHandler));
  return firstFailure(
    [
      !observed.listedAfterCreate && seen.triggerNotListed,
      observed.listedAfterDelete && seen.triggerStillListed,
      !observed.othersUnchanged && seen.realTriggersChanged,
    ],
    seen.triggerCycle,
  );
}

export function openVerdict(openedSameSpreadsheet: boolean, language: Language): Verdict {
  const seen = CHECK_STRINGS[language].seen;
  return verdict(openedSameSpreadsheet, openedSameSpreadsheet ? seen.opened : seen.openedOther);
}

export function mailQuotaVerdict(quotaLeft: number, language: Language): Verdict {
  return verdict(quotaLeft > 0, CHECK_STRINGS[language].seen.quotaLeft(quotaLeft));
}

/** null: the VA did not tick "send me a test email". */
export function testEmailVerdict(sent: boolean | null, language: Language): Verdict {
  const seen = CHECK_STRINGS[language].seen;
  if (sent === null) return { status: 'skipped', seen: seen.testEmailNotAsked };
  return verdict(sent, seen.testEmailSent);
}

export interface TasksTabSize {
  dataRows: number;
  sheetRows: number;
  sheetColumns: number;
}

export function taskRowsVerdict(size: TasksTabSize | null, language: Language): Verdict {
  const seen = CHECK_STRINGS[language].seen;
  if (size === null) return { status: 'info', seen: seen.noTasksTab };
  const cells = size.sheetRows * size.sheetColumns;
  return verdict(cells < CELL_WARNING, seen.rows(size.dataRows, size.sheetRows, cells));
}

export function spreadsheetCellsVerdict(cells: number, language: Language): Verdict {
  return verdict(cells < CELL_WARNING, CHECK_STRINGS[language].seen.cells(cells));
}

export function meetingNotesVerdict(longestNotes: number, language: Language): Verdict {
  return verdict(longestNotes < CHARACTER_WARNING, CHECK_STRINGS[language].seen.notes(longestNotes));
}
