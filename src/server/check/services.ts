// The services minuta leans on, each tried and undone: the document lock, both property stores, a weekly trigger, openById.
import type { LockObservation, TriggerObservation } from '../../core/check';
import { CHECK_NOOP_HANDLER, type CheckDeps } from './deps';

type Properties = GoogleAppsScript.Properties.Properties;
type Trigger = GoogleAppsScript.Script.Trigger;

/** Short: the check only needs to see that the lock can be had, not to wait out another import. */
const LOCK_WAIT_MS = 5_000;
const PROPERTY_KEY = 'minuta.check';

export function observeLock(deps: CheckDeps): LockObservation {
  const lock = deps.lockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (!lock) return { documentLock: false, acquired: false, heldAfterRelease: false };
  const acquired = lock.tryLock(LOCK_WAIT_MS);
  lock.releaseLock();
  return { documentLock: true, acquired, heldAfterRelease: lock.hasLock() };
}

/** Accents and a symbol too, so a store that mangles non-ASCII text shows. */
export function propertyValue(deps: CheckDeps): string {
  return `minuta ✓ ñ ${deps.now.getTime()}`;
}

/** What the store gives back for the value; the key is removed whatever happened. */
export function roundTrip(store: Properties | null, value: string): string | null {
  if (!store) throw new Error('Properties store is null');
  try {
    store.setProperty(PROPERTY_KEY, value);
    return store.getProperty(PROPERTY_KEY);
  } finally {
    store.deleteProperty(PROPERTY_KEY);
  }
}

/** The user's triggers in this document and the project, once each (a bound script's clock triggers belong to no document). */
function triggerIds(deps: CheckDeps): string[] {
  const triggers: Trigger[] = [
    ...deps.scriptApp.getUserTriggers(deps.spreadsheet),
    ...deps.scriptApp.getProjectTriggers(),
  ];
  return [...new Set(triggers.map((trigger) => trigger.getUniqueId()))].sort();
}

function existingClockHandler(deps: CheckDeps): string | null {
  const clock = deps.scriptApp
    .getUserTriggers(deps.spreadsheet)
    .find((trigger) => trigger.getEventType() === deps.scriptApp.EventType.CLOCK);
  return clock ? clock.getHandlerFunction() : null;
}

/** A weekly trigger like the follow-up's, for a handler that does nothing; only that trigger is deleted. */
export function observeTrigger(deps: CheckDeps): TriggerObservation {
  const { scriptApp } = deps;
  const existingHandler = existingClockHandler(deps);
  if (existingHandler !== null)
    return { existingHandler, listedAfterCreate: true, listedAfterDelete: false, othersUnchanged: true };
  const before = triggerIds(deps);
  const trigger = scriptApp
    .newTrigger(CHECK_NOOP_HANDLER)
    .timeBased()
    .onWeekDay(scriptApp.WeekDay.MONDAY)
    .atHour(9)
    .inTimezone(deps.spreadsheet.getSpreadsheetTimeZone())
    .create();
  const id = trigger.getUniqueId();
  let listedAfterCreate = false;
  try {
    listedAfterCreate = triggerIds(deps).includes(id);
  } finally {
    scriptApp.deleteTrigger(trigger);
  }
  const after = triggerIds(deps);
  return {
    existingHandler: null,
    listedAfterCreate,
    listedAfterDelete: after.includes(id),
    othersUnchanged: JSON.stringify(after) === JSON.stringify(before),
  };
}

/** A time-driven run has no active document: the follow-up reopens the sheet by id, which needs the full spreadsheets scope. */
export function opensById(deps: CheckDeps): boolean {
  const id = deps.spreadsheet.getId();
  return deps.spreadsheetApp.openById(id).getId() === id;
}
