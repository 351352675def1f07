// The shapes of a playbook (the steps a kind of task hides) and of a task expanded into its steps.
import type { IsoDate, Language, Priority } from '../types';

export interface PlaybookStep {
  text: string;
  /** Calendar days from the task's due date: negative before it, positive after. */
  offsetDays: number;
  /** Who does this step whatever the task says; null means the task's owners. */
  owner: string | null;
}

export interface Playbook {
  name: string;
  language: Language;
  /** Words or phrases that make a task this kind of task ("newsletter", "seminario web"). */
  triggers: string[];
  steps: PlaybookStep[];
}

/** The part of a parsed task that an expansion reads. */
export interface TaskToExpand {
  text: string;
  owners: string[];
  due: IsoDate | null;
  priority: Priority | null;
}

export type ExpandedStep = TaskToExpand;

/** A row of the Playbooks tab that could not be read, with why, in the tab's language. */
export interface PlaybookProblem {
  /** 1-based, counted in the rows given (the sheet row when the whole tab is passed). */
  row: number;
  message: string;
}
