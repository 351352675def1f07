// Opening the document and typing into cells: onOpen and onEdit run with their events and authorization modes.
import { createEmulator, loadBundle } from '../../emulator';

const CODE = `
function onEdit(e) {
  return [e.authMode, e.range.getA1Notation(), e.value, e.oldValue, e.source.getName() !== ''];
}
function installedEdit(e) {
  return [e.authMode, e.triggerUid];
}
`;

function setup() {
  const emulator = createEmulator();
  const sheet = emulator.spreadsheet.insertSheet('Tareas');
  loadBundle(emulator, CODE);
  return { emulator, sheet };
}

it('writes the typed text like a person would and runs the simple onEdit with the event', () => {
  const { emulator, sheet } = setup();
  sheet.getRange('G2').setValue('Pendiente');
  expect(emulator.edit('Tareas', 'G2', 'Hecha')).toEqual([['LIMITED', 'G2', 'Hecha', 'Pendiente', true]]);
  expect(sheet.getRange('G2').getValue()).toBe('Hecha');
  emulator.edit('Tareas', 'F2', '14/3/2025');
  expect(sheet.getRange('F2').getValue()).toBeInstanceOf(Date);
});

it('runs installable edit triggers too, in FULL mode', () => {
  const { emulator } = setup();
  const { ScriptApp, SpreadsheetApp } = emulator.globals;
  const trigger = ScriptApp.newTrigger('installedEdit')
    .forSpreadsheet(SpreadsheetApp.getActive())
    .onEdit()
    .create();
  expect(emulator.edit('Tareas', 'A2', 'x')[1]).toEqual(['FULL', trigger.getUniqueId()]);
});

it('refuses a value outside a rejecting list validation and leaves the cell as it was', () => {
  const { emulator, sheet } = setup();
  const { SpreadsheetApp } = emulator.globals;
  sheet.getRange('G2').setValue('Pendiente');
  sheet
    .getRange('G2')
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(['Pendiente', 'Hecha'])
        .setAllowInvalid(false)
        .build(),
    );
  expect(() => emulator.edit('Tareas', 'G2', 'Quizás')).toThrow('violates the data validation rules');
  expect(sheet.getRange('G2').getValue()).toBe('Pendiente');
});

describe('authorization modes', () => {
  const BUNDLE = `
    function onOpen(e) {
      SpreadsheetApp.getUi().createAddonMenu().addItem('Abrir', 'showSidebar').addToUi();
      if (e.authMode !== 'NONE') PropertiesService.getDocumentProperties().getProperty('language');
      return e.authMode;
    }
    function readsSettingsOnOpen() { return PropertiesService.getDocumentProperties().getProperty('language'); }
    function onEdit(e) { MailApp.sendEmail('a@example.com', 'edit', 'body'); }
  `;

  it('runs onOpen in NONE mode when it only builds the menu', () => {
    const emulator = createEmulator();
    loadBundle(emulator, BUNDLE);
    expect(emulator.open('NONE')).toBe('NONE');
    expect(emulator.open()).toBe('LIMITED');
    expect(emulator.ui.menus).toHaveLength(1);
  });

  it('refuses document and user data in NONE mode', () => {
    const emulator = createEmulator();
    loadBundle(emulator, BUNDLE.replace("if (e.authMode !== 'NONE') ", ''));
    expect(() => emulator.open('NONE')).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
  });

  it('refuses mail in a simple onEdit (LIMITED), and restores full access afterwards', () => {
    const emulator = createEmulator();
    emulator.spreadsheet.insertSheet('Tareas');
    loadBundle(emulator, BUNDLE);
    expect(() => emulator.edit('Tareas', 'A1', 'x')).toThrow(
      'You do not have permission to call MailApp.sendEmail',
    );
    emulator.globals.MailApp.sendEmail('a@example.com', 'sidebar call', 'body');
    expect(emulator.mail.sent).toHaveLength(1);
  });
});
