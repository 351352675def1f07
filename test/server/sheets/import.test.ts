import { importMeeting, readSnapshot } from '../../../src/server/sheets';
import { displayedColumn, harness, importRequest, objective, rowsOf, sheetNamed, task } from './harness';

const FIRST = importRequest(
  [
    task('T1', 'Revisar la plantilla del newsletter', {
      owners: ['Laura'],
      priority: 'high',
      due: '2026-03-20',
      objective: 'O1',
    }),
    task('T2', 'Llamar al banco', { owners: ['Ana', 'Luis'] }),
  ],
  [objective('O1', 'Llegar a 2000 suscriptores', { due: '2026-06-30' })],
);

describe('importing a meeting into an empty spreadsheet', () => {
  it('creates the five tabs in the spreadsheet language, with the rows the VA confirmed', () => {
    const { spreadsheet, context } = harness();
    const result = importMeeting(context('es'), FIRST);
    for (const name of ['Objetivos', 'Tareas', 'Reuniones', 'Personas', 'Seguimiento'])
      expect(spreadsheet.getSheetByName(name)).not.toBeNull();
    const tasks = rowsOf(spreadsheet, 'Tareas');
    expect(
      tasks.map((row) => [row.ID, row.Tarea, row.Objetivo, row.Responsable, row.Prioridad, row.Estado]),
    ).toEqual([
      ['T-1', 'Revisar la plantilla del newsletter', 'OBJ-1', 'Laura', 'Alta', 'Pendiente'],
      ['T-2', 'Llamar al banco', '', 'Ana, Luis', '', 'Pendiente'],
    ]);
    expect(rowsOf(spreadsheet, 'Reuniones')[0]).toMatchObject({
      Título: 'Reunión semanal',
      Notas: 'Notas de la reunión',
      Tareas: 'T-1, T-2',
    });
    expect(result).toMatchObject({
      tasksAdded: 2,
      objectivesAdded: 1,
      meetingAdded: true,
      tasksSheet: 'Tareas',
      addedRows: [2, 3],
    });
  });

  it('uses English tabs and labels for an English spreadsheet', () => {
    const { spreadsheet, context } = harness({ locale: 'en_US', timeZone: 'America/Los_Angeles' });
    importMeeting(context('en'), { ...FIRST, language: 'en' });
    expect(rowsOf(spreadsheet, 'Tasks')[0]).toMatchObject({
      Task: 'Revisar la plantilla del newsletter',
      Priority: 'High',
      Status: 'To do',
    });
    expect(spreadsheet.getSheetByName('Follow-up log')).not.toBeNull();
  });

  it('leaves a header a client can read: frozen, filtered, bold, key column hidden, long text wrapped', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), FIRST);
    const tasks = sheetNamed(spreadsheet, 'Tareas');
    expect(tasks.getFrozenRows()).toBe(1);
    expect(tasks.getFilter()).not.toBeNull();
    expect(tasks.getRange('A1').getFontWeight()).toBe('bold');
    expect(tasks.isColumnHiddenByUser(11)).toBe(true);
    expect(tasks.getRange('B2').getWrap()).toBe(true);
    expect(tasks.getColumnWidth(2)).toBeGreaterThan(tasks.getColumnWidth(1));
  });

  it('gives status and priority dropdowns and S M A R T checkboxes', () => {
    const { spreadsheet, context, emulator } = harness();
    importMeeting(context('es'), FIRST);
    const { DataValidationCriteria } = emulator.globals.SpreadsheetApp;
    const tasks = sheetNamed(spreadsheet, 'Tareas');
    const status = tasks.getRange('G2').getDataValidation();
    expect(status?.getCriteriaType()).toBe(DataValidationCriteria.VALUE_IN_LIST);
    expect(status?.getCriteriaValues()[0]).toEqual(['Pendiente', 'En curso', 'Hecha', 'Bloqueada']);
    expect(tasks.getRange('E2').getDataValidation()?.getCriteriaValues()[0]).toEqual([
      'Alta',
      'Media',
      'Baja',
    ]);
    expect(sheetNamed(spreadsheet, 'Objetivos').getRange('C2').getDataValidation()?.getCriteriaType()).toBe(
      DataValidationCriteria.CHECKBOX,
    );
  });

  it('shows progress per objective as the share of its tasks done', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), FIRST);
    const objectives = sheetNamed(spreadsheet, 'Objetivos');
    expect(objectives.getRange('J2').getFormula()).toMatch(/^=IF\(\$A2="",""/);
    expect(objectives.getRange('J2').getNumberFormat()).toBe('0%');
  });

  it('notes on the objective cell what is missing for it to be SMART', () => {
    const { spreadsheet, context } = harness();
    const vague = objective('O1', 'Mejorar las redes', {
      smart: { specific: true, measurable: false, achievable: null, realistic: null, timeBound: false },
    });
    importMeeting(context('es'), importRequest([], [vague]));
    expect(sheetNamed(spreadsheet, 'Objetivos').getRange('B2').getNote()).toMatch(/Agregá un número/);
  });
});

