// loadBundle: runs Code.js in a bare context with only the services, returns its top-level functions, calls nothing on load.
import { createEmulator, loadBundle } from '../../emulator';

const CODE = `
var global = this;
var loadedAt = new Date().toISOString();
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Abrir', 'showSidebar').addToUi();
}
function probe() {
  return {
    process: typeof process,
    require: typeof require,
    setTimeout: typeof setTimeout,
    fetch: typeof fetch,
    now: new Date().toISOString(),
    dateNow: Date.now(),
    cellIsDate: SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue('2025-01-02').getValue() instanceof Date,
    loadedAt: loadedAt,
  };
}
`;

it('returns the top-level functions it declared, by name', () => {
  const functions = loadBundle(createEmulator(), CODE);
  expect(Object.keys(functions).sort()).toEqual(['onOpen', 'probe']);
});

it('calls no service while loading', () => {
  const emulator = createEmulator();
  loadBundle(emulator, CODE);
  expect(emulator.calls.total()).toBe(0);
});

it('offers no Node globals, timers or fetch inside', () => {
  const probe = loadBundle(createEmulator(), CODE).probe!() as Record<string, unknown>;
  expect([probe.process, probe.require, probe.setTimeout, probe.fetch]).toEqual([
    'undefined',
    'undefined',
    'undefined',
    'undefined',
  ]);
});

it('gives the bundle a Date whose now follows the emulator clock', () => {
  const emulator = createEmulator({ now: new Date('2025-03-10T12:00:00Z') });
  const functions = loadBundle(emulator, CODE);
  emulator.clock.advance(60_000);
  const probe = functions.probe!() as Record<string, unknown>;
  expect(probe.loadedAt).toBe('2025-03-10T12:00:00.000Z');
  expect(probe.now).toBe('2025-03-10T12:01:00.000Z');
  expect(probe.dateNow).toBe(Date.parse('2025-03-10T12:01:00Z'));
  expect(probe.cellIsDate).toBe(true);
});

it('runs entry points against the emulator', () => {
  const emulator = createEmulator();
  loadBundle(emulator, CODE).onOpen!({});
  expect(emulator.ui.menus[0]?.items).toEqual([{ caption: 'Abrir', functionName: 'showSidebar' }]);
  expect(emulator.calls.byMethod()['Menu.addItem']).toBe(1);
});

it('reads new Date(y, m, d) as midnight in the script zone, so it lands on that day in a sheet of the same zone', () => {
  const emulator = createEmulator({
    scriptTimeZone: 'America/Argentina/Buenos_Aires',
    timeZone: 'America/Argentina/Buenos_Aires',
  });
  const { write } = loadBundle(
    emulator,
    `function write() {
      var cell = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1');
      cell.setValue(new Date(2024, 0, 15)).setNumberFormat('yyyy-mm-dd');
      return cell.getValue().toISOString();
    }`,
  );
  expect(write!()).toBe('2024-01-15T03:00:00.000Z');
  expect(emulator.spreadsheet.getActiveSheet().getRange('A1').getDisplayValue()).toBe('2024-01-15');
});

it('shows the classic off-by-one when the script zone is east of the sheet zone', () => {
  const emulator = createEmulator({
    scriptTimeZone: 'Europe/Madrid',
    timeZone: 'America/Argentina/Buenos_Aires',
  });
  const { write } = loadBundle(
    emulator,
    `function write() {
      SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue(new Date(2024, 0, 15)).setNumberFormat('yyyy-mm-dd');
    }`,
  );
  write!();
  expect(emulator.spreadsheet.getActiveSheet().getRange('A1').getDisplayValue()).toBe('2024-01-14');
});
