// The rule builders of SpreadsheetApp: conditional format rules and data validations, their getters and copy().
import { createEmulator } from '../../emulator';

function setup() {
  const emulator = createEmulator();
  const sheet = emulator.spreadsheet.insertSheet('Tareas');
  return { sheet, app: emulator.globals.SpreadsheetApp };
}

describe('newConditionalFormatRule', () => {
  it('builds a custom-formula rule whose condition and ranges read back', () => {
    const { sheet, app } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$E2<TODAY()')
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setBold(true)
      .setItalic(false)
      .setStrikethrough(true)
      .setRanges([sheet.getRange('A2:F')])
      .build();
    const condition = rule.getBooleanCondition()!;
    expect(condition.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(condition.getCriteriaValues()).toEqual(['=$E2<TODAY()']);
    expect([
      condition.getBackground(),
      condition.getFontColor(),
      condition.getBold(),
      condition.getItalic(),
      condition.getStrikethrough(),
    ]).toEqual(['#f4cccc', '#990000', true, false, true]);
    expect(
      rule.getRanges().map((range) => [range.getSheet().getName(), range.getRow(), range.getNumColumns()]),
    ).toEqual([['Tareas', 2, 6]]);
  });

  it('copies a rule into a builder that changes without touching the original', () => {
    const { sheet, app } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#ffffff')
      .setRanges([sheet.getRange('A1')])
      .build();
    const changed = rule.copy().setBackground('#000000').build();
    expect(rule.getBooleanCondition()?.getBackground()).toBe('#ffffff');
    expect(changed.getBooleanCondition()?.getBackground()).toBe('#000000');
    expect(changed.getBooleanCondition()?.getCriteriaType()).toBe(app.BooleanCriteria.CELL_EMPTY);
  });
});

describe('newDataValidation', () => {
  it('builds list, checkbox, date and range rules with help text and the invalid policy', () => {
    const { sheet, app } = setup();
    const list = app
      .newDataValidation()
      .requireValueInList(['Alta', 'Baja'], false)
      .setHelpText('Elegí')
      .setAllowInvalid(false)
      .build();
    expect(list.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['Alta', 'Baja'], false]);
    expect([list.getHelpText(), list.getAllowInvalid()]).toEqual(['Elegí', false]);
    expect(app.newDataValidation().requireCheckbox().build().getCriteriaType()).toBe(
      app.DataValidationCriteria.CHECKBOX,
    );
    expect(app.newDataValidation().requireDate().build().getCriteriaType()).toBe(
      app.DataValidationCriteria.DATE_IS_VALID_DATE,
    );
    const inRange = app.newDataValidation().requireValueInRange(sheet.getRange('H1:H9')).build();
    const [range, showDropdown] = inRange.getCriteriaValues() as [
      GoogleAppsScript.Spreadsheet.Range,
      boolean,
    ];
    expect([range.getA1Notation(), showDropdown]).toEqual(['H1:H9', true]);
  });

  it('allows invalid input unless told otherwise, like the real builder', () => {
    const { app } = setup();
    expect(app.newDataValidation().requireDate().build().getAllowInvalid()).toBe(true);
  });

  it('copies a validation into a new builder', () => {
    const { app } = setup();
    const original = app.newDataValidation().requireValueInList(['a']).build();
    const copy = original.copy().setHelpText('ayuda').build();
    expect([original.getHelpText(), copy.getHelpText()]).toEqual([null, 'ayuda']);
    expect(copy.getCriteriaValues()).toEqual([['a'], true]);
  });
});
