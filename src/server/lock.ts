// Runs a write under the document lock, so two imports at the same time land one after the other, whole.
// https://developers.google.com/apps-script/reference/lock/lock-service

/** Long enough for another import of a thousand rows to finish, short of the 6-minute execution limit. */
const WAIT_MS = 30_000;

/**
 * getDocumentLock() is null outside a document (a time-driven run of an add-on): the script lock is the
 * fallback. The writers in ./sheets flush their own writes before returning, so what the next holder of
 * the lock reads is already in the sheet.
 */
export function withDocumentLock<T>(lockService: GoogleAppsScript.Lock.LockService, work: () => T): T {
  const lock = lockService.getDocumentLock() ?? lockService.getScriptLock();
  lock.waitLock(WAIT_MS);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