describe('reading', () => {
  it('an empty spreadsheet gives an empty snapshot and creates no tab', () => {
    const { spreadsheet, context } = harness();
    const tabsBefore = spreadsheet.getSheets().length;
    expect(readSnapshot(context('es'))).toEqual({
      objectives: [],
      tasks: [],
      meetings: [],
      people: [],
      followUpLog: [],
    });
    expect(spreadsheet.getSheets()).toHaveLength(tabsBefore);
  });

  it("leaves the client's own tabs alone", () => {
    const { spreadsheet, context } = harness();
    const own = spreadsheet.insertSheet('Presupuesto');
    own.getRange('A1:B1').setValues([['Tarea', 'Monto']]);
    importMeeting(context('es'), FIRST);
    expect(own.getDataRange().getValues()).toEqual([['Tarea', 'Monto']]);
    expect(rowsOf(spreadsheet, 'Tareas')).toHaveLength(2);
  });
});

describe('dates', () => {
  it.each([
    ['America/Argentina/Buenos_Aires', 'es_AR', '20/03/2026'],
    ['Pacific/Auckland', 'en_NZ', '20/03/2026'],
    ['America/Los_Angeles', 'en_US', '03/20/2026'],
  ])('are real dates on the same calendar day in %s', (timeZone, locale, shown) => {
    const { spreadsheet, context } = harness({ timeZone, locale });
    importMeeting(context('es'), importRequest([task('T1', 'Pagar', { due: '2026-03-20' })]));
    expect(rowsOf(spreadsheet, 'Tareas')[0]?.['Fecha límite']).toBeInstanceOf(Date);
    expect(displayedColumn(spreadsheet, 'Tareas', 'Fecha límite')).toEqual([shown]);
    expect(readSnapshot(context('es')).tasks[0]).toMatchObject({
      due: '2026-03-20',
      meetingDate: '2026-03-06',
    });
  });
});

describe('importing again', () => {
  it('adds nothing for the same notes and says so', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), FIRST);
    const again = importMeeting(context('es'), FIRST);
    expect(again).toMatchObject({
      tasksAdded: 0,
      objectivesAdded: 0,
      tasksExisting: 2,
      objectivesExisting: 1,
      meetingAdded: false,
      addedRows: [],
    });
    expect(again.message).toContain('3 ya estaban en la hoja');
    expect(rowsOf(spreadsheet, 'Tareas')).toHaveLength(2);
    expect(rowsOf(spreadsheet, 'Reuniones')).toHaveLength(1);
  });

  it('adds only what is new after the notes were edited, and links it to the objective already there', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), FIRST);
    const edited = {
      ...FIRST,
      tasks: [...FIRST.tasks, task('T3', 'Armar el calendario', { objective: 'O1' })],
    };
    const result = importMeeting(context('es'), edited);
    expect(result).toMatchObject({ tasksAdded: 1, tasksExisting: 2, addedRows: [4] });
    expect(rowsOf(spreadsheet, 'Tareas')[2]).toMatchObject({ ID: 'T-3', Objetivo: 'OBJ-1' });
  });

  it('never gives again the id of a row the client deleted', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), FIRST);
    sheetNamed(spreadsheet, 'Tareas').deleteRow(3);
    importMeeting(context('es'), importRequest([task('T9', 'Otra cosa')]));
    expect(rowsOf(spreadsheet, 'Tareas').map((row) => row.ID)).toEqual(['T-1', 'T-3']);
  });
});
