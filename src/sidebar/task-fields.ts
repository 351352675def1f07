// What the VA can change on a task row, its parsed starting values, and the key that follows a task across parses.
import type { IsoDate, ParsedTask, Priority } from '../core/types';
import { normaliseText } from '../core/workbook/text';

/** What the VA can change on a task row; the parse only proposes these. */
export interface TaskFields {
  include: boolean;
  text: string;
  /** Owners as the VA sees them in the text box: "Ana, Luis". */
  owner: string;
  due: IsoDate | null;
  priority: Priority | null;
  objective: string | null;
  /** The playbook the VA expanded this task with, by name; its steps follow the task as rows. */
  expandedWith: string | null;
}

export type TaskEdits = Partial<TaskFields>;

/** Case, accents, spacing and list markup do not make a task a different one. */
export const taskKey = normaliseText;

/** Marks the key of a playbook step: taskKey never yields it, so a step's edits never pass for a task's. */
export const STEP_KEY_MARK = '#';

export function stepKey(parentKey: string, stepText: string): string {
  return `${parentKey}${STEP_KEY_MARK}${taskKey(stepText)}`;
}

export function parsedFields(task: ParsedTask): TaskFields {
  return {
    include: true,
    text: task.text,
    owner: task.owners.join(', '),
    due: task.due,
    priority: task.priority,
    objective: task.objective,
    expandedWith: null,
  };
}

export function splitOwners(owner: string): string[] {
  return owner
    .split(/\s*(?:,|;|\by\b|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}
