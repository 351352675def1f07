// What a digest says, as plain lines: the HTML and the text bodies both render this one model.
import type { FollowUpSectionTitles, FollowUpStrings } from '../i18n/followup';
import { joinOwners } from '../workbook/text';
import type { IsoDate, TaskRecord } from '../types';
import { humanDate } from './dates';
import type { ViewFigure } from './figures';
import type { DigestSections, ObjectiveProgress, Recipient } from './types';

/** Gmail clips a message past ~100 KB; a long section ends with "and N more: see the sheet". */
export const MAX_LINES_PER_SECTION = 25;

export type SectionId = keyof FollowUpSectionTitles;

export interface ViewLine {
  text: string;
  details: string[];
  progress?: { done: number; total: number };
}

export interface ViewSection {
  id: SectionId;
  title: string;
  count: number;
  lines: ViewLine[];
  /** "and 12 more: see the sheet" when the cap left lines out. */
  more: string | null;
}

export interface DigestView {
  heading: string;
  intro: string;
  greeting: string | null;
  /** The Panel's figures, at the top. */
  figures: ViewFigure[];
  /** The progress chart inline, with its numbers as the alt text; null when there is no chart to send. */
  progressImage: { cid: string; alt: string } | null;
  sections: ViewSection[];
  /** Shown instead of sections when there is nothing to say. */
  nothing: string | null;
  link: { label: string; url: string };
}

interface DetailContext {
  strings: FollowUpStrings;
  today: IsoDate;
}

type TaskDetail = (task: TaskRecord, context: DetailContext) => string | null;

const owners: TaskDetail = (task, { strings }) => joinOwners(task.owners) || strings.noOwner;
const priority: TaskDetail = (task, { strings }) =>
  task.priority ? strings.priorities[task.priority] : null;
/** "vence" or "venció": a blocked or incomplete task may be past its date. */
const due: TaskDetail = (task, { strings, today }) => {
  if (!task.due) return null;
  const date = humanDate(task.due, strings);
  return task.due < today ? strings.wasDueOn(date) : strings.dueOn(date);
};
const doneOn: TaskDetail = (task, { strings }) =>
  task.completedOn ? strings.doneOn(humanDate(task.completedOn, strings)) : null;
const dueOrMissing: TaskDetail = (task, context) => due(task, context) ?? context.strings.noDate;

const TASK_DETAILS: Record<Exclude<SectionId, 'objectives'>, TaskDetail[]> = {
  overdue: [owners, due, priority],
  dueSoon: [owners, due, priority],
  doneRecently: [owners, doneOn],
  blocked: [owners, due, priority],
  controls: [owners, dueOrMissing],
};

function taskLine(task: TaskRecord, details: TaskDetail[], context: DetailContext): ViewLine {
  const parts = details
    .map((detail) => detail(task, context))
    .filter((part): part is string => Boolean(part));
  return { text: task.text, details: parts };
}

function objectiveLine(progress: ObjectiveProgress, strings: FollowUpStrings): ViewLine {
  const { objective, done, total } = progress;
  const due = objective.due ? strings.dueOn(humanDate(objective.due, strings)) : null;
  const tally = total ? strings.progress(done, total) : strings.noTasks;
  return {
    text: objective.text,
    details: due ? [due, tally] : [tally],
    ...(total ? { progress: { done, total } } : {}),
  };
}

function section<T>(
  id: SectionId,
  items: T[],
  line: (item: T) => ViewLine,
  strings: FollowUpStrings,
): ViewSection {
  const shown = items.slice(0, MAX_LINES_PER_SECTION);
  const hidden = items.length - shown.length;
  return {
    id,
    title: strings.sections[id],
    count: items.length,
    lines: shown.map(line),
    more: hidden ? strings.more(hidden) : null,
  };
}

/** "Avance: Lanzar la web 50 %; …": what the chart shows, for mail clients that block images. */
function progressAlt(objectives: ObjectiveProgress[], strings: FollowUpStrings): string {
  const parts = objectives.map(
    ({ objective, done, total }) => `${objective.text} ${total ? Math.round((100 * done) / total) : 0} %`,
  );
  return `${strings.sections.objectives}: ${parts.join('; ')}`;
}

const TASK_SECTION_ORDER = ['overdue', 'dueSoon', 'blocked', 'doneRecently'] as const;

export function digestView(
  sections: DigestSections,
  recipient: Recipient,
  header: {
    today: IsoDate;
    weekStart: string;
    spreadsheetName: string;
    spreadsheetUrl: string;
    empty: boolean;
    figures: ViewFigure[];
    progressImage: boolean;
  },
  strings: FollowUpStrings,
): DigestView {
  const context = { strings, today: header.today };
  const built = [
    ...TASK_SECTION_ORDER.map((id) =>
      section(id, sections[id], (task) => taskLine(task, TASK_DETAILS[id], context), strings),
    ),
    section('objectives', sections.objectives, (progress) => objectiveLine(progress, strings), strings),
    section('controls', sections.controls, (task) => taskLine(task, TASK_DETAILS.controls, context), strings),
  ];
  return {
    heading: strings.heading,
    intro: strings.intro(header.weekStart, header.spreadsheetName),
    greeting: recipient.audience === 'owner' ? strings.ownerIntro(recipient.name) : null,
    figures: header.figures,
    progressImage: header.progressImage
      ? { cid: 'progress', alt: progressAlt(sections.objectives, strings) }
      : null,
    sections: built.filter((candidate) => candidate.count > 0),
    nothing: header.empty ? strings.nothingThisWeek : null,
    link: { label: strings.openSheet, url: header.spreadsheetUrl },
  };
}
