// What every sheet adapter call receives: the services, the spreadsheet, today and the language, as arguments.
import type { IsoDate, Language } from '../../core/types';

export interface SheetContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  utilities: GoogleAppsScript.Utilities.Utilities;
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  /** Today in the spreadsheet's time zone. */
  today: IsoDate;
  language: Language;
}

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
