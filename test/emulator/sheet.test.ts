// Sheet: A1 forms, dimensions, row/column inserts and deletes, hide/freeze/width, rules replaced, filter, sort.
import { createEmulator } from '../../emulator';

function setup() {
  const emulator = createEmulator();
  const sheet = emulator.spreadsheet.insertSheet('Tareas');
  return { emulator, sheet, app: emulator.globals.SpreadsheetApp };
}

describe('getRange', () => {
  it("reads open-ended A1 ('A2:F', 'A:A') to the last row of the sheet", () => {
    const { sheet } = setup();
    const open = sheet.getRange('A2:F');
    expect([open.getRow(), open.getNumRows(), open.getNumColumns()]).toEqual([2, sheet.getMaxRows() - 1, 6]);
    const column = sheet.getRange('A:A');
    expect([column.getRow(), column.getNumRows(), column.getNumColumns()]).toEqual([
      1,
      sheet.getMaxRows(),
      1,
    ]);
    expect(sheet.getRange('B2').getA1Notation()).toBe('B2');
  });

  it('prints open ranges as written, and bounded ones with both corners', () => {
    const { sheet } = setup();
    expect(['A2:F', 'A:A', 'b2:c3'].map((a1) => sheet.getRange(a1).getA1Notation())).toEqual([
      'A2:F',
      'A:A',
      'B2:C3',
    ]);
  });

  it('refuses a range beyond the sheet, and starts below 1', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(sheet.getMaxRows() + 1, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
  });

  it('has a data range and last row/column that follow the content', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('C4').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
  });
});

describe('rows and columns', () => {
  it('inserts rows that push content down and grow the sheet', () => {
    const { sheet } = setup();
    const maxRows = sheet.getMaxRows();
    sheet.getRange('A2').setValue('second');
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('A4').getValue()).toBe('second');
    expect(sheet.getMaxRows()).toBe(maxRows + 2);
    sheet.insertRowAfter(1);
    expect(sheet.getRange('A5').getValue()).toBe('second');
  });

  it('deletes rows and pulls content up', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.deleteRow(2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['a'], ['c']]);
  });

  it('refuses to delete every row', () => {
    const { sheet } = setup();
    expect(() => sheet.deleteRows(1, sheet.getMaxRows())).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  it('inserts and deletes columns, moving widths and hidden state along', () => {
    const { sheet } = setup();
    sheet.getRange('B1').setValue('b');
    sheet.setColumnWidth(2, 240);
    sheet.hideColumns(2);
    sheet.insertColumnBefore(1);
    expect(sheet.getRange('C1').getValue()).toBe('b');
    expect(sheet.getColumnWidth(3)).toBe(240);
    expect(sheet.isColumnHiddenByUser(3)).toBe(true);
    sheet.deleteColumn(1);
    expect(sheet.getRange('B1').getValue()).toBe('b');
    sheet.showColumns(2);
    expect(sheet.isColumnHiddenByUser(2)).toBe(false);
  });

  it('appends a row after the last one with content, parsing it like setValues', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('header');
    sheet.appendRow(['task', '=1+1']);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['task', 2]]);
  });
});

describe('the tab', () => {
  it('freezes rows, hides the sheet, colors the tab, renames', () => {
    const { sheet, emulator } = setup();
    sheet.setFrozenRows(1);
    sheet.hideSheet();
    sheet.setTabColor('#00ff00');
    sheet.setName('Tasks');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.isSheetHidden()).toBe(true);
    expect(emulator.spreadsheet.getSheetByName('Tasks')).not.toBeNull();
    expect(() => sheet.setName(emulator.spreadsheet.getSheets()[0]!.getName())).toThrow('already exists');
  });
});

describe('conditional format rules', () => {
  it('replaces all rules when set', () => {
    const { sheet, app } = setup();
    const rule = (formula: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground('#eeeeee')
        .setRanges([sheet.getRange('A2:F')])
        .build();
    sheet.setConditionalFormatRules([rule('=$E2<TODAY()'), rule('=$F2="Hecha"')]);
    sheet.setConditionalFormatRules([rule('=$A2=""')]);
    const formulas = sheet
      .getConditionalFormatRules()
      .map((read) => read.getBooleanCondition()?.getCriteriaValues()[0]);
    expect(formulas).toEqual(['=$A2=""']);
  });

  it('stretches rule ranges when rows are inserted inside them', () => {
    const { sheet, app } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setRanges([sheet.getRange('A2:B10')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertRowsBefore(5, 2);
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe('A2:B12');
  });

  it('keeps an open rule range reaching the last row after rows are added', () => {
    const { sheet, app } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setRanges([sheet.getRange('A2:F')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertRowsAfter(sheet.getMaxRows(), 10);
    const [range] = sheet.getConditionalFormatRules()[0]!.getRanges();
    expect([range!.getA1Notation(), range!.getLastRow()]).toEqual(['A2:F', sheet.getMaxRows()]);
  });

  it('refuses a rule without ranges', () => {
    const { sheet, app } = setup();
    expect(() =>
      sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenCellEmpty().build()]),
    ).toThrow();
  });
});

describe('filter', () => {
  it('creates, reads and removes the one filter', () => {
    const { sheet } = setup();
    expect(sheet.getFilter()).toBeNull();
    sheet.getRange('A1:F20').createFilter();
    expect(sheet.getFilter()?.getRange()?.getA1Notation()).toBe('A1:F20');
    expect(() => sheet.getRange('A1:B2').createFilter()).toThrow('already has a filter');
    sheet.getFilter()?.remove();
    expect(sheet.getFilter()).toBeNull();
  });
});

describe('sort', () => {
  it('sorts the rows under the frozen header, blanks last, moving whole rows', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B4').setValues([
      ['Tarea', 'Vence'],
      ['b', 3],
      ['a', ''],
      ['c', 1],
    ]);
    sheet.setFrozenRows(1);
    sheet.sort(2, true);
    expect(sheet.getRange('A1:B4').getValues()).toEqual([
      ['Tarea', 'Vence'],
      ['c', 1],
      ['b', 3],
      ['a', ''],
    ]);
    sheet.sort(1, false);
    expect(sheet.getRange('A2:A4').getValues()).toEqual([['c'], ['b'], ['a']]);
  });
});
