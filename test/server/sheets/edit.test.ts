import { handleEdit, importMeeting } from '../../../src/server/sheets';
import { harness, importRequest, rowsOf, sheetNamed, task, moveColumn } from './harness';

type Range = GoogleAppsScript.Spreadsheet.Range;

function edit(range: Range, values: unknown[][]): GoogleAppsScript.Events.SheetsOnEdit {
  range.setValues(values);
  return {
    range,
    source: range.getSheet().getParent(),
    value: String(values[0]?.[0] ?? ''),
  } as unknown as GoogleAppsScript.Events.SheetsOnEdit;
}

function setup() {
  const { spreadsheet, context } = harness();
  importMeeting(context('es'), importRequest([task('T1', 'Uno'), task('T2', 'Dos'), task('T3', 'Tres')]));
  const tasks = sheetNamed(spreadsheet, 'Tareas');
  const completedOn = () => rowsOf(spreadsheet, tasks.getName()).map((row) => row['Completada el']);
  return { context, tasks, completedOn };
}

describe('"Completada el" stamped on edit', () => {
  it('gets today when the status becomes done, as a real date', () => {
    const { context, tasks, completedOn } = setup();
    handleEdit(context('es'), edit(tasks.getRange('G3'), [['Hecha']]));
    const stamps = completedOn();
    expect(stamps[0]).toBe('');
    expect(stamps[1]).toBeInstanceOf(Date);
    expect(
      context('es').utilities.formatDate(stamps[1] as Date, 'America/Argentina/Buenos_Aires', 'yyyy-MM-dd'),
    ).toBe('2026-03-09');
  });

  it('is cleared when the status leaves done', () => {
    const { context, tasks, completedOn } = setup();
    handleEdit(context('es'), edit(tasks.getRange('G2'), [['Done']]));
    handleEdit(context('es'), edit(tasks.getRange('G2'), [['En curso']]));
    expect(completedOn()[0]).toBe('');
  });

  it('handles a pasted block of several rows and columns', () => {
    const { context, tasks, completedOn } = setup();
    handleEdit(
      context('es'),
      edit(tasks.getRange('F2:G4'), [
        ['', 'Hecha'],
        ['', 'Pendiente'],
        ['', 'Hecha'],
      ]),
    );
    expect(completedOn().map((stamp) => stamp instanceof Date)).toEqual([true, false, true]);
  });

  it('ignores edits of other columns, the header and other tabs', () => {
    const { context, tasks, completedOn } = setup();
    handleEdit(context('es'), edit(tasks.getRange('B2'), [['Hecha']]));
    const meetings = tasks.getParent().getSheetByName('Reuniones');
    if (meetings) handleEdit(context('es'), edit(meetings.getRange('A5'), [['Hecha']]));
    expect(completedOn()).toEqual(['', '', '']);
  });

  it('finds the status column after the client moved it', () => {
    const { context, tasks, completedOn } = setup();
    moveColumn(tasks, 7, 1);
    handleEdit(context('es'), edit(tasks.getRange('A4'), [['Hecha']]));
    expect(completedOn().map((stamp) => stamp instanceof Date)).toEqual([false, false, true]);
  });
});
