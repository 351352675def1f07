// Call counting: every call on every service object by 'Class.method'; the emulator's own work is not counted.
import { createEmulator } from '../../emulator';

it('counts calls by class and method, including objects returned by services', () => {
  const emulator = createEmulator();
  const sheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Tareas');
  sheet.getRange('A1:B1').setValues([['a', 'b']]);
  sheet.getRange('A2:B2').setValues([['c', 'd']]);
  emulator.globals.PropertiesService.getDocumentProperties().getProperty('x');
  expect(emulator.calls.byMethod()).toEqual({
    'SpreadsheetApp.getActiveSpreadsheet': 1,
    'Spreadsheet.insertSheet': 1,
    'Sheet.getRange': 2,
    'Range.setValues': 2,
    'PropertiesService.getDocumentProperties': 1,
    'Properties.getProperty': 1,
  });
  expect(emulator.calls.total()).toBe(8);
});

it('does not count what the emulator does inside a call', () => {
  const emulator = createEmulator();
  const sheet = emulator.spreadsheet.getActiveSheet();
  emulator.calls.reset();
  sheet.appendRow(['a', 'b']);
  sheet.sort(1);
  expect(emulator.calls.byMethod()).toEqual({ 'Sheet.appendRow': 1, 'Sheet.sort': 1 });
});

it('hands back the same object for the same service object, and accepts it back as an argument', () => {
  const emulator = createEmulator();
  const spreadsheet = emulator.spreadsheet;
  const sheet = spreadsheet.insertSheet('Tareas');
  expect(spreadsheet.getSheetByName('Tareas')).toBe(sheet);
  spreadsheet.setActiveSheet(sheet);
  expect(spreadsheet.getActiveSheet().getName()).toBe('Tareas');
});

it('starts again from zero after reset', () => {
  const emulator = createEmulator();
  emulator.globals.Session.getScriptTimeZone();
  emulator.calls.reset();
  expect(emulator.calls.total()).toBe(0);
});

it('counts calls on objects handed back inside 2-D arrays', () => {
  const emulator = createEmulator();
  const { SpreadsheetApp } = emulator.globals;
  const range = emulator.spreadsheet.getActiveSheet().getRange('A1:B1');
  range.setDataValidation(SpreadsheetApp.newDataValidation().requireDate().build());
  emulator.calls.reset();
  range.getDataValidations()[0]!.forEach((validation) => validation?.getCriteriaType());
  expect(emulator.calls.byMethod()['DataValidation.getCriteriaType']).toBe(2);
});
