// SpreadsheetApp and Spreadsheet: the active document, openById, sheets, zone/locale, selection, UI records.
import { createEmulator, loadBundle } from '../../emulator';

describe('SpreadsheetApp', () => {
  it('gives the same bound spreadsheet from getActiveSpreadsheet, getActive and openById', () => {
    const emulator = createEmulator();
    const app = emulator.globals.SpreadsheetApp;
    const id = app.getActiveSpreadsheet().getId();
    expect(app.getActive().getId()).toBe(id);
    expect(app.openById(id).getName()).toBe(app.getActiveSpreadsheet().getName());
  });

  it('throws the real-looking error for another id', () => {
    const app = createEmulator().globals.SpreadsheetApp;
    expect(() => app.openById('not-our-sheet')).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });

  it('has no active spreadsheet when not bound to a document', () => {
    const app = createEmulator({ bound: false }).globals.SpreadsheetApp;
    expect(app.getActiveSpreadsheet()).toBeNull();
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('records menus, sidebars, dialogs and alerts', () => {
    const emulator = createEmulator({ sidebarHtml: '<p>hola</p>' });
    const { SpreadsheetApp, HtmlService } = emulator.globals;
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Abrir', 'showSidebar').addSeparator().addItem('Ayuda', 'help').addToUi();
    ui.createMenu('minuta').addItem('Importar', 'importNotes').addToUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('minuta'));
    ui.showModalDialog(HtmlService.createHtmlOutput('<b>x</b>'), 'Detalle');
    ui.alert('Listo');
    expect(emulator.ui.menus.map((menu) => [menu.name, menu.items.map((item) => item.functionName)])).toEqual(
      [
        [expect.any(String), ['showSidebar', null, 'help']],
        ['minuta', ['importNotes']],
      ],
    );
    expect(emulator.ui.sidebars).toEqual([
      { title: 'minuta', content: '<p>hola</p>', width: null, height: null },
    ]);
    expect(emulator.ui.dialogs[0]?.title).toBe('Detalle');
    expect(emulator.ui.alerts).toEqual(['Listo']);
  });

  it('replaces a menu added again (onOpen running twice), rather than doubling it', () => {
    const emulator = createEmulator();
    const ui = emulator.globals.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Abrir', 'open').addToUi();
    ui.createAddonMenu().addItem('Abrir', 'open').addToUi();
    expect(emulator.ui.menus).toHaveLength(1);
  });

  it('has no active spreadsheet and no UI during a time-driven run', () => {
    const emulator = createEmulator();
    loadBundle(
      emulator,
      `function weekly() {
        try { SpreadsheetApp.getUi(); } catch (error) { return [SpreadsheetApp.getActiveSpreadsheet(), error.message]; }
      }`,
    );
    const trigger = emulator.globals.ScriptApp.newTrigger('weekly').timeBased().everyHours(1).create();
    expect(emulator.triggers.fire(trigger.getUniqueId())).toEqual([
      null,
      'Cannot call SpreadsheetApp.getUi() from this context.',
    ]);
    expect(emulator.globals.SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull();
  });
});

describe('Spreadsheet', () => {
  it('inserts sheets by name and position, finds and deletes them', () => {
    const { spreadsheet } = createEmulator();
    spreadsheet.insertSheet('Tareas');
    spreadsheet.insertSheet('Objetivos', 0);
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())[0]).toBe('Objetivos');
    expect(spreadsheet.getSheetByName('Objetivos')?.getIndex()).toBe(1);
    expect(() => spreadsheet.insertSheet('Tareas')).toThrow('A sheet with the name "Tareas" already exists.');
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Tareas')!);
    expect(spreadsheet.getSheetByName('Tareas')).toBeNull();
  });

  it('refuses to delete the last sheet', () => {
    const { spreadsheet } = createEmulator();
    expect(() => spreadsheet.deleteSheet(spreadsheet.getSheets()[0]!)).toThrow();
  });

  it('tracks the active sheet, the selection and moves the active sheet', () => {
    const { spreadsheet } = createEmulator();
    const tasks = spreadsheet.insertSheet('Tareas');
    const first = spreadsheet.getSheets()[0]!;
    spreadsheet.setActiveSheet(first);
    expect(spreadsheet.getActiveSheet().getName()).toBe(first.getName());
    tasks.activate();
    spreadsheet.moveActiveSheet(1);
    expect(spreadsheet.getSheets()[0]!.getName()).toBe('Tareas');
    spreadsheet.getRangeList(['Tareas!A2:F2', 'Tareas!A5:F5']).activate();
    expect(spreadsheet.getActiveSheet().getName()).toBe('Tareas');
    expect(spreadsheet.getActiveRange()?.getA1Notation()).toBe('A2:F2');
    tasks.getRangeList(['A7:F7', 'A9:F9']).activate();
    expect(spreadsheet.getActiveRange()?.getA1Notation()).toBe('A7:F7');
    spreadsheet.setActiveRange(tasks.getRange('B3'));
    expect(spreadsheet.getActiveRange()?.getA1Notation()).toBe('B3');
  });

  it('keeps its time zone and locale, and records toasts', () => {
    const emulator = createEmulator({ timeZone: 'Europe/Madrid', locale: 'es_ES' });
    const { spreadsheet } = emulator;
    expect([spreadsheet.getSpreadsheetTimeZone(), spreadsheet.getSpreadsheetLocale()]).toEqual([
      'Europe/Madrid',
      'es_ES',
    ]);
    spreadsheet.setSpreadsheetLocale('en_US');
    expect(spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    spreadsheet.toast('6 tareas agregadas');
    expect(emulator.ui.toasts).toEqual(['6 tareas agregadas']);
    expect(spreadsheet.getUrl()).toContain(spreadsheet.getId());
  });
});
