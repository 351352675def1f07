import { importMeeting, readSnapshot } from '../../../src/server/sheets';
import { harness, importRequest, rowsOf, sheetNamed, task, moveColumn } from './harness';

const FIRST = importRequest([
  task('T1', 'Llamar al banco', { due: '2026-03-20' }),
  task('T2', 'Pagar el alquiler'),
  task('T3', 'Enviar factura'),
]);
const EDITED = { ...FIRST, tasks: [...FIRST.tasks, task('T4', 'Reservar sala')] };

function imported() {
  const setup = harness();
  importMeeting(setup.context('es'), FIRST);
  return { ...setup, tasks: sheetNamed(setup.spreadsheet, 'Tareas') };
}

describe('what the client changed in the sheet survives an import', () => {
  it('keeps status, owner, dates, notes and extra columns the client edited', () => {
    const { spreadsheet, context, tasks } = imported();
    tasks.getRange('G2').setValue('Hecha');
    tasks.getRange('D3').setValue('Marta');
    tasks.getRange('J2').setValue('Llamó, falta confirmar');
    tasks.getRange('L1:L2').setValues([['Presupuesto'], [1500]]);
    importMeeting(context('es'), EDITED);
    const rows = rowsOf(spreadsheet, 'Tareas');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ Estado: 'Hecha', Notas: 'Llamó, falta confirmar', Presupuesto: 1500 });
    expect(rows[1]).toMatchObject({ Responsable: 'Marta' });
    expect(rows[3]).toMatchObject({ ID: 'T-4', Tarea: 'Reservar sala', Presupuesto: '' });
  });

  it('finds the columns after the client moved them', () => {
    const { spreadsheet, context, tasks } = imported();
    moveColumn(tasks, 7, 1); // Estado becomes the first column
    tasks.getRange('A2').setValue('En curso');
    const result = importMeeting(context('es'), EDITED);
    expect(result.tasksAdded).toBe(1);
    const rows = rowsOf(spreadsheet, 'Tareas');
    expect(rows[0]).toMatchObject({ Estado: 'En curso', Tarea: 'Llamar al banco' });
    expect(rows[3]).toMatchObject({ Estado: 'Pendiente', Tarea: 'Reservar sala', ID: 'T-4' });
  });

  it('recreates a column the client deleted, without moving the others', () => {
    const { spreadsheet, context, tasks } = imported();
    tasks.deleteColumn(5); // Prioridad
    importMeeting(context('es'), EDITED);
    const rows = rowsOf(spreadsheet, 'Tareas');
    expect(Object.keys(rows[0] ?? {})).toContain('Prioridad');
    expect(rows[3]).toMatchObject({ Tarea: 'Reservar sala', Prioridad: '' });
    expect(rows[0]).toMatchObject({ Tarea: 'Llamar al banco' });
  });

  it('recreates a deleted Key column with the keys of the rows, so later edits do not duplicate them', () => {
    const { spreadsheet, context, tasks } = imported();
    tasks.deleteColumn(11); // Clave
    importMeeting(context('es'), FIRST);
    tasks.getRange('D2').setValue('Marta'); // the owner changes after the key was stamped
    const result = importMeeting(context('es'), FIRST);
    expect(result).toMatchObject({ tasksAdded: 0, tasksExisting: 3 });
    expect(rowsOf(spreadsheet, 'Tareas').every((row) => String(row.Clave).length > 0)).toBe(true);
  });

  it('finds a column whose header the client renamed by its metadata, and adds no second one', () => {
    const { spreadsheet, context, tasks } = imported();
    tasks.getRange('G1').setValue('Situación');
    tasks.getRange('G2').setValue('Hecha');
    const result = importMeeting(context('es'), EDITED);
    expect(result.tasksAdded).toBe(1);
    expect(tasks.getRange(1, 1, 1, tasks.getLastColumn()).getValues()[0]).not.toContain('Estado');
    expect(rowsOf(spreadsheet, 'Tareas').map((row) => row['Situación'])).toEqual([
      'Hecha',
      'Pendiente',
      'Pendiente',
      'Pendiente',
    ]);
    expect(readSnapshot(context('es')).tasks[0]?.status).toBe('done');
  });

  it('finds a tab the client renamed and does not create another', () => {
    const { spreadsheet, context, tasks } = imported();
    tasks.setName('Pendientes de Juan');
    const result = importMeeting(context('es'), EDITED);
    expect(spreadsheet.getSheetByName('Tareas')).toBeNull();
    expect(result).toMatchObject({ tasksAdded: 1, tasksSheet: 'Pendientes de Juan' });
    expect(rowsOf(spreadsheet, 'Pendientes de Juan')).toHaveLength(4);
  });

  it('recognises the existing rows after the client sorted the tasks', () => {
    const { spreadsheet, context, tasks } = imported();
    tasks.getRange(2, 1, 3, tasks.getLastColumn()).sort({ column: 2, ascending: false });
    const result = importMeeting(context('es'), EDITED);
    expect(result).toMatchObject({ tasksAdded: 1, tasksExisting: 3, addedRows: [5] });
    expect(rowsOf(spreadsheet, 'Tareas').map((row) => row.ID)).toEqual(['T-2', 'T-1', 'T-3', 'T-4']);
  });

  it('reads the snapshot through all of it', () => {
    const { context, tasks } = imported();
    moveColumn(tasks, 6, 1);
    tasks.setName('Tasks');
    expect(readSnapshot(context('es')).tasks.map((row) => [row.id, row.due])).toEqual([
      ['T-1', '2026-03-20'],
      ['T-2', null],
      ['T-3', null],
    ]);
  });
});
