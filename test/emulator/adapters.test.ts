// The emulator's services stand in for the real ones where src/server adapters expect GoogleAppsScript types.
import { createEmulator } from '../../emulator';
import { withDocumentLock } from '../../src/server/lock';

it('runs an adapter under the document lock and releases it', () => {
  const emulator = createEmulator();
  expect(withDocumentLock(emulator.globals.LockService, () => 'done')).toBe('done');
  expect(emulator.calls.byMethod()).toMatchObject({ 'Lock.waitLock': 1, 'Lock.releaseLock': 1 });
});

it('makes an adapter fail with the real timeout while another execution holds the lock', () => {
  const emulator = createEmulator();
  emulator.locks.holdDocumentLock();
  expect(() => withDocumentLock(emulator.globals.LockService, () => 'never')).toThrow('Lock timeout');
});

it('falls back to the script lock in a time-driven run, where there is no document lock', () => {
  const emulator = createEmulator({ bound: false });
  emulator.locks.holdScriptLock();
  expect(() => withDocumentLock(emulator.globals.LockService, () => 'never')).toThrow('Lock timeout');
});
