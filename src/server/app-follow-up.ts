// Behind the follow-up entry points: settings, trigger health, preview, "send now" and the weekly run.
import { defaultFollowUpSettings } from '../core/followup';
import type { EmailPreview, FollowUpSettings, FollowUpStatus } from './api';
import { activeSpreadsheet, sheetContext, spreadsheetLanguage } from './active';
import {
  applyFollowUpSettings,
  followUpSpreadsheetId,
  followUpStatus,
  loadFollowUpSettings,
  previewFollowUp as previewDigests,
  runFollowUp,
  type FollowUpDeps,
  type SettingsDeps,
} from './followup';
import { panelProgressImage } from './panel';
import { appendFollowUpLog, readSnapshot } from './sheets';

function followUpDeps(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): FollowUpDeps {
  const context = sheetContext(spreadsheet);
  return {
    spreadsheet,
    mailApp: MailApp,
    propertiesService: PropertiesService,
    lockService: LockService,
    utilities: Utilities,
    now: new Date(),
    language: context.language,
    readSnapshot: () => readSnapshot(context),
    appendLog: (rows) => appendFollowUpLog(context, rows),
    progressImage: () => panelProgressImage(context),
  };
}

function settingsDeps(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SettingsDeps {
  return {
    scriptApp: ScriptApp,
    lockService: LockService,
    spreadsheet,
    properties: PropertiesService.getDocumentProperties(),
    userProperties: PropertiesService.getUserProperties(),
    userEmail: Session.getEffectiveUser().getEmail(),
    mailApp: MailApp,
    utilities: Utilities,
    now: new Date(),
  };
}

export function followUpSettings(spreadsheet = activeSpreadsheet()): FollowUpSettings {
  return loadFollowUpSettings(
    PropertiesService.getDocumentProperties(),
    defaultFollowUpSettings(spreadsheetLanguage(spreadsheet)),
  );
}

export function saveFollowUpSettings(settings: FollowUpSettings): FollowUpStatus {
  const spreadsheet = activeSpreadsheet();
  return applyFollowUpSettings(settingsDeps(spreadsheet), settings, spreadsheetLanguage(spreadsheet));
}

export function getFollowUpStatus(): FollowUpStatus {
  const spreadsheet = activeSpreadsheet();
  return followUpStatus(settingsDeps(spreadsheet), followUpSettings(spreadsheet));
}

export function previewFollowUp(): EmailPreview[] {
  return previewDigests(followUpDeps(activeSpreadsheet()));
}

export function sendFollowUpNow(): string {
  return runFollowUp(followUpDeps(activeSpreadsheet()), { force: true }).summary;
}

/**
 * A time-driven run has no active document in an add-on: the spreadsheet is the one recorded for this
 * trigger when it was installed (https://developers.google.com/apps-script/guides/triggers/installable).
 */
export function weeklyFollowUp(event?: GoogleAppsScript.Events.TimeDriven): void {
  const recordedId = event?.triggerUid
    ? followUpSpreadsheetId(PropertiesService.getUserProperties(), event.triggerUid)
    : null;
  const spreadsheet =
    SpreadsheetApp.getActiveSpreadsheet() ?? (recordedId ? SpreadsheetApp.openById(recordedId) : null);
  if (!spreadsheet) throw new Error('minuta: the follow-up trigger has no spreadsheet to run for');
  runFollowUp(followUpDeps(spreadsheet), { force: false });
}
