// The one server entry: every function Apps Script calls by name (menu, triggers, google.script.run).
import type { Language, PersonRecord } from '../core/types';
import type {
  Draft,
  EmailPreview,
  FollowUpSettings,
  FollowUpStatus,
  ImportRequest,
  ImportResult,
  SidebarState,
} from './api';
import * as app from './app';
import * as followUp from './app-follow-up';
import { openInstallationCheck } from './check';
import { parserSource } from './parser-source';

/** Simple trigger: builds the minuta menu (works in AuthMode.NONE: no service but the UI). */
export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  app.buildMenu(event);
}

/** Runs when the add-on is installed: the menu must appear without reloading. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  app.buildMenu(event);
}

/** Simple trigger: stamps or clears "Completada el" when a task's status changes. */
export function onEdit(event: GoogleAppsScript.Events.SheetsOnEdit): void {
  app.handleEdit(event);
}

/** Menu item: opens the sidebar. */
export function showSidebar(): void {
  app.showSidebar();
}

/** Menu item: recreates missing tabs, columns, dropdowns and controls. */
export function repairSheet(): string[] {
  return app.repairSheet();
}

/** Sidebar: language, time zone, today, people, the saved draft and follow-up settings. */
export function getSidebarState(): SidebarState {
  return app.getSidebarState();
}

/** Sidebar, after its first paint: the notes parser's script (dist/Parser.html), kept out of the page to keep it small. */
export function getParserSource(): string {
  return parserSource();
}

/** Sidebar: writes the confirmed objectives, tasks and the meeting, under the document lock. */
export function importMeeting(request: ImportRequest): ImportResult {
  return app.importMeeting(request);
}

/** Sidebar: keeps the notes being typed so closing the sidebar loses nothing. */
export function saveDraft(draft: Draft | null): void {
  app.saveDraft(draft);
}

/** Sidebar settings: the VA's and client's names and emails, saved to the People tab. */
export function savePeople(people: PersonRecord[]): PersonRecord[] {
  return app.savePeople(people);
}

/** Sidebar settings: the language of headers, messages and emails for this spreadsheet. */
export function setLanguage(language: Language): void {
  app.setLanguage(language);
}

/** Sidebar: selects the rows an import added, so the VA sees them. */
export function selectRows(sheetName: string, rows: number[]): void {
  app.selectRows(sheetName, rows);
}

/** Sidebar settings: saves the follow-up schedule and installs or removes the weekly trigger. */
export function saveFollowUpSettings(settings: FollowUpSettings): FollowUpStatus {
  return followUp.saveFollowUpSettings(settings);
}

/** Sidebar settings: whether the weekly trigger is installed, next and last run, quota left. */
export function getFollowUpStatus(): FollowUpStatus {
  return followUp.getFollowUpStatus();
}

/** Sidebar: exactly the emails the follow-up would send now. */
export function previewFollowUp(): EmailPreview[] {
  return followUp.previewFollowUp();
}

/** Sidebar: sends this week's follow-up now (still never twice in a week). */
export function sendFollowUpNow(): string {
  return followUp.sendFollowUpNow();
}

/** Time-driven trigger: the weekly follow-up email. */
export function weeklyFollowUp(event?: GoogleAppsScript.Events.TimeDriven): void {
  followUp.weeklyFollowUp(event);
}

/** Menu item and Settings link: checks, in a dialog, the behaviours minuta relies on in this account and sheet. */
export function showInstallationCheck(): void {
  openInstallationCheck(false);
}

/** The check dialog's "Check again": runs it again, sending a test email to the VA when the box is ticked. */
export function runInstallationCheckWithEmail(sendTestEmail: boolean): void {
  openInstallationCheck(sendTestEmail);
}

/** Handler of the check's test trigger, which the check deletes at once: proves triggers can be made. */
export function minutaCheckNoop(): void {
  // Nothing to do: the trigger only has to exist long enough to be listed and deleted.
}
