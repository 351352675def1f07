// What the server entry calls: reads the Apps Script globals once and opens the check's dialog over the active spreadsheet.
import { activeSpreadsheet, spreadsheetLanguage } from '../active';
import { showInstallationCheck } from './show';

/** The menu item and the Settings link (no test email), and the dialog's "check again" (with it when ticked). */
export function openInstallationCheck(sendTestEmail: boolean): void {
  const spreadsheet = activeSpreadsheet();
  showInstallationCheck({
    spreadsheetApp: SpreadsheetApp,
    spreadsheet,
    propertiesService: PropertiesService,
    lockService: LockService,
    scriptApp: ScriptApp,
    mailApp: MailApp,
    session: Session,
    utilities: Utilities,
    now: new Date(),
    language: spreadsheetLanguage(spreadsheet),
    sendTestEmail: sendTestEmail === true,
    ui: SpreadsheetApp.getUi(),
    htmlService: HtmlService,
  });
}
