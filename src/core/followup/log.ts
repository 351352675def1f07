// The Follow-up log's rows (one per email sent, queued, skipped or failed) and the keys read back from them.
import { FOLLOW_UP_STRINGS, type FollowUpLogStrings } from '../i18n/followup';
import type { FollowUpLogRecord, IsoDate, Language } from '../types';
import type { Decision, Digest, SkipReason } from './types';

export type Outcome =
  | { kind: 'sent' }
  | { kind: 'queued' }
  | { kind: 'skipped'; reason: SkipReason }
  | { kind: 'replaced'; byWeek: string }
  | { kind: 'failed'; message: string };

/** What a decision means for the log when nothing has to be tried first (everything but "send"). */
export function plannedOutcome(decision: Exclude<Decision, { action: 'send' }>): Outcome {
  switch (decision.action) {
    case 'queue':
      return { kind: 'queued' };
    case 'skip':
      return { kind: 'skipped', reason: decision.reason };
    case 'replace':
      return { kind: 'replaced', byWeek: decision.by.week };
  }
}

function skipText(reason: SkipReason, week: string, strings: FollowUpLogStrings): string {
  switch (reason) {
    case 'no-email':
      return strings.noEmail;
    case 'empty':
      return strings.empty;
    case 'already-sent':
      return strings.alreadySent(week);
    case 'disabled':
      return strings.disabled;
  }
}

function resultText(digest: Digest, outcome: Outcome, strings: FollowUpLogStrings): string {
  switch (outcome.kind) {
    case 'sent':
      return strings.sentLine(digest.week, digest.recipient.cc.join(', '));
    case 'queued':
      return strings.queued(digest.week);
    case 'skipped':
      return skipText(outcome.reason, digest.week, strings);
    case 'replaced':
      return strings.replaced(digest.week, outcome.byWeek);
    case 'failed':
      return strings.failed(digest.week, outcome.message);
  }
}

/** The "To" cell: the addresses, or the person's name when there is none to send to. */
function toCell(digest: Digest): string {
  return digest.recipient.to.length ? digest.recipient.to.join(', ') : digest.recipient.name;
}

export function logRecord(
  digest: Digest,
  outcome: Outcome,
  today: IsoDate,
  language: Language,
): FollowUpLogRecord {
  return {
    sentOn: today,
    to: toCell(digest),
    overdue: digest.counts.overdue,
    dueThisWeek: digest.counts.dueSoon,
    done: digest.counts.doneRecently,
    result: resultText(digest, outcome, FOLLOW_UP_STRINGS[language].log),
  };
}

/** A run that failed before deciding anything still leaves a row, so no failure is silent. */
export function runFailedRecord(message: string, today: IsoDate, language: Language): FollowUpLogRecord {
  return {
    sentOn: today,
    to: '',
    overdue: 0,
    dueThisWeek: 0,
    done: 0,
    result: FOLLOW_UP_STRINGS[language].log.runFailed(message),
  };
}

const WEEK_IN_RESULT = /\b(\d{4}-W\d{2})\b/;
const SENT_PREFIXES = Object.values(FOLLOW_UP_STRINGS).map((strings) => `${strings.log.sent} `);

/** Keys of the emails the log says were sent, in either language: a second guard if stored keys are lost. */
export function sentKeysFromLog(log: FollowUpLogRecord[]): string[] {
  const keys: string[] = [];
  for (const row of log) {
    if (!SENT_PREFIXES.some((prefix) => row.result.startsWith(prefix))) continue;
    const week = WEEK_IN_RESULT.exec(row.result)?.[1];
    const addresses = row.to
      .split(',')
      .map((address) => address.trim().toLowerCase())
      .filter(Boolean);
    if (week && addresses.length) keys.push(`${week}|${addresses.sort().join(',')}`);
  }
  return keys;
}

interface RunTally {
  sent: number;
  queued: number;
  skipped: number;
  failed: number;
}

function tallyOutcomes(outcomes: Outcome[]): RunTally {
  const tally: RunTally = { sent: 0, queued: 0, skipped: 0, failed: 0 };
  for (const outcome of outcomes) {
    if (outcome.kind === 'sent') tally.sent += 1;
    else if (outcome.kind === 'queued') tally.queued += 1;
    else if (outcome.kind === 'failed') tally.failed += 1;
    else tally.skipped += 1;
  }
  return tally;
}

/** "2 enviados, 1 en cola, 0 omitidos": the sidebar's "last result". */
export function runSummary(outcomes: Outcome[], language: Language): string {
  return FOLLOW_UP_STRINGS[language].log.summary(tallyOutcomes(outcomes));
}
