// The preview as plain data: a parse merged with the VA's edits, the counts and the import request.
import type { ImportRequest, ImportTask } from '../server/api';
import type {
  IsoDate,
  Language,
  ParseResult,
  ParseWarning,
  ParsedObjective,
  ParsedTask,
  SmartFlags,
} from '../core/types';
import type { PreviewCounts } from '../core/i18n/sidebar';
import type { Playbook } from '../core/playbooks';
import { coachObjective, splitDeadline, type ObjectiveCoaching } from '../core/coach';
import { smartFlags } from '../core/smart';
import { withPlaybookSteps, type PlaybookContext } from './playbook-rows';
import {
  STEP_KEY_MARK,
  parsedFields,
  splitOwners,
  taskKey,
  type TaskEdits,
  type TaskFields,
} from './task-fields';

export { parsedFields, splitOwners, taskKey, type TaskEdits, type TaskFields };

/** The VA's edits to one task, remembered by the parsed text (and line, for a line being retyped). */
export interface RememberedEdits {
  key: string;
  line: number;
  edits: TaskEdits;
}

export interface TaskRow {
  task: ParsedTask;
  key: string;
  /** The remembered edits this row took (the same object as in the list), so a new edit replaces them. */
  edits: TaskEdits;
  fields: TaskFields;
  warnings: ParseWarning[];
  /** The playbook the VA can expand this task with (none once expanded, and none on a step). */
  playbook: Playbook | null;
  /** On a playbook step: the key of the task it was expanded from. */
  stepOf: string | null;
  /** The task had no date: its steps, and now its date, count from the meeting. */
  countedFromMeeting: boolean;
}

/** What the VA can change on an objective: tick it off, confirm the A and R the notes cannot show. */
export interface ObjectiveEdits {
  include?: boolean;
  achievable?: boolean | null;
  realistic?: boolean | null;
  /** The wording the VA chose (the coach's rewrite, blanks filled or not). */
  text?: string;
  /** The "How to improve it" section is open. */
  coachOpen?: boolean;
}

export interface ObjectiveRow {
  objective: ParsedObjective;
  key: string;
  include: boolean;
  /** The objective's text as it will be inserted: the parsed one or the VA's wording. */
  text: string;
  smart: SmartFlags;
  coaching: ObjectiveCoaching;
  coachOpen: boolean;
  warnings: ParseWarning[];
  /** The notes' language, the coach's and the re-read's. */
  language: Language;
}

export interface PreviewModel {
  result: ParseResult;
  objectives: ObjectiveRow[];
  tasks: TaskRow[];
  /** Warnings tied to no row (no meeting date, for one). */
  generalWarnings: ParseWarning[];
}

function warningsFor(warnings: ParseWarning[], id: string, line: number): ParseWarning[] {
  return warnings.filter((warning) => (warning.item ? warning.item === id : warning.line === line));
}

/** By text first; a line whose text changed keeps its edits only when no other task claims them. */
function findEdits(
  key: string,
  line: number,
  remembered: RememberedEdits[],
  newKeys: Set<string>,
): TaskEdits {
  const byKey = remembered.find((entry) => entry.key === key);
  if (byKey) return byKey.edits;
  const byLine = remembered.find(
    (entry) => entry.line === line && !newKeys.has(entry.key) && !entry.key.includes(STEP_KEY_MARK),
  );
  return byLine ? byLine.edits : {};
}

/** S, M and T of the wording the VA chose, read as the parser reads them; a deadline typed into it counts. */
function rereadFlags(objective: ParsedObjective, text: string, language: Language): SmartFlags {
  const { goal, deadline } = splitDeadline(text, language);
  return smartFlags({ text: goal, dueText: deadline ?? objective.dueText ?? null, language });
}

function coached(row: Omit<ObjectiveRow, 'coaching'>, language: Language): ObjectiveRow {
  const { objective, text, smart } = row;
  return {
    ...row,
    coaching: coachObjective({ text, due: objective.due, dueText: objective.dueText, smart }, language),
  };
}

function objectiveRow(
  objective: ParsedObjective,
  edits: ObjectiveEdits,
  warnings: ParseWarning[],
  language: Language,
): ObjectiveRow {
  const { include = true, coachOpen = false, text, achievable, realistic } = edits;
  const flags = text === undefined ? objective.smart : rereadFlags(objective, text, language);
  const confirmed = {
    achievable: achievable === undefined ? flags.achievable : achievable,
    realistic: realistic === undefined ? flags.realistic : realistic,
  };
  const key = taskKey(objective.text);
  const row = { objective, key, include, text: text ?? objective.text, smart: { ...flags, ...confirmed } };
  return coached({ ...row, coachOpen, warnings, language }, language);
}

