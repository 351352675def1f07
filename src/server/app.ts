// Behind the entry points: reads the Apps Script globals once per call and hands plain data to the adapters.
import { CHECK_STRINGS } from '../core/i18n/check';
import { MENU_STRINGS } from '../core/i18n/menu';
import { rowRangesA1 } from '../core/row-ranges';
import type { Language, PersonRecord } from '../core/types';
import type { Draft, ImportRequest, ImportResult, SidebarState } from './api';
import { activeSpreadsheet, LANGUAGE_KEY, sheetContext, spreadsheetLanguage } from './active';
import { followUpSettings } from './app-follow-up';
import { withDocumentLock } from './lock';
import { ensurePanel } from './panel';
import {
  detectLanguage,
  handleEdit as stampCompletion,
  importMeeting as importIntoWorkbook,
  readPlaybooks,
  readSnapshot,
  repairWorkbook,
  savePeople as savePeopleToWorkbook,
} from './sheets';
import { readStoredText, writeStoredText } from './stored-text';

const DRAFT_KEY = 'minuta.draft';

/** In AuthMode.NONE (an add-on not yet used in this document) only the UI may be touched. */
function menuLanguage(event?: { authMode?: GoogleAppsScript.Script.AuthMode }): Language {
  if (event?.authMode === ScriptApp.AuthMode.NONE) return detectLanguage(Session.getActiveUserLocale());
  return spreadsheetLanguage(activeSpreadsheet());
}

export function buildMenu(event?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  const language = menuLanguage(event);
  const strings = MENU_STRINGS[language];
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(strings.open, 'showSidebar')
    .addItem(strings.repair, 'repairSheet')
    .addItem(CHECK_STRINGS[language].title, 'showInstallationCheck')
    .addToUi();
}

export function showSidebar(): void {
  const language = spreadsheetLanguage(activeSpreadsheet());
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_STRINGS[language].sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(page);
}

export function repairSheet(): string[] {
  const context = sheetContext();
  const fixed = withDocumentLock(LockService, () => [
    ...repairWorkbook(context),
    ...ensurePanel(context, { force: true }),
  ]);
  const strings = MENU_STRINGS[context.language];
  context.spreadsheet.toast(fixed.length ? fixed.join('\n') : strings.nothingToRepair, strings.repaired);
  return fixed;
}

export function handleEdit(event: GoogleAppsScript.Events.SheetsOnEdit): void {
  stampCompletion(sheetContext(event.source), event);
}

function draftKey(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return `${DRAFT_KEY}.${spreadsheet.getId()}`;
}

function readDraft(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Draft | null {
  const stored = readStoredText(PropertiesService.getUserProperties(), draftKey(spreadsheet));
  if (!stored) return null;
  try {
    return JSON.parse(stored) as Draft;
  } catch {
    return null;
  }
}

export function saveDraft(draft: Draft | null): void {
  const spreadsheet = activeSpreadsheet();
  writeStoredText(
    PropertiesService.getUserProperties(),
    draftKey(spreadsheet),
    draft && JSON.stringify(draft),
  );
}

export function getSidebarState(): SidebarState {
  const context = sheetContext();
  const { playbooks, problems } = readPlaybooks(context);
  return {
    language: context.language,
    timeZone: context.spreadsheet.getSpreadsheetTimeZone(),
    locale: context.spreadsheet.getSpreadsheetLocale(),
    today: context.today,
    people: readSnapshot(context).people,
    draft: readDraft(context.spreadsheet),
    followUp: followUpSettings(context.spreadsheet),
    playbooks,
    playbookProblems: problems,
  };
}

export function importMeeting(request: ImportRequest): ImportResult {
  const context = { ...sheetContext(), language: request.language };
  return withDocumentLock(LockService, () => {
    const result = importIntoWorkbook(context, request);
    ensurePanel(context);
    return result;
  });
}

export function savePeople(people: PersonRecord[]): PersonRecord[] {
  const context = sheetContext();
  return withDocumentLock(LockService, () => {
    savePeopleToWorkbook(context, people);
    return readSnapshot(context).people;
  });
}

export function setLanguage(language: Language): void {
  PropertiesService.getDocumentProperties().setProperty(LANGUAGE_KEY, language);
  buildMenu();
}

export function selectRows(sheetName: string, rows: number[]): void {
  const sheet = activeSpreadsheet().getSheetByName(sheetName);
  if (!sheet || rows.length === 0) return;
  sheet.activate();
  sheet.getRangeList(rowRangesA1(rows, sheet.getLastColumn())).activate();
}
