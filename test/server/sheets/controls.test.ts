import { importMeeting, repairWorkbook } from '../../../src/server/sheets';
import { harness, importRequest, sheetNamed, task, moveColumn } from './harness';

const REQUEST = importRequest([
  task('T1', 'Vencida', { due: '2026-03-02' }),
  task('T2', 'Pronto', { due: '2026-03-11' }),
  task('T3', 'Sin responsable', { owners: [], due: '2026-04-30', priority: 'high' }),
]);

function formulas(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[] {
  return sheet
    .getConditionalFormatRules()
    .map((rule) => String(rule.getBooleanCondition()?.getCriteriaValues()[0]));
}

describe('controls on the Tasks tab', () => {
  it('cover whole columns down to the last row, so rows inserted later keep them', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), REQUEST);
    const tasks = sheetNamed(spreadsheet, 'Tareas');
    const overdue = tasks
      .getConditionalFormatRules()
      .find((rule) => rule.getBooleanCondition()?.getCriteriaValues()[0] === '=AND($F2<>"",$F2<TODAY())');
    expect(overdue?.getBooleanCondition()?.getBackground()).toBe('#f4cccc');
    const range = overdue?.getRanges()[0];
    expect([range?.getRow(), range?.getColumn(), range?.getLastRow()]).toEqual([2, 1, tasks.getMaxRows()]);
    expect(range?.getLastColumn()).toBe(tasks.getLastColumn());
  });

  it('mark done rows green and struck through, and an empty owner cell', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), REQUEST);
    const rules = sheetNamed(spreadsheet, 'Tareas').getConditionalFormatRules();
    const done = rules.find((rule) => rule.getBooleanCondition()?.getStrikethrough());
    expect(done?.getBooleanCondition()?.getCriteriaValues()[0]).toBe('=OR($G2="Hecha",$G2="Done")');
    const owner = rules.find(
      (rule) => rule.getBooleanCondition()?.getCriteriaValues()[0] === '=AND($B2<>"",$D2="")',
    );
    expect(owner?.getRanges()[0]?.getA1Notation()).toMatch(/^D2:D\d+$/);
  });

  it('are replaced, not duplicated, by every import and repair, and the client rules stay in place', () => {
    const { spreadsheet, context, emulator } = harness();
    importMeeting(context('es'), REQUEST);
    const tasks = sheetNamed(spreadsheet, 'Tareas');
    const clientRule = emulator.globals.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$D2="Juan"')
      .setBackground('#cfe2f3')
      .setRanges([tasks.getRange('D2:D50')])
      .build();
    tasks.setConditionalFormatRules([clientRule, ...tasks.getConditionalFormatRules()]);
    const before = formulas(tasks);
    importMeeting(context('es'), importRequest([task('T9', 'Nueva')]));
    repairWorkbook(context('es'));
    expect(formulas(tasks)).toEqual(before);
    expect(formulas(tasks)[0]).toBe('=$D2="Juan"');
  });

  it('follow the columns when the client moved them', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), REQUEST);
    const tasks = sheetNamed(spreadsheet, 'Tareas');
    moveColumn(tasks, 6, 1);
    importMeeting(context('es'), importRequest([task('T9', 'Nueva')]));
    expect(formulas(tasks)).toContain('=AND($A2<>"",$A2<TODAY())');
    expect(formulas(tasks).filter((formula) => formula.includes('<TODAY()'))).toHaveLength(1);
  });

  it('come back on the next import when the client deleted one of ours', () => {
    const { spreadsheet, context } = harness();
    importMeeting(context('es'), REQUEST);
    const tasks = sheetNamed(spreadsheet, 'Tareas');
    const before = formulas(tasks);
    tasks.setConditionalFormatRules(tasks.getConditionalFormatRules().slice(1));
    importMeeting(context('es'), importRequest([task('T9', 'Nueva')]));
    expect(formulas(tasks)).toEqual(before);
  });
});
