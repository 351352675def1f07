// serialize() and createEmulator({ state }): everything the playground shows survives the round trip as plain JSON.
import { createEmulator } from '../../emulator';

function populated() {
  const emulator = createEmulator({ now: new Date('2025-03-10T12:00:00Z'), mailQuota: 50 });
  const { SpreadsheetApp, PropertiesService, ScriptApp, MailApp } = emulator.globals;
  const sheet = emulator.spreadsheet.insertSheet('Tareas');
  sheet.getRange('A1:C1').setValues([['Tarea', '=1+1', new Date('2025-03-12T03:00:00Z')]]);
  sheet.getRange('A1').setNote('id').setBackground('#eeeeee');
  sheet
    .getRange('B2')
    .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Alta']).build());
  sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$C1<TODAY()')
      .setRanges([sheet.getRange('A1:C9')])
      .build(),
  ]);
  sheet.getRange(2, 1, 1, sheet.getMaxColumns()).addDeveloperMetadata('rowId', 'T-1');
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 250);
  sheet.hideColumns(3);
  PropertiesService.getDocumentProperties().setProperty('language', 'es');
  ScriptApp.newTrigger('weeklyFollowUp').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(9).create();
  MailApp.sendEmail('a@example.com', 'Asunto', 'Cuerpo');
  SpreadsheetApp.getUi().createAddonMenu().addItem('Abrir', 'showSidebar').addToUi();
  emulator.clock.advance(1000);
  return emulator;
}

it('is plain JSON', () => {
  const state = populated().serialize();
  expect(JSON.parse(JSON.stringify(state))).toEqual(state);
});

it('restores sheets, cells, rules, metadata, properties, triggers, mail, UI and clock', () => {
  const original = populated();
  const restored = createEmulator({ state: JSON.parse(JSON.stringify(original.serialize())) });
  const sheet = restored.spreadsheet.getSheetByName('Tareas')!;
  expect(sheet.getRange('A1:C1').getValues()).toEqual([['Tarea', 2, new Date('2025-03-12T03:00:00Z')]]);
  expect([sheet.getRange('A1').getNote(), sheet.getRange('A1').getBackground()]).toEqual(['id', '#eeeeee']);
  expect(sheet.getRange('B2').getDataValidation()?.getCriteriaValues()).toEqual([['Alta'], true]);
  expect(sheet.getConditionalFormatRules()[0]?.getBooleanCondition()?.getCriteriaValues()).toEqual([
    '=$C1<TODAY()',
  ]);
  expect(
    sheet.createDeveloperMetadataFinder().withKey('rowId').find()[0]?.getLocation().getRow()?.getRow(),
  ).toBe(2);
  expect([sheet.getFrozenRows(), sheet.getColumnWidth(1), sheet.isColumnHiddenByUser(3)]).toEqual([
    1,
    250,
    true,
  ]);
  expect(restored.globals.PropertiesService.getDocumentProperties().getProperty('language')).toBe('es');
  expect(restored.triggers.list().map((trigger) => trigger.handlerFunction)).toEqual(['weeklyFollowUp']);
  expect(restored.mail.sent.map((mail) => mail.subject)).toEqual(['Asunto']);
  expect(restored.mail.quotaLeft()).toBe(49);
  expect(restored.ui.menus[0]?.items[0]?.functionName).toBe('showSidebar');
  expect(restored.clock.now()).toEqual(new Date('2025-03-10T12:00:01Z'));
});

it('does not share state with the emulator it came from', () => {
  const original = populated();
  const restored = createEmulator({ state: original.serialize() });
  restored.spreadsheet.getSheetByName('Tareas')!.getRange('A1').setValue('changed');
  expect(original.spreadsheet.getSheetByName('Tareas')!.getRange('A1').getValue()).toBe('Tarea');
});
