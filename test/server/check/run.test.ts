// The installation check on the emulator: every line passes as the emulator behaves, and it leaves everything as it was.
import { CHECK_IDS, reportText } from '../../../src/core/check';
import { failedIds, importNotes, lineOf, newEmulator, runCheck } from './harness';

function clientSheet(emulator: ReturnType<typeof newEmulator>) {
  const sheet = emulator.spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  sheet.getRange('A1').setValue('Presupuesto del cliente');
  const rule = emulator.globals.SpreadsheetApp.newConditionalFormatRule()
    .whenTextContains('urgente')
    .setBackground('#ff0000')
    .setRanges([sheet.getRange('A1:A9')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  return sheet;
}

describe('the installation check on a sound account', () => {
  it('passes every line and lists each check once, in order', () => {
    const report = runCheck(newEmulator());
    expect(failedIds(report)).toEqual([]);
    expect(report.lines.map((line) => line.id)).toEqual([...CHECK_IDS]);
  });

  it("leaves the client's sheets, rules, properties, triggers and inbox as they were", () => {
    const emulator = newEmulator();
    const sheet = clientSheet(emulator);
    emulator.globals.PropertiesService.getDocumentProperties().setProperty('cliente', 'dato');
    const before = emulator.serialize();
    runCheck(emulator);
    const after = emulator.serialize();
    expect(after.spreadsheet.sheets.map((state) => state.name)).toEqual(['Hoja 1']);
    expect(after.spreadsheet.sheets).toEqual(before.spreadsheet.sheets);
    expect(after.spreadsheet.activeSheetId).toBe(before.spreadsheet.activeSheetId);
    expect(after.properties).toEqual(before.properties);
    expect(after.triggers).toEqual([]);
    expect(emulator.mail.sent).toEqual([]);
    expect(sheet.getRange('A1').getValue()).toBe('Presupuesto del cliente');
  });

  it('passes on a spreadsheet minuta already imported into, and changes none of its tabs', () => {
    const emulator = newEmulator();
    importNotes(emulator, 'Tareas\n- Sofi: diseñar la plantilla');
    const tabsAndMetadata = () => {
      const { sheets, metadata, activeSheetId } = emulator.serialize().spreadsheet;
      return { sheets, metadata, activeSheetId };
    };
    const before = tabsAndMetadata();
    const report = runCheck(emulator);
    expect(failedIds(report)).toEqual([]);
    expect(tabsAndMetadata()).toEqual(before);
  });

  it('writes in a tab it hides, then deletes', () => {
    const emulator = newEmulator();
    runCheck(emulator);
    expect(emulator.calls.byMethod()).toMatchObject({
      'Spreadsheet.insertSheet': 1,
      'Sheet.hideSheet': 1,
      'Spreadsheet.deleteSheet': 1,
    });
  });

  it('leaves the real weekly trigger in place and says it is listed', () => {
    const emulator = newEmulator();
    const { ScriptApp } = emulator.globals;
    ScriptApp.newTrigger('weeklyFollowUp').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(9).create();
    const before = emulator.triggers.list();
    const report = runCheck(emulator, 'en');
    expect(emulator.triggers.list()).toEqual(before);
    expect(lineOf(report, 'trigger').status).toBe('pass');
    expect(lineOf(report, 'trigger').seen).toContain('weeklyFollowUp');
  });

  it('sends no email unless asked, and one to the person checking when asked', () => {
    const emulator = newEmulator({ userEmail: 'sofi@example.com' });
    expect(lineOf(runCheck(emulator), 'testEmail').status).toBe('skipped');
    expect(emulator.mail.sent).toHaveLength(0);
    const report = runCheck(emulator, 'es', true);
    expect(lineOf(report, 'testEmail').status).toBe('pass');
    expect(emulator.mail.sent.map((mail) => mail.to)).toEqual(['sofi@example.com']);
  });

  it('copies a report that names no person and no spreadsheet, only its locale and zones', () => {
    const emulator = newEmulator({
      userEmail: 'sofi@example.com',
      locale: 'en_GB',
      timeZone: 'Europe/Madrid',
    });
    emulator.spreadsheet.rename('Plan de Ana García');
    const text = reportText(runCheck(emulator, 'en', true));
    expect(text).not.toMatch(/sofi|Ana García|example\.com/);
    expect(text).toContain('en_GB');
    expect(text).toContain('Europe/Madrid');
  });

  it('shows both time zones when the script runs in another zone', () => {
    const emulator = newEmulator({
      timeZone: 'Asia/Tokyo',
      scriptTimeZone: 'America/Argentina/Buenos_Aires',
    });
    const report = runCheck(emulator, 'en');
    expect(lineOf(report, 'timeZones').seen).toMatch(/Asia\/Tokyo.*America\/Argentina\/Buenos_Aires/);
    expect(failedIds(report)).toEqual([]);
  });
});
