// The size lines: a Tasks tab or meeting notes near Sheets' limits fail with the size seen; ordinary ones pass.
import { importNotes, lineOf, newEmulator, runCheck } from './harness';

describe('size lines', () => {
  it('pass for ordinary notes and show their length', () => {
    const emulator = newEmulator();
    const notes = 'Tareas\n- Sofi: diseñar la plantilla';
    importNotes(emulator, notes);
    const line = lineOf(runCheck(emulator, 'en'), 'meetingNotes');
    expect(line.status).toBe('pass');
    expect(line.seen).toContain(String(notes.length));
  });

  it('fail for notes close to the 50,000-character cell limit', () => {
    const emulator = newEmulator();
    importNotes(emulator, 'x'.repeat(45_000));
    const line = lineOf(runCheck(emulator, 'en'), 'meetingNotes');
    expect(line.status).toBe('fail');
    expect(line.seen).toContain('45,000');
  });

  it("measure the Tasks tab, and fail when the spreadsheet's cells near 10 million", () => {
    const emulator = newEmulator();
    importNotes(emulator, 'Tareas');
    expect(lineOf(runCheck(emulator, 'en'), 'taskRows').seen).toMatch(/^1 task, [\d,]+ rows/);
    const tasks = emulator.spreadsheet.getSheetByName('Tareas') as GoogleAppsScript.Spreadsheet.Sheet;
    tasks.insertRowsAfter(tasks.getMaxRows(), 900_000);
    const report = runCheck(emulator, 'en');
    expect(lineOf(report, 'taskRows').status).toBe('fail');
    expect(lineOf(report, 'spreadsheetCells').status).toBe('fail');
  });
});
