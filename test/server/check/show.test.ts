// The dialog over the spreadsheet: titled in the sheet's language, holding the report, sized to show it.
import { showInstallationCheck } from '../../../src/server/check';
import { checkDeps, newEmulator } from './harness';

describe('showInstallationCheck', () => {
  it('opens one modal dialog with the report in the given language', () => {
    const emulator = newEmulator();
    const { globals } = emulator;
    const report = showInstallationCheck({
      ...checkDeps(emulator, 'en'),
      ui: globals.SpreadsheetApp.getUi(),
      htmlService: globals.HtmlService,
    });
    expect(emulator.ui.dialogs).toHaveLength(1);
    const [dialog] = emulator.ui.dialogs;
    expect(dialog?.title).toBe('Check installation');
    expect(dialog?.content).toContain('Copy report');
    expect(report.lines.every((line) => dialog?.content.includes(`data-check="${line.id}"`))).toBe(true);
    expect(dialog?.width).toBeGreaterThan(300);
  });
});
