import { createEmulator } from '../../../emulator';
import { withDocumentLock } from '../../../src/server/lock';
import { importMeeting } from '../../../src/server/sheets';
import { harness, importRequest, rowsOf, task } from './harness';

const MONDAY = importRequest([task('T1', 'Lunes uno'), task('T2', 'Lunes dos')]);
const TUESDAY = {
  ...importRequest([task('T1', 'Martes uno'), task('T2', 'Martes dos')]),
  meeting: { date: '2026-03-07', title: 'Otra', notes: 'martes' },
};

describe('the document lock', () => {
  it('lets two imports one after the other both land whole, in order, with no id given twice', () => {
    const { emulator, spreadsheet, context } = harness();
    const { LockService } = emulator.globals;
    withDocumentLock(LockService, () => importMeeting(context('es'), MONDAY));
    withDocumentLock(LockService, () => importMeeting(context('es'), TUESDAY));
    expect(rowsOf(spreadsheet, 'Tareas').map((row) => [row.ID, row.Tarea])).toEqual([
      ['T-1', 'Lunes uno'],
      ['T-2', 'Lunes dos'],
      ['T-3', 'Martes uno'],
      ['T-4', 'Martes dos'],
    ]);
    expect(rowsOf(spreadsheet, 'Reuniones')).toHaveLength(2);
  });

  it('makes an import wait for another execution and write nothing when that one never lets go', () => {
    const { emulator, context } = harness();
    const release = emulator.locks.holdDocumentLock();
    expect(() =>
      withDocumentLock(emulator.globals.LockService, () => importMeeting(context('es'), MONDAY)),
    ).toThrow(/Lock timeout/);
    expect(emulator.spreadsheet.getSheetByName('Tareas')).toBeNull();
    release();
    withDocumentLock(emulator.globals.LockService, () => importMeeting(context('es'), MONDAY));
    expect(rowsOf(emulator.spreadsheet, 'Tareas')).toHaveLength(2);
  });

  it('is released when the work fails, so the next import is not blocked', () => {
    const { emulator } = harness();
    let given: GoogleAppsScript.Lock.Lock | null = null;
    const recording = {
      getDocumentLock: () => (given = emulator.globals.LockService.getDocumentLock()),
    } as GoogleAppsScript.Lock.LockService;
    expect(() =>
      withDocumentLock(recording, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(given).not.toBeNull();
    expect(given!.hasLock()).toBe(false);
  });

  it('falls back to the script lock where there is no document lock', () => {
    const emulator = createEmulator({ bound: false });
    emulator.locks.holdScriptLock();
    expect(() => withDocumentLock(emulator.globals.LockService, () => 'work')).toThrow(/Lock timeout/);
  });
});