function taskRow(
  task: ParsedTask,
  remembered: RememberedEdits[],
  newKeys: Set<string>,
  warnings: ParseWarning[],
): TaskRow {
  const key = taskKey(task.text);
  const edits = findEdits(key, task.line, remembered, newKeys);
  return {
    task,
    key,
    edits,
    fields: { ...parsedFields(task), ...edits },
    warnings: warningsFor(warnings, task.id, task.line),
    playbook: null,
    stepOf: null,
    countedFromMeeting: false,
  };
}

/** A fresh parse with the VA's earlier edits laid over it, so typing more never wipes an edit. */
export function buildPreview(
  result: ParseResult,
  remembered: RememberedEdits[],
  objectiveEdits: ReadonlyMap<string, ObjectiveEdits> = new Map(),
  playbooks: PlaybookContext = { playbooks: [], meetingDate: result.meetingDate ?? '' },
): PreviewModel {
  const newKeys = new Set(result.tasks.map((task) => taskKey(task.text)));
  const stepEdits = (key: string): TaskEdits => remembered.find((entry) => entry.key === key)?.edits ?? {};
  const tasks = result.tasks.flatMap((task) =>
    withPlaybookSteps(taskRow(task, remembered, newKeys, result.warnings), playbooks, stepEdits),
  );
  const objectives = result.objectives.map((objective) =>
    objectiveRow(
      objective,
      objectiveEdits.get(taskKey(objective.text)) ?? {},
      warningsFor(result.warnings, objective.id, objective.line),
      result.language,
    ),
  );
  const rowLines = new Set([
    ...tasks.map((row) => row.task.line),
    ...objectives.map((row) => row.objective.line),
  ]);
  // Empty notes already read as the preview's empty message.
  const generalWarnings = result.warnings.filter(
    (warning) => !warning.item && !rowLines.has(warning.line) && warning.code !== 'empty-notes',
  );
  return { result, objectives, tasks, generalWarnings };
}

/** Records one field the VA changed (on the row too), so the next parse can lay it back. */
export function rememberEdit<K extends keyof TaskFields>(
  remembered: RememberedEdits[],
  row: TaskRow,
  field: K,
  value: TaskFields[K],
): RememberedEdits[] {
  row.fields[field] = value;
  // The entry this row took may sit under its old text (a line being retyped): it is replaced, not kept beside.
  const others = remembered.filter((entry) => entry.key !== row.key && entry.edits !== row.edits);
  row.edits = { ...row.edits, [field]: value };
  return [...others, { key: row.key, line: row.task.line, edits: row.edits }];
}

/** Records a change to an objective (on the row too), so the next parse keeps it. */
export function editObjective(
  objectiveEdits: Map<string, ObjectiveEdits>,
  row: ObjectiveRow,
  change: ObjectiveEdits,
): ObjectiveRow {
  const edits = { ...objectiveEdits.get(row.key), ...change };
  objectiveEdits.set(row.key, edits);
  const updated = objectiveRow(row.objective, edits, row.warnings, row.language);
  Object.assign(row, updated);
  return row;
}

export function countPreview(model: PreviewModel): PreviewCounts {
  const included = model.tasks.filter((row) => row.fields.include);
  return {
    objectives: model.objectives.filter((row) => row.include).length,
    tasks: included.length,
    withoutOwner: included.filter((row) => splitOwners(row.fields.owner).length === 0).length,
  };
}

function importTask(row: TaskRow, includedObjectives: Set<string>): ImportTask {
  const objective = row.fields.objective;
  return {
    id: row.task.id,
    text: row.fields.text.trim() || row.task.text,
    owners: splitOwners(row.fields.owner),
    due: row.fields.due,
    priority: row.fields.priority,
    objective: objective && includedObjectives.has(objective) ? objective : null,
  };
}

export interface MeetingFields {
  date: IsoDate;
  title: string;
  notes: string;
}

/** Only what the VA left ticked, with the values as edited; links to unticked objectives are dropped. */
export function buildImportRequest(
  model: PreviewModel,
  meeting: MeetingFields,
  language: Language,
): ImportRequest {
  const objectives = model.objectives.filter((row) => row.include);
  const includedObjectives = new Set(objectives.map((row) => row.objective.id));
  return {
    meeting,
    language,
    objectives: objectives.map(({ objective: { id, text: parsedText, due, owners }, text, smart }) => ({
      id,
      // A wording the VA emptied gives the notes' wording back.
      text: text.trim() || parsedText,
      due,
      owners,
      smart,
    })),
    tasks: model.tasks.filter((row) => row.fields.include).map((row) => importTask(row, includedObjectives)),
  };
}
