// Turns one task into the dated steps its playbook lists, the task itself among them.
import { addDays } from '../dates/calendar';
import type { IsoDate } from '../types';
import { splitOwners } from '../workbook/text';
import type { ExpandedStep, Playbook, PlaybookStep, TaskToExpand } from './types';

interface PlacedStep {
  offsetDays: number;
  step: ExpandedStep;
}

/**
 * The date every offset counts from. With a due date, that date. Without one, the schedule starts
 * on the meeting date: the earliest step falls on it and every step keeps its distance from the
 * task, so nothing lands in the past and the task gets the date its preparation implies (the
 * preview says so with PLAYBOOK_STRINGS[language].countedFromMeeting).
 */
function anchorDate(task: TaskToExpand, playbook: Playbook, meetingDate: IsoDate): IsoDate {
  if (task.due !== null) return task.due;
  const earliestOffset = Math.min(0, ...playbook.steps.map((step) => step.offsetDays));
  return addDays(meetingDate, -earliestOffset);
}

function stepOf(step: PlaybookStep, task: TaskToExpand, anchor: IsoDate): ExpandedStep {
  const defaultOwners = step.owner === null ? [] : splitOwners(step.owner);
  return {
    text: step.text,
    owners: defaultOwners.length > 0 ? defaultOwners : [...task.owners],
    due: addDays(anchor, step.offsetDays),
    // Preparation shares the task's urgency: a late step makes the task late.
    priority: task.priority,
  };
}

/**
 * The task and its playbook's steps in date order, each due `offsetDays` calendar days from the
 * task's due date (or from the anchor above when it has none); the task keeps its text, owners and
 * priority, and comes first among the steps of its own day. A step's owner is its default owner,
 * else the task's owners. `reference` is the meeting date, a valid YYYY-MM-DD.
 */
export function expandTask(task: TaskToExpand, playbook: Playbook, reference: IsoDate): ExpandedStep[] {
  const anchor = anchorDate(task, playbook, reference);
  const placed: PlacedStep[] = [
    {
      offsetDays: 0,
      step: { text: task.text, owners: [...task.owners], due: anchor, priority: task.priority },
    },
    ...playbook.steps.map((step) => ({ offsetDays: step.offsetDays, step: stepOf(step, task, anchor) })),
  ];
  // Array sort is stable, so steps of the same day keep the playbook's order.
  return placed.sort((a, b) => a.offsetDays - b.offsetDays).map(({ step }) => step);
}
