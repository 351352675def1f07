// The follow-up's stored state: settings, trigger, keys sent, queue and last run (document); each trigger's sheet (user).
import { oldestKeptWeek, sanitiseFollowUpSettings, type QueuedDigest } from '../../core/followup';
import type { IsoDate } from '../../core/types';
import type { FollowUpSettings } from '../api';
import { readStoredText, writeStoredText } from '../stored-text';

type Properties = GoogleAppsScript.Properties.Properties;

const SETTINGS_KEY = 'minuta.followUp.settings';
const TRIGGER_KEY = 'minuta.followUp.trigger';
const LAST_RUN_KEY = 'minuta.followUp.lastRun';
/** Sent keys and the queue can outgrow one 9 KB value with many owners: they go through stored-text's chunks. */
const SENT_KEY = 'minuta.followUp.sent';
const QUEUE_KEY = 'minuta.followUp.queue';

/** A value someone edited by hand or an older build wrote reads as nothing, never as a crash. */
function parseJson(stored: string | null): unknown {
  if (stored === null) return null;
  try {
    return JSON.parse(stored) as unknown;
  } catch {
    return null;
  }
}

const readJson = (properties: Properties, key: string): unknown => parseJson(properties.getProperty(key));
const readChunkedJson = (properties: Properties, key: string): unknown =>
  parseJson(readStoredText(properties, key));

export function loadFollowUpSettings(properties: Properties, defaults: FollowUpSettings): FollowUpSettings {
  return sanitiseFollowUpSettings(readJson(properties, SETTINGS_KEY), defaults);
}

export function saveFollowUpSettings(properties: Properties, settings: FollowUpSettings): void {
  properties.setProperty(SETTINGS_KEY, JSON.stringify(settings));
}

/** What was installed, so the settings can say by whom, and a later install finds it even under an old handler name. */
export interface TriggerRecord {
  triggerId: string;
  installedBy: string;
  handler: string;
  timeZone: string;
}

export function loadTriggerRecord(properties: Properties): TriggerRecord | null {
  const stored = readJson(properties, TRIGGER_KEY) as Partial<TriggerRecord> | null;
  return stored && typeof stored.triggerId === 'string' ? (stored as TriggerRecord) : null;
}

export function saveTriggerRecord(properties: Properties, record: TriggerRecord | null): void {
  if (record) properties.setProperty(TRIGGER_KEY, JSON.stringify(record));
  else properties.deleteProperty(TRIGGER_KEY);
}

/**
 * In the installing user's properties: a time-driven run has no active spreadsheet, and its event carries
 * only the trigger's id, so the entry point finds the spreadsheet to open here.
 */
const SPREADSHEET_OF_TRIGGER = 'minuta.followUp.spreadsheetOf.';

export function rememberTriggerSpreadsheet(
  userProperties: Properties,
  triggerId: string,
  spreadsheetId: string,
): void {
  userProperties.setProperty(`${SPREADSHEET_OF_TRIGGER}${triggerId}`, spreadsheetId);
}

export function forgetTriggerSpreadsheet(userProperties: Properties, triggerId: string): void {
  userProperties.deleteProperty(`${SPREADSHEET_OF_TRIGGER}${triggerId}`);
}

/** The spreadsheet a follow-up trigger was installed for (event.triggerUid), or null for a trigger not ours. */
export function followUpSpreadsheetId(userProperties: Properties, triggerId: string): string | null {
  return userProperties.getProperty(`${SPREADSHEET_OF_TRIGGER}${triggerId}`);
}

const isKey = (value: unknown): value is string => typeof value === 'string';

export function loadSentKeys(properties: Properties): Set<string> {
  const stored = readChunkedJson(properties, SENT_KEY);
  return new Set(Array.isArray(stored) ? stored.filter(isKey) : []);
}

/** Keeps only the last few weeks' keys ("2026-W48|…" sorts by week), so the store stays small. */
export function saveSentKeys(properties: Properties, keys: Set<string>, today: IsoDate): void {
  const oldest = oldestKeptWeek(today);
  const kept = [...keys].filter((key) => key >= oldest).sort();
  writeStoredText(properties, SENT_KEY, JSON.stringify(kept));
}

function isQueuedDigest(value: unknown): value is QueuedDigest {
  const entry = value as Partial<QueuedDigest> | null;
  const recipient = entry?.recipient;
  return (
    typeof entry?.week === 'string' &&
    typeof recipient?.name === 'string' &&
    (recipient.audience === 'client' || recipient.audience === 'owner') &&
    [recipient.to, recipient.cc, recipient.ownerNames].every(
      (list) => Array.isArray(list) && list.every(isKey),
    )
  );
}

export function loadQueue(properties: Properties): QueuedDigest[] {
  const stored = readChunkedJson(properties, QUEUE_KEY);
  return Array.isArray(stored) ? stored.filter(isQueuedDigest) : [];
}

export function saveQueue(properties: Properties, queue: QueuedDigest[]): void {
  writeStoredText(properties, QUEUE_KEY, queue.length ? JSON.stringify(queue) : null);
}

export interface LastRun {
  /** "2026-11-23 09:14" in the spreadsheet's time zone. */
  at: string;
  result: string;
}

export function loadLastRun(properties: Properties): LastRun | null {
  const stored = readJson(properties, LAST_RUN_KEY) as Partial<LastRun> | null;
  return stored && typeof stored.at === 'string' && typeof stored.result === 'string'
    ? (stored as LastRun)
    : null;
}

export function saveLastRun(properties: Properties, lastRun: LastRun): void {
  properties.setProperty(LAST_RUN_KEY, JSON.stringify(lastRun));
}
