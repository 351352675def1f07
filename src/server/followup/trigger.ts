// Installs, removes and reports the one weekly time-driven trigger that runs the follow-up for this spreadsheet.
import { nextRunOf } from '../../core/followup';
import type { FollowUpSettings, FollowUpStatus } from '../api';
import {
  forgetTriggerSpreadsheet,
  loadLastRun,
  loadTriggerRecord,
  rememberTriggerSpreadsheet,
  saveTriggerRecord,
  type TriggerRecord,
} from './store';

type Trigger = GoogleAppsScript.Script.Trigger;

/** The top-level function main.ts exports for the trigger to call. */
export const FOLLOW_UP_HANDLER = 'weeklyFollowUp';

/**
 * Names the handler had in earlier builds: their triggers are ours too and are removed on install.
 * A renamed handler's trigger is also found by the id kept in the trigger record.
 */
export const RETIRED_HANDLERS: readonly string[] = [];

export interface TriggerDeps {
  scriptApp: GoogleAppsScript.Script.ScriptApp;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The document's properties: every editor of the spreadsheet sees the same record. */
  properties: GoogleAppsScript.Properties.Properties;
  /** The user turning it on (Session.getEffectiveUser().getEmail()): the trigger runs, and mails, as them. */
  userEmail: string;
  /** That user's properties, where the trigger's spreadsheet is remembered for the time-driven run. */
  userProperties: GoogleAppsScript.Properties.Properties;
}

function isOurs(
  trigger: Trigger,
  record: TriggerRecord | null,
  scriptApp: GoogleAppsScript.Script.ScriptApp,
): boolean {
  if (trigger.getEventType() !== scriptApp.EventType.CLOCK) return false;
  const handler = trigger.getHandlerFunction();
  return (
    handler === FOLLOW_UP_HANDLER ||
    RETIRED_HANDLERS.includes(handler) ||
    trigger.getUniqueId() === record?.triggerId
  );
}

/**
 * The user's follow-up triggers for this spreadsheet. Triggers are per user: another editor's trigger is
 * invisible here, which is why a run also refuses to send a week's digest twice.
 */
function ownTriggers(deps: TriggerDeps): Trigger[] {
  const record = loadTriggerRecord(deps.properties);
  const forDocument = deps.scriptApp.getUserTriggers(deps.spreadsheet);
  // A bound script's clock triggers may belong to no document: the recorded id still finds them.
  const recorded = record
    ? deps.scriptApp.getProjectTriggers().filter((trigger) => trigger.getUniqueId() === record.triggerId)
    : [];
  const unique = new Map([...forDocument, ...recorded].map((trigger) => [trigger.getUniqueId(), trigger]));
  return [...unique.values()].filter((trigger) => isOurs(trigger, record, deps.scriptApp));
}

function deleteOwnTriggers(deps: TriggerDeps): void {
  for (const trigger of ownTriggers(deps)) {
    deps.scriptApp.deleteTrigger(trigger);
    forgetTriggerSpreadsheet(deps.userProperties, trigger.getUniqueId());
  }
}

/** However many times it is turned on, one trigger remains: the old ones go before the new one is made. */
export function installFollowUpTrigger(deps: TriggerDeps, settings: FollowUpSettings): TriggerRecord {
  deleteOwnTriggers(deps);
  const timeZone = deps.spreadsheet.getSpreadsheetTimeZone();
  const trigger = deps.scriptApp
    .newTrigger(FOLLOW_UP_HANDLER)
    .timeBased()
    .onWeekDay(deps.scriptApp.WeekDay[settings.weekday])
    .atHour(settings.hour)
    .inTimezone(timeZone)
    .create();
  const record = {
    triggerId: trigger.getUniqueId(),
    installedBy: deps.userEmail,
    handler: FOLLOW_UP_HANDLER,
    timeZone,
  };
  saveTriggerRecord(deps.properties, record);
  rememberTriggerSpreadsheet(deps.userProperties, record.triggerId, deps.spreadsheet.getId());
  return record;
}

/** Removes this user's trigger; another editor's cannot be reached, but their runs find the follow-up off. */
export function removeFollowUpTrigger(deps: TriggerDeps): void {
  deleteOwnTriggers(deps);
  saveTriggerRecord(deps.properties, null);
}

export interface StatusDeps extends TriggerDeps {
  mailApp: GoogleAppsScript.Mail.MailApp;
  utilities: GoogleAppsScript.Utilities.Utilities;
  now: Date;
}

/** Installed means recorded and, when it is ours to see, really there (a trigger deleted by hand shows as not installed). */
function isInstalled(deps: TriggerDeps, record: TriggerRecord | null): boolean {
  if (!record) return false;
  if (record.installedBy !== deps.userEmail) return true;
  return ownTriggers(deps).length > 0;
}

export function followUpStatus(deps: StatusDeps, settings: FollowUpSettings): FollowUpStatus {
  const record = loadTriggerRecord(deps.properties);
  const installed = isInstalled(deps, record);
  const lastRun = loadLastRun(deps.properties);
  const timeZone = deps.spreadsheet.getSpreadsheetTimeZone();
  const today = deps.utilities.formatDate(deps.now, timeZone, 'yyyy-MM-dd');
  const currentHour = Number(deps.utilities.formatDate(deps.now, timeZone, 'H'));
  return {
    installed,
    installedBy: installed ? (record?.installedBy ?? null) : null,
    nextRun:
      installed && settings.enabled ? nextRunOf(today, currentHour, settings.weekday, settings.hour) : null,
    lastRun: lastRun?.at ?? null,
    lastResult: lastRun?.result ?? null,
    quotaLeft: deps.mailApp.getRemainingDailyQuota(),
  };
}
