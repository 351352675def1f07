// The follow-up's plain data: who gets which digest this week, what it says, and what a run does with it.
import type { IsoDate, Language, ObjectiveRecord, TaskRecord } from '../types';

/** 'client' gets every task (the VA in copy); 'owner' gets only the tasks they own. */
export type Audience = 'client' | 'owner';

/** Who an email is for: small enough to keep in a queue and rebuild the digest from fresh data later. */
export interface Recipient {
  audience: Audience;
  /** The person's name from People, or the role ("Cliente") when no one has it. */
  name: string;
  /** Lower-case addresses; empty when People has no email for them. */
  to: string[];
  cc: string[];
  /** For an owner digest: the People name and aliases their tasks are matched by (normalised). */
  ownerNames: string[];
}

export interface ObjectiveProgress {
  objective: ObjectiveRecord;
  done: number;
  total: number;
}

/** The tasks each section lists, already filtered to the recipient and sorted. */
export interface DigestSections {
  overdue: TaskRecord[];
  dueSoon: TaskRecord[];
  doneRecently: TaskRecord[];
  blocked: TaskRecord[];
  objectives: ObjectiveProgress[];
  /** Open tasks missing an owner or a due date: what the VA should complete in the sheet. */
  controls: TaskRecord[];
}

export interface SectionCounts {
  overdue: number;
  dueSoon: number;
  doneRecently: number;
  blocked: number;
  objectives: number;
  controls: number;
}

/** What the digest is about, passed in by the adapter (the core reads no clock and no spreadsheet). */
export interface DigestContext {
  /** Today in the spreadsheet's time zone. */
  today: IsoDate;
  spreadsheetUrl: string;
  spreadsheetName: string;
  /** The adapter has the Panel's progress chart to send inline as cid:progress. */
  progressImage?: boolean;
}

export interface Digest {
  recipient: Recipient;
  /** ISO week of the run ("2026-W48") plus the recipient: the same key is never sent twice. */
  key: string;
  week: string;
  language: Language;
  subject: string;
  htmlBody: string;
  body: string;
  counts: SectionCounts;
  /** Nothing overdue, due, done, blocked or to complete: sent only when asked to. */
  empty: boolean;
  /** The HTML shows the progress chart as cid:progress: the adapter attaches it inline. */
  progressImage?: boolean;
}

/** A digest that could not go for lack of quota, kept until the next run rebuilds it from fresh data. */
export interface QueuedDigest {
  week: string;
  recipient: Recipient;
}

export type SkipReason = 'no-email' | 'empty' | 'already-sent' | 'disabled';

/** What a run does with one digest; the log gets one row per decision. */
export type Decision =
  | { digest: Digest; action: 'send' }
  | { digest: Digest; action: 'queue' }
  | { digest: Digest; action: 'skip'; reason: SkipReason }
  /** A digest queued in an earlier week whose recipients get this week's digest instead. */
  | { digest: Digest; action: 'replace'; by: Digest };

export interface RunPlan {
  week: string;
  decisions: Decision[];
}
