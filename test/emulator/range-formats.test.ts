// Range formats, notes, styles, validations, checkboxes and clearing.
import { createEmulator } from '../../emulator';

function setup() {
  const emulator = createEmulator();
  const sheet = emulator.spreadsheet.insertSheet('Tareas');
  return { emulator, sheet, app: emulator.globals.SpreadsheetApp };
}

it('keeps number formats, notes and font weights per cell', () => {
  const { sheet } = setup();
  const range = sheet.getRange('A1:B1');
  range
    .setNumberFormats([['@', 'yyyy-mm-dd']])
    .setNotes([['id', null]])
    .setFontWeights([['bold', null]]);
  expect(range.getNumberFormats()).toEqual([['@', 'yyyy-mm-dd']]);
  expect(range.getNotes()).toEqual([['id', '']]);
  expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
});

it('records backgrounds, font color and line, wrap and alignment', () => {
  const { sheet, app } = setup();
  const range = sheet.getRange('A1');
  range
    .setBackground('#f4cccc')
    .setFontColor('#999999')
    .setFontLine('line-through')
    .setWrapStrategy(app.WrapStrategy.CLIP)
    .setHorizontalAlignment('center');
  expect(range.getBackground()).toBe('#f4cccc');
  expect(range.getFontColor()).toBe('#999999');
  expect(range.getFontLine()).toBe('line-through');
  expect(range.getWrapStrategy()).toBe(app.WrapStrategy.CLIP);
  expect(range.getHorizontalAlignment()).toBe('center');
});

it('puts a validation on every cell and reads it back', () => {
  const { sheet, app } = setup();
  const rule = app
    .newDataValidation()
    .requireValueInList(['Alta', 'Media', 'Baja'], true)
    .setAllowInvalid(false)
    .build();
  sheet.getRange('C2:C4').setDataValidation(rule);
  const read = sheet.getRange('C3').getDataValidation();
  expect(read?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
  expect(read?.getCriteriaValues()).toEqual([['Alta', 'Media', 'Baja'], true]);
  expect(sheet.getRange('C5').getDataValidation()).toBeNull();
});

it('clears validations', () => {
  const { sheet, app } = setup();
  sheet.getRange('A1:A2').setDataValidation(app.newDataValidation().requireDate().build());
  sheet.getRange('A1:A2').clearDataValidations();
  expect(sheet.getRange('A1:A2').getDataValidations()).toEqual([[null], [null]]);
});

it('inserts checkboxes: checkbox validation and FALSE in every cell', () => {
  const { sheet, app } = setup();
  sheet.getRange('D2:D3').insertCheckboxes();
  expect(sheet.getRange('D2:D3').getValues()).toEqual([[false], [false]]);
  expect(sheet.getRange('D2').getDataValidation()?.getCriteriaType()).toBe(
    app.DataValidationCriteria.CHECKBOX,
  );
});

it('clearContent keeps formats; clear removes both', () => {
  const { sheet } = setup();
  sheet.getRange('A1').setValue('x').setBackground('#ff0000');
  sheet.getRange('A1').clearContent();
  expect(sheet.getRange('A1').getValue()).toBe('');
  expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
  sheet.getRange('A1').setValue('y').clear();
  expect(sheet.getRange('A1').getValue()).toBe('');
  expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
});

it('answers positions and A1 notation of the block', () => {
  const { sheet } = setup();
  const range = sheet.getRange(2, 3, 4, 2);
  expect([range.getRow(), range.getColumn(), range.getLastRow(), range.getLastColumn()]).toEqual([
    2, 3, 5, 4,
  ]);
  expect([range.getNumRows(), range.getNumColumns()]).toEqual([4, 2]);
  expect(range.getA1Notation()).toBe('C2:D5');
  expect(range.getSheet().getName()).toBe('Tareas');
});

it('selects a range when activated', () => {
  const { emulator, sheet } = setup();
  sheet.getRange('B3').activate();
  expect(emulator.spreadsheet.getActiveRange()?.getA1Notation()).toBe('B3');
});
