// What the installation check is given: the services, the spreadsheet, now and the language, as arguments.
import type { Language } from '../../core/types';

export interface CheckDeps {
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  propertiesService: GoogleAppsScript.Properties.PropertiesService;
  lockService: GoogleAppsScript.Lock.LockService;
  scriptApp: GoogleAppsScript.Script.ScriptApp;
  mailApp: GoogleAppsScript.Mail.MailApp;
  session: GoogleAppsScript.Base.Session;
  utilities: GoogleAppsScript.Utilities.Utilities;
  /** Reads the sidebar's parser file, as getParserSource does. */
  htmlService: GoogleAppsScript.HTML.HtmlService;
  now: Date;
  language: Language;
  /** The VA ticked "send me a test email": the only way the check sends mail. */
  sendTestEmail: boolean;
}

/** The no-op top-level function main.ts exports, which the test trigger names as its handler. */
export const CHECK_NOOP_HANDLER = 'minutaCheckNoop';

export const ISO_DAY = 'yyyy-MM-dd';
