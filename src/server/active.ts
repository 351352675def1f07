// The active spreadsheet and what every call derives from it: today in its zone, its language.
import type { IsoDate, Language } from '../core/types';
import { detectLanguage, type SheetContext } from './sheets';

export const LANGUAGE_KEY = 'minuta.language';

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function todayIn(timeZone: string): IsoDate {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}

export function spreadsheetLanguage(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Language {
  // Null outside a document context (https://developers.google.com/apps-script/reference/properties/properties-service).
  const properties =
    PropertiesService.getDocumentProperties() as GoogleAppsScript.Properties.Properties | null;
  const chosen = properties?.getProperty(LANGUAGE_KEY);
  return chosen === 'es' || chosen === 'en' ? chosen : detectLanguage(spreadsheet.getSpreadsheetLocale());
}

export function sheetContext(spreadsheet = activeSpreadsheet()): SheetContext {
  return {
    spreadsheet,
    spreadsheetApp: SpreadsheetApp,
    utilities: Utilities,
    today: todayIn(spreadsheet.getSpreadsheetTimeZone()),
    language: spreadsheetLanguage(spreadsheet),
  };
}
