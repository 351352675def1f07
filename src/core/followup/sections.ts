// Sorts a recipient's tasks into the digest's sections and measures each objective's progress.
import { compareIsoDates } from '../dates/calendar';
import type { ObjectiveRecord, TaskRecord } from '../types';
import type { DigestSections, ObjectiveProgress, SectionCounts } from './types';
import type { DigestWindow } from './week';

function isWithin(date: string | null, from: string, until: string): date is string {
  return date !== null && date >= from && date <= until;
}

/** Earliest date first, undated last, then sheet order, so the most urgent line leads every section. */
function byDate(dateOf: (task: TaskRecord) => string | null) {
  return (first: TaskRecord, second: TaskRecord): number => {
    const firstDate = dateOf(first);
    const secondDate = dateOf(second);
    if (firstDate !== secondDate) {
      if (firstDate === null) return 1;
      if (secondDate === null) return -1;
      return compareIsoDates(firstDate, secondDate);
    }
    return first.row - second.row;
  };
}

const byDue = byDate((task) => task.due);
/** Latest completion first: what was just done is the news. */
const byLatestCompletion = (first: TaskRecord, second: TaskRecord): number =>
  byDate((task) => task.completedOn)(second, first);

/** Where an open task is listed: blocked wins over overdue, so no task shows twice in the plan's sections. */
function openSection(task: TaskRecord, window: DigestWindow): 'blocked' | 'overdue' | 'dueSoon' | null {
  if (task.status === 'blocked') return 'blocked';
  if (task.due !== null && task.due < window.today) return 'overdue';
  if (isWithin(task.due, window.today, window.dueSoonUntil)) return 'dueSoon';
  return null;
}

function objectiveProgress(objectives: ObjectiveRecord[], allTasks: TaskRecord[]): ObjectiveProgress[] {
  const tally = new Map<string, { done: number; total: number }>();
  for (const task of allTasks) {
    if (!task.objectiveId) continue;
    const counts = tally.get(task.objectiveId) ?? { done: 0, total: 0 };
    counts.total += 1;
    if (task.status === 'done') counts.done += 1;
    tally.set(task.objectiveId, counts);
  }
  return objectives.map((objective) => ({
    objective,
    ...(tally.get(objective.id) ?? { done: 0, total: 0 }),
  }));
}

/**
 * `tasks` are the recipient's; `allTasks` measure progress, since an objective's progress is the whole
 * team's. An owner sees only the objectives their tasks serve.
 */
export function digestSections(
  tasks: TaskRecord[],
  allTasks: TaskRecord[],
  objectives: ObjectiveRecord[],
  window: DigestWindow,
  ownerOnly: boolean,
): DigestSections {
  const sections: DigestSections = {
    overdue: [],
    dueSoon: [],
    doneRecently: [],
    blocked: [],
    objectives: [],
    controls: [],
  };
  for (const task of tasks) {
    if (task.status === 'done') {
      if (isWithin(task.completedOn, window.doneSince, window.today)) sections.doneRecently.push(task);
      continue;
    }
    const section = openSection(task, window);
    if (section) sections[section].push(task);
    if (task.owners.length === 0 || task.due === null) sections.controls.push(task);
  }
  sections.overdue.sort(byDue);
  sections.dueSoon.sort(byDue);
  sections.blocked.sort(byDue);
  sections.controls.sort(byDue);
  sections.doneRecently.sort(byLatestCompletion);
  const servedObjectives = new Set(tasks.map((task) => task.objectiveId));
  const shown = ownerOnly ? objectives.filter((objective) => servedObjectives.has(objective.id)) : objectives;
  sections.objectives = objectiveProgress(shown, allTasks);
  return sections;
}

export function sectionCounts(sections: DigestSections): SectionCounts {
  return {
    overdue: sections.overdue.length,
    dueSoon: sections.dueSoon.length,
    doneRecently: sections.doneRecently.length,
    blocked: sections.blocked.length,
    objectives: sections.objectives.length,
    controls: sections.controls.length,
  };
}

/** Objectives alone are not news: a digest with no task in any section says nothing worth an email. */
export function isEmptyDigest(counts: SectionCounts): boolean {
  return counts.overdue + counts.dueSoon + counts.doneRecently + counts.blocked + counts.controls === 0;
}
