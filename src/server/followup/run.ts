// The weekly run and the VA's preview: lock, one read per tab, the core's plan, sends, one log row per email.
import {
  defaultFollowUpSettings,
  digestSource,
  logRecord,
  planRun,
  plannedOutcome,
  queueOf,
  runFailedRecord,
  runSummary,
  sentKeysFromLog,
  type Decision,
  type Outcome,
  type RunPlan,
} from '../../core/followup';
import type { FollowUpLogRecord, IsoDate, Language, WorkbookSnapshot } from '../../core/types';
import type { EmailPreview, FollowUpSettings } from '../api';
import { withDocumentLock } from '../lock';
import { addressList, messageOf, sendDigest } from './mail';
import { loadFollowUpSettings, loadQueue, loadSentKeys, saveLastRun, saveQueue, saveSentKeys } from './store';

export interface FollowUpDeps {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  mailApp: GoogleAppsScript.Mail.MailApp;
  propertiesService: GoogleAppsScript.Properties.PropertiesService;
  lockService: GoogleAppsScript.Lock.LockService;
  utilities: GoogleAppsScript.Utilities.Utilities;
  now: Date;
  /** The spreadsheet's language, for the settings' defaults and the log when nothing is saved yet. */
  language: Language;
  /** Reads every tab once (the sheet module). */
  readSnapshot(): WorkbookSnapshot;
  /** Appends rows to the Follow-up log tab, in one write (the sheet module). */
  appendLog(rows: FollowUpLogRecord[]): void;
  /** The Panel's progress chart as a PNG (the panel module); without it the email shows the numbers only. */
  progressImage?(): GoogleAppsScript.Base.Blob | null;
}

export interface FollowUpRunResult {
  /** "2 enviados, 1 en cola, 1 omitido", also kept as the settings' "last result". */
  summary: string;
  log: FollowUpLogRecord[];
}

interface RunClock {
  timeZone: string;
  today: IsoDate;
}

function clockOf(deps: FollowUpDeps): RunClock {
  const timeZone = deps.spreadsheet.getSpreadsheetTimeZone();
  return { timeZone, today: deps.utilities.formatDate(deps.now, timeZone, 'yyyy-MM-dd') };
}

function settingsOf(deps: FollowUpDeps): FollowUpSettings {
  return loadFollowUpSettings(
    deps.propertiesService.getDocumentProperties(),
    defaultFollowUpSettings(deps.language),
  );
}

interface PlannedRun {
  plan: RunPlan;
  /** Stored keys and those the log shows as sent. */
  sentKeys: Set<string>;
}

/** The plan for now, from one read of the tabs: shared by the run and the preview, so the preview is exact. */
function planNow(
  deps: FollowUpDeps,
  clock: RunClock,
  settings: FollowUpSettings,
  force: boolean,
  progressImage: boolean,
): PlannedRun {
  const properties = deps.propertiesService.getDocumentProperties();
  const snapshot = deps.readSnapshot();
  const source = digestSource(snapshot, settings, {
    today: clock.today,
    spreadsheetUrl: deps.spreadsheet.getUrl(),
    spreadsheetName: deps.spreadsheet.getName(),
    progressImage,
  });
  const sentKeys = loadSentKeys(properties);
  for (const key of sentKeysFromLog(snapshot.followUpLog)) sentKeys.add(key);
  const plan = planRun(source, {
    sentKeys,
    queued: loadQueue(properties),
    quotaLeft: deps.mailApp.getRemainingDailyQuota(),
    force,
  });
  return { plan, sentKeys };
}

interface Delivered {
  decision: Decision;
  outcome: Outcome;
}

/** Each sent key is stored at once: a run cut short by the time limit still never sends it again. */
function deliver(
  deps: FollowUpDeps,
  decision: Decision,
  sentKeys: Set<string>,
  today: IsoDate,
  image: GoogleAppsScript.Base.Blob | null,
): Delivered {
  if (decision.action !== 'send') return { decision, outcome: plannedOutcome(decision) };
  const outcome = sendDigest(deps.mailApp, decision.digest, image);
  if (outcome.kind === 'sent') {
    sentKeys.add(decision.digest.key);
    saveSentKeys(deps.propertiesService.getDocumentProperties(), sentKeys, today);
  }
  // A send refused (quota, or a passing MailApp error) joins the queue: it is retried, never dropped.
  return {
    decision: outcome.kind === 'sent' ? decision : { digest: decision.digest, action: 'queue' },
    outcome,
  };
}

function runLocked(
  deps: FollowUpDeps,
  clock: RunClock,
  settings: FollowUpSettings,
  force: boolean,
): FollowUpRunResult {
  const properties = deps.propertiesService.getDocumentProperties();
  // Drawn once per run, whatever the number of recipients.
  const image = deps.progressImage?.() ?? null;
  const { plan, sentKeys } = planNow(deps, clock, settings, force, image !== null);
  const delivered = plan.decisions.map((decision) => deliver(deps, decision, sentKeys, clock.today, image));
  saveQueue(properties, queueOf(delivered.map((entry) => entry.decision)));
  const log = delivered.map(({ decision, outcome }) =>
    logRecord(decision.digest, outcome, clock.today, settings.language),
  );
  if (log.length) deps.appendLog(log);
  const summary = runSummary(
    delivered.map((entry) => entry.outcome),
    settings.language,
  );
  saveLastRun(properties, { at: lastRunAt(deps, clock), result: summary });
  return { summary, log };
}

function lastRunAt(deps: FollowUpDeps, clock: RunClock): string {
  return deps.utilities.formatDate(deps.now, clock.timeZone, 'yyyy-MM-dd HH:mm');
}

/** Still under the lock: a failed run leaves its row in the log; a log that cannot be written leaves the first error to tell. */
function runLogged(
  deps: FollowUpDeps,
  clock: RunClock,
  settings: FollowUpSettings,
  force: boolean,
): FollowUpRunResult {
  try {
    return runLocked(deps, clock, settings, force);
  } catch (error) {
    try {
      deps.appendLog([runFailedRecord(messageOf(error), clock.today, settings.language)]);
    } catch {
      // The original error is rethrown below; the settings' "last result" still records it.
    }
    throw error;
  }
}

/**
 * The trigger's handler (force false) and "Send now" (force true: runs even when turned off, and sends
 * an empty digest). Never sends a week's digest twice to the same people. Fails loudly: the error is
 * logged, kept as the last result, and rethrown so Apps Script reports the failed execution too.
 */
export function runFollowUp(deps: FollowUpDeps, options: { force: boolean }): FollowUpRunResult {
  const clock = clockOf(deps);
  const settings = settingsOf(deps);
  try {
    return withDocumentLock(deps.lockService, () => runLogged(deps, clock, settings, options.force));
  } catch (error) {
    const result = runFailedRecord(messageOf(error), clock.today, settings.language).result;
    saveLastRun(deps.propertiesService.getDocumentProperties(), { at: lastRunAt(deps, clock), result });
    throw error;
  }
}

/** Exactly what "Send now" would send at this moment; reads, writes nothing, sends nothing. */
export function previewFollowUp(deps: FollowUpDeps): EmailPreview[] {
  // The sidebar's preview cannot show a cid: image; the numbers under it say the same.
  const { plan } = planNow(deps, clockOf(deps), settingsOf(deps), true, false);
  return plan.decisions
    .filter((decision) => decision.action === 'send')
    .map(({ digest }) => ({
      to: addressList(digest.recipient.to),
      cc: addressList(digest.recipient.cc),
      subject: digest.subject,
      htmlBody: digest.htmlBody,
      body: digest.body,
    }));
}
