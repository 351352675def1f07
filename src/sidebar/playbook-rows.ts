// Playbooks in the preview: which task can be expanded, and the step rows an expanded task brings after it.
// Straight from the modules: the playbooks index also exports the defaults and the tab reader, which the sidebar must not bundle.
import { expandTask } from '../core/playbooks/expand';
import { matchPlaybook } from '../core/playbooks/match';
import type { Playbook } from '../core/playbooks/types';
import type { IsoDate, ParsedTask } from '../core/types';
import { parsedFields, splitOwners, stepKey, type TaskEdits } from './task-fields';
import type { TaskRow } from './view-model';

export interface PlaybookContext {
  playbooks: Playbook[];
  /** The date a task without a due date counts its steps from. */
  meetingDate: IsoDate;
}

function stepRow(parent: TaskRow, step: ParsedTask, edits: TaskEdits): TaskRow {
  return {
    task: step,
    key: stepKey(parent.key, step.text),
    edits,
    fields: { ...parsedFields(step), ...edits },
    warnings: [],
    playbook: null,
    stepOf: parent.key,
    countedFromMeeting: false,
  };
}

/**
 * Offers the matching playbook on a task not yet expanded; on an expanded one, returns its steps as
 * rows (dated from the task's current date, linked to its current objective) and dates the task
 * itself when it had no date. Step edits are looked up by the step's key.
 */
export function withPlaybookSteps(
  row: TaskRow,
  context: PlaybookContext,
  editsFor: (key: string) => TaskEdits,
): TaskRow[] {
  const { fields } = row;
  const playbook = fields.expandedWith
    ? (context.playbooks.find((candidate) => candidate.name === fields.expandedWith) ?? null)
    : null;
  if (!playbook) {
    row.playbook = fields.expandedWith ? null : matchPlaybook(fields.text, context.playbooks);
    return [row];
  }
  const task = {
    text: fields.text,
    owners: splitOwners(fields.owner),
    due: fields.due,
    priority: fields.priority,
  };
  const expanded = expandTask(task, playbook, context.meetingDate);
  const itself = expanded.findIndex((step) => step.text === fields.text);
  if (fields.due === null) {
    fields.due = expanded[itself]?.due ?? null;
    row.countedFromMeeting = true;
  }
  const steps = expanded
    .filter((_, index) => index !== itself)
    .map((step, index) => {
      const parsed: ParsedTask = {
        ...step,
        id: `${row.task.id}.${index + 1}`,
        objective: fields.objective,
        line: row.task.line,
      };
      return stepRow(row, parsed, editsFor(stepKey(row.key, step.text)));
    });
  return [row, ...steps];
}
