// Range values: strings parse like typed input, dates are wall-clock in the sheet zone, shape errors carry the real text.
import { createEmulator } from '../../emulator';

function freshSheet(options: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator({ now: new Date('2025-03-10T12:00:00Z'), ...options });
  return emulator.spreadsheet.insertSheet('Tareas');
}

describe('writing strings parses them like typed input', () => {
  it('turns a leading = into a formula and computes arithmetic', () => {
    const cell = freshSheet().getRange('A1').setValue('=2*(3+4)');
    expect(cell.getFormula()).toBe('=2*(3+4)');
    expect(cell.getValue()).toBe(14);
  });

  it("answers '#NAME?' for a function it does not know, as Sheets does, keeping the formula", () => {
    const cell = freshSheet().getRange('A1').setValue('=NOSUCHFUNCTION(1)');
    expect(cell.getValue()).toBe('#NAME?');
    expect(cell.getFormula()).toBe('=NOSUCHFUNCTION(1)');
  });

  it('computes the formulas minuta writes where they sit', () => {
    const sheet = freshSheet();
    sheet.getRange('A1:A3').setValues([['Hecha'], ['Pendiente'], ['Hecha']]);
    const count = sheet.getRange('B1').setFormula('=COUNTIF(A1:A3,"Hecha")');
    expect(count.getValue()).toBe(2);
    expect(count.getDisplayValue()).toBe('2');
  });

  it('turns "+x", "-x" and "- x" text into formulas, as typing them does', () => {
    const sheet = freshSheet();
    sheet.getRange('A1:C1').setValues([['+cmd', '-alert', '- revisar la minuta']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=+cmd', '=-alert', '=- revisar la minuta']]);
  });

  it('turns number-like strings into numbers, with the locale decimal mark', () => {
    const sheet = freshSheet({ locale: 'es_AR' });
    sheet.getRange('A1:C1').setValues([['01234', '1,5', '-7']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1234, 1.5, -7]]);
  });

  it('turns "50%" into one half shown as a percentage', () => {
    const cell = freshSheet().getRange('A1').setValue('50%');
    expect([cell.getValue(), cell.getDisplayValue()]).toEqual([0.5, '50%']);
  });

  it('reads 3/4/2025 as 3 April in es_AR and as 4 March in en_US', () => {
    const spanish = freshSheet({ locale: 'es_AR', timeZone: 'UTC' }).getRange('A1').setValue('3/4/2025');
    const english = freshSheet({ locale: 'en_US', timeZone: 'UTC' }).getRange('A1').setValue('3/4/2025');
    expect(spanish.getValue()).toEqual(new Date('2025-04-03T00:00:00Z'));
    expect(english.getValue()).toEqual(new Date('2025-03-04T00:00:00Z'));
  });

  it('takes TRUE/FALSE as booleans, and VERDADERO in a Spanish sheet', () => {
    const sheet = freshSheet({ locale: 'es_AR' });
    sheet.getRange('A1:C1').setValues([['TRUE', 'false', 'VERDADERO']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[true, false, true]]);
  });

  it('drops a leading apostrophe and keeps the rest as text', () => {
    const sheet = freshSheet();
    sheet.getRange('A1:B1').setValues([["'=1+2", "'0001"]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['=1+2', '0001']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
  });

  it("keeps strings exactly as written in a plain-text ('@') cell, formulas included", () => {
    const range = freshSheet().getRange('A1:C1').setNumberFormat('@');
    range.setValues([['=1+2', '0001', '3/4/2025']]);
    expect(range.getValues()).toEqual([['=1+2', '0001', '3/4/2025']]);
    expect(range.getFormulas()).toEqual([['', '', '']]);
  });

  it('keeps ordinary text as text', () => {
    expect(freshSheet().getRange('A1').setValue('Enviar la minuta').getValue()).toBe('Enviar la minuta');
  });
});

describe('dates', () => {
  it('stores a Date as its wall-clock in the sheet zone and reads back the same instant', () => {
    const sheet = freshSheet({ timeZone: 'America/Argentina/Buenos_Aires' });
    const instant = new Date('2025-01-15T03:00:00Z'); // midnight in Buenos Aires (UTC-3)
    sheet.getRange('A1').setValue(instant);
    expect(sheet.getRange('A1').getValue()).toEqual(instant);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15/1/2025 0:00:00');
  });

  it('shows midnight UTC as the previous evening in a sheet west of UTC', () => {
    const sheet = freshSheet({ timeZone: 'America/Argentina/Buenos_Aires' });
    sheet.getRange('A1').setValue(new Date('2025-01-15T00:00:00Z')).setNumberFormat('yyyy-mm-dd hh:mm');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2025-01-14 21:00');
  });

  it('reads a typed date as midnight in the sheet zone', () => {
    const sheet = freshSheet({ timeZone: 'Europe/Madrid' });
    sheet.getRange('A1').setValue('2025-07-01');
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2025-06-30T22:00:00Z'));
  });

  it('moves a stored wall-clock to a new instant when the sheet zone changes', () => {
    const emulator = createEmulator({ timeZone: 'UTC' });
    const cell = emulator.spreadsheet.getActiveSheet().getRange('A1').setValue('2025-07-01');
    emulator.spreadsheet.setSpreadsheetTimeZone('America/Argentina/Buenos_Aires');
    expect(cell.getValue()).toEqual(new Date('2025-07-01T03:00:00Z'));
  });
});

describe('shape checks', () => {
  it('rejects a row of the wrong width with the real message', () => {
    const range = freshSheet().getRange(1, 1, 1, 4);
    expect(() => range.setValues([[1, 2, 3, 4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
  });

  it('rejects the wrong number of rows with the real message', () => {
    const range = freshSheet().getRange(1, 1, 2, 1);
    expect(() => range.setValues([[1]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('refuses a range of zero rows', () => {
    expect(() => freshSheet().getRange(2, 1, 0, 3)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
  });

  it('applies the same check to other 2-D setters', () => {
    const range = freshSheet().getRange('A1:B1');
    expect(() => range.setNotes([['only one']])).toThrow('The data has 1 but the range has 2.');
  });
});

describe('reads', () => {
  it("returns '' for empty cells and a grid the size of the range", () => {
    expect(freshSheet().getRange('B2:C3').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('shows numbers with the locale decimal mark and the number format', () => {
    const sheet = freshSheet({ locale: 'es_AR' });
    sheet.getRange('A1').setValue(2.5).setNumberFormat('0.00');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2,50');
  });
});
