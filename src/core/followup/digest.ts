// Builds one recipient's digest for a week: its sections, subject, HTML and text bodies, counts and dedupe key.
import type { FollowUpSettings } from '../../server/api';
import { startOfWeek } from '../dates/calendar';
import { FOLLOW_UP_STRINGS } from '../i18n/followup';
import type { TaskRecord, WorkbookSnapshot } from '../types';
import { normaliseText } from '../workbook/text';
import { humanDate } from './dates';
import { oneLine } from './escape';
import { digestFigures } from './figures';
import { digestHtml } from './html';
import { addressKey, ownsTask, recipientsOf } from './recipients';
import { digestSections, isEmptyDigest, sectionCounts } from './sections';
import { digestText } from './text';
import type { Digest, DigestContext, Recipient } from './types';
import { digestView } from './view';
import { digestWindow, isoWeekKey, type DigestWindow } from './week';

/** A snapshot prepared once per run, so 5,000 tasks are normalised once, not once per owner. */
export interface DigestSource {
  snapshot: WorkbookSnapshot;
  settings: FollowUpSettings;
  context: DigestContext;
  window: DigestWindow;
  taskOwners: Map<TaskRecord, string[]>;
}

export function digestSource(
  snapshot: WorkbookSnapshot,
  settings: FollowUpSettings,
  context: DigestContext,
): DigestSource {
  const taskOwners = new Map(snapshot.tasks.map((task) => [task, task.owners.map(normaliseText)]));
  return { snapshot, settings, context, window: digestWindow(context.today), taskOwners };
}

function dedupeKey(week: string, recipient: Recipient): string {
  return `${week}|${addressKey(recipient)}`;
}

function tasksFor(recipient: Recipient, source: DigestSource): TaskRecord[] {
  if (recipient.audience === 'client') return source.snapshot.tasks;
  return source.snapshot.tasks.filter((task) =>
    ownsTask(recipient.ownerNames, source.taskOwners.get(task) ?? []),
  );
}

/** `week` is the run's week, or the week a queued digest was first due (its key must not change). */
export function buildDigest(recipient: Recipient, week: string, source: DigestSource): Digest {
  const { snapshot, settings, context, window } = source;
  const strings = FOLLOW_UP_STRINGS[settings.language];
  const sections = digestSections(
    tasksFor(recipient, source),
    snapshot.tasks,
    snapshot.objectives,
    window,
    recipient.audience === 'owner',
  );
  const counts = sectionCounts(sections);
  const empty = isEmptyDigest(counts);
  const weekStart = humanDate(startOfWeek(context.today), strings);
  const figures = digestFigures(snapshot.tasks, context.today, settings.language);
  const progressImage = context.progressImage === true && sections.objectives.length > 0;
  const view = digestView(
    sections,
    recipient,
    { ...context, weekStart, empty, figures, progressImage },
    strings,
  );
  return {
    recipient,
    key: dedupeKey(week, recipient),
    week,
    language: settings.language,
    subject: oneLine(strings.subject(context.spreadsheetName, weekStart)),
    htmlBody: digestHtml(view),
    body: digestText(view),
    counts,
    empty,
    progressImage,
  };
}

/** This week's digests, one per recipient (including those without an email, so the log can say why). */
export function buildDigests(source: DigestSource): Digest[] {
  const week = isoWeekKey(source.context.today);
  const { people, tasks } = source.snapshot;
  return recipientsOf(people, tasks, source.settings, source.window).map((recipient) =>
    buildDigest(recipient, week, source),
  );
}
