import { DamagedLayoutError, importMeeting, readSnapshot, repairWorkbook } from '../../../src/server/sheets';
import { harness, importRequest, rowsOf, sheetNamed, task } from './harness';

const FIRST = importRequest([task('T1', 'Uno'), task('T2', 'Dos')]);
const MORE = importRequest([task('T3', 'Tres')]);

describe('a damaged layout', () => {
  it('stops the import with a clear message before anything is written', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), FIRST);
    const tasks = sheetNamed(spreadsheet, 'Tareas');
    tasks.getRange('L1').setValue('Estado');
    // Without our column metadata the two "Estado" headers are ambiguous.
    for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey('minuta.column').find())
      metadata.remove();
    const before = JSON.stringify(tasks.getDataRange().getValues());
    expect(() => importMeeting(context('es'), MORE)).toThrow(DamagedLayoutError);
    expect(() => importMeeting(context('es'), MORE)).toThrow(/Tareas.*"Estado".*Reparar hoja/);
    expect(JSON.stringify(tasks.getDataRange().getValues())).toBe(before);
    expect(rowsOf(spreadsheet, 'Reuniones')).toHaveLength(1);
  });

  it('is fixed by "Repair sheet", which says what it did, and then the import works', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), FIRST);
    const tasks = sheetNamed(spreadsheet, 'Tareas');
    tasks.getRange('L1').setValue('Estado');
    for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey('minuta.column').find())
      metadata.remove();
    expect(repairWorkbook(context('es'))).toEqual(['Columna repetida "Estado" renombrada en "Tareas"']);
    expect(importMeeting(context('es'), MORE).tasksAdded).toBe(1);
    expect(tasks.getRange('L1').getValue()).toBe('Estado (2)');
  });

  it('with its header row deleted gets a new one, and the rows are recognised again', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('en'), { ...FIRST, language: 'en' });
    const tasks = sheetNamed(spreadsheet, 'Tasks');
    for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey('minuta.column').find())
      metadata.remove();
    tasks.deleteRow(1);
    expect(() => importMeeting(context('en'), MORE)).toThrow(/header row/);
    expect(repairWorkbook(context('en'))).toContain('Header row added to "Tasks"');
    expect(readSnapshot(context('en')).tasks.map((row) => row.text)).toEqual(['Uno', 'Dos']);
    expect(importMeeting(context('en'), { ...FIRST, language: 'en' }).tasksAdded).toBe(0);
  });

  it('with its header row deleted but column metadata left puts each header back over its column', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), FIRST);
    const tasks = sheetNamed(spreadsheet, 'Tareas');
    tasks.deleteRow(1);
    expect(() => importMeeting(context('es'), FIRST)).toThrow(DamagedLayoutError);
    repairWorkbook(context('es'));
    expect(tasks.getRange('A1:C1').getValues()).toEqual([['ID', 'Tarea', 'Objetivo']]);
    expect(importMeeting(context('es'), MORE).addedRows).toEqual([4]);
  });

  it('recreates a deleted tab and reports nothing when all is in order', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), FIRST);
    spreadsheet.deleteSheet(sheetNamed(spreadsheet, 'Personas'));
    expect(repairWorkbook(context('es'))).toEqual(['Pestaña "Personas" creada']);
    expect(repairWorkbook(context('es'))).toEqual([]);
  });
});
