// Developer metadata: whole rows/columns only, follows inserts, deletes and sorts, found by key, value and location type.
import { createEmulator } from '../../emulator';

function setup() {
  const emulator = createEmulator();
  const sheet = emulator.spreadsheet.insertSheet('Tareas');
  const wholeRow = (row: number) => sheet.getRange(row, 1, 1, sheet.getMaxColumns());
  const rowsWith = (key: string) =>
    sheet
      .createDeveloperMetadataFinder()
      .withKey(key)
      .withLocationType(emulator.globals.SpreadsheetApp.DeveloperMetadataLocationType.ROW)
      .find()
      .map((metadata) => [metadata.getValue(), metadata.getLocation().getRow()?.getRow()]);
  return { emulator, sheet, wholeRow, rowsWith };
}

it('refuses metadata on a block that is not a whole row or column', () => {
  const { sheet } = setup();
  expect(() => sheet.getRange('A2:C2').addDeveloperMetadata('rowId', 'x')).toThrow(
    'Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  );
});

it('gives integer ids and finds entries by key and value', () => {
  const { sheet, wholeRow } = setup();
  wholeRow(2).addDeveloperMetadata('rowId', 'T-1');
  wholeRow(3).addDeveloperMetadata('rowId', 'T-2');
  const found = sheet.createDeveloperMetadataFinder().withKey('rowId').withValue('T-2').find();
  expect(found).toHaveLength(1);
  expect(Number.isInteger(found[0]!.getId())).toBe(true);
  expect(found[0]!.getLocation().getRow()?.getRow()).toBe(3);
});

it('moves row metadata down when rows are inserted above', () => {
  const { sheet, wholeRow, rowsWith } = setup();
  wholeRow(5).addDeveloperMetadata('rowId', 'T-5');
  sheet.insertRowsBefore(2, 3);
  expect(rowsWith('rowId')).toEqual([['T-5', 8]]);
});

it('deletes row metadata with its row and moves the rows below up', () => {
  const { sheet, wholeRow, rowsWith } = setup();
  wholeRow(2).addDeveloperMetadata('rowId', 'gone');
  wholeRow(4).addDeveloperMetadata('rowId', 'kept');
  sheet.deleteRows(2, 1);
  expect(rowsWith('rowId')).toEqual([['kept', 3]]);
});

it('keeps row metadata with its row through a sort', () => {
  const { sheet, wholeRow, rowsWith } = setup();
  sheet.getRange('A1:A3').setValues([['Tarea'], ['zeta'], ['alfa']]);
  wholeRow(2).addDeveloperMetadata('rowId', 'zeta-id');
  sheet.setFrozenRows(1);
  sheet.sort(1);
  expect(rowsWith('rowId')).toEqual([['zeta-id', 3]]);
});

it('keeps column metadata with its column through inserts', () => {
  const { emulator, sheet } = setup();
  const column = sheet.getRange(1, 2, sheet.getMaxRows(), 1);
  column.addDeveloperMetadata('columnId', 'due');
  sheet.insertColumnBefore(1);
  const [found] = sheet
    .createDeveloperMetadataFinder()
    .withLocationType(emulator.globals.SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
    .find();
  expect(found?.getLocation().getColumn()?.getColumn()).toBe(3);
});

it('separates sheet and spreadsheet metadata, and removes entries', () => {
  const { emulator, sheet } = setup();
  sheet.addDeveloperMetadata('tab', 'tasks');
  emulator.spreadsheet.addDeveloperMetadata('schema', '1');
  expect(sheet.getDeveloperMetadata().map((metadata) => metadata.getKey())).toEqual(['tab']);
  expect(emulator.spreadsheet.getDeveloperMetadata().map((metadata) => metadata.getKey())).toEqual([
    'schema',
  ]);
  expect(emulator.spreadsheet.createDeveloperMetadataFinder().find()).toHaveLength(2);
  sheet.getDeveloperMetadata()[0]!.remove();
  expect(sheet.createDeveloperMetadataFinder().find()).toHaveLength(0);
});

it('updates a value in place', () => {
  const { sheet } = setup();
  sheet.addDeveloperMetadata('lastId', '3');
  sheet.getDeveloperMetadata()[0]!.setValue('4');
  expect(sheet.createDeveloperMetadataFinder().withKey('lastId').find()[0]!.getValue()).toBe('4');
});

it('drops a sheet’s metadata with the sheet', () => {
  const { emulator, sheet, wholeRow } = setup();
  wholeRow(2).addDeveloperMetadata('rowId', 'x');
  emulator.spreadsheet.deleteSheet(sheet);
  expect(emulator.spreadsheet.createDeveloperMetadataFinder().withKey('rowId').find()).toHaveLength(0);
});
