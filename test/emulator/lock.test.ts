// LockService: locks succeed when free, fail or throw while another execution holds them, and wait on the fake clock.
import { createEmulator } from '../../emulator';

it('takes and releases a free document lock', () => {
  const { LockService } = createEmulator().globals;
  const lock = LockService.getDocumentLock();
  expect(lock.hasLock()).toBe(false);
  expect(lock.tryLock(1000)).toBe(true);
  expect(lock.hasLock()).toBe(true);
  lock.releaseLock();
  expect(lock.hasLock()).toBe(false);
});

it('fails tryLock and throws on waitLock while another execution holds the lock', () => {
  const emulator = createEmulator();
  const release = emulator.locks.holdDocumentLock();
  const lock = emulator.globals.LockService.getDocumentLock();
  expect(lock.tryLock(500)).toBe(false);
  expect(() => lock.waitLock(30_000)).toThrow(
    'Lock timeout: another process was holding the lock for too long.',
  );
  release();
  expect(lock.tryLock(500)).toBe(true);
});

it('spends the wait on the fake clock', () => {
  const emulator = createEmulator({ now: new Date('2025-03-10T12:00:00Z') });
  emulator.locks.holdScriptLock();
  emulator.globals.LockService.getScriptLock().tryLock(30_000);
  expect(emulator.clock.now()).toEqual(new Date('2025-03-10T12:00:30Z'));
});

it('keeps scopes apart: a held script lock does not block the user lock', () => {
  const emulator = createEmulator();
  emulator.locks.holdScriptLock();
  expect(emulator.globals.LockService.getUserLock().tryLock(10)).toBe(true);
  expect(emulator.globals.LockService.getScriptLock().tryLock(10)).toBe(false);
});

it('has no document lock outside a document', () => {
  expect(createEmulator({ bound: false }).globals.LockService.getDocumentLock()).toBeNull();
});
