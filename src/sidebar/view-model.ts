// The preview as plain data: a parse merged with the VA's edits, the counts and the import request.
import type { ImportRequest, ImportTask } from '../server/api';
import type {
  IsoDate,
  Language,
  ParseResult,
  ParseWarning,
  ParsedObjective,
  ParsedTask,
  Priority,
  SmartFlags,
} from '../core/types';
import type { PreviewCounts } from '../core/i18n/sidebar';

/** What the VA can change on a task row; the parse only proposes these. */
export interface TaskFields {
  include: boolean;
  text: string;
  /** Owners as the VA sees them in the text box: "Ana, Luis". */
  owner: string;
  due: IsoDate | null;
  priority: Priority | null;
  objective: string | null;
}

export type TaskEdits = Partial<TaskFields>;

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
}

/** What the VA can change on an objective: tick it off, confirm the A and R the notes cannot show. */
export interface ObjectiveEdits {
  include?: boolean;
  achievable?: boolean | null;
  realistic?: boolean | null;
}

export interface ObjectiveRow {
  objective: ParsedObjective;
  key: string;
  include: boolean;
  smart: SmartFlags;
  warnings: ParseWarning[];
}

export interface PreviewModel {
  result: ParseResult;
  objectives: ObjectiveRow[];
  tasks: TaskRow[];
  /** Warnings tied to no row (no meeting date, for one). */
  generalWarnings: ParseWarning[];
}

/** Case, accents, spacing and list markup do not make a task a different one. */
export function taskKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function parsedFields(task: ParsedTask): TaskFields {
  return {
    include: true,
    text: task.text,
    owner: task.owners.join(', '),
    due: task.due,
    priority: task.priority,
    objective: task.objective,
  };
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
  const byLine = remembered.find((entry) => entry.line === line && !newKeys.has(entry.key));
  return byLine ? byLine.edits : {};
}

function objectiveRow(
  objective: ParsedObjective,
  objectiveEdits: ReadonlyMap<string, ObjectiveEdits>,
  warnings: ParseWarning[],
): ObjectiveRow {
  const key = taskKey(objective.text);
  const { include = true, ...confirmed } = objectiveEdits.get(key) ?? {};
  return { objective, key, include, smart: { ...objective.smart, ...confirmed }, warnings };
}

/** A fresh parse with the VA's earlier edits laid over it, so typing more never wipes an edit. */
export function buildPreview(
  result: ParseResult,
  remembered: RememberedEdits[],
  objectiveEdits: ReadonlyMap<string, ObjectiveEdits> = new Map(),
): PreviewModel {
  const newKeys = new Set(result.tasks.map((task) => taskKey(task.text)));
  const tasks = result.tasks.map((task): TaskRow => {
    const key = taskKey(task.text);
    const edits = findEdits(key, task.line, remembered, newKeys);
    return {
      task,
      key,
      edits,
      fields: { ...parsedFields(task), ...edits },
      warnings: warningsFor(result.warnings, task.id, task.line),
    };
  });
  const objectives = result.objectives.map((objective) =>
    objectiveRow(objective, objectiveEdits, warningsFor(result.warnings, objective.id, objective.line)),
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
): void {
  const { include, ...confirmed } = change;
  if (include !== undefined) row.include = include;
  row.smart = { ...row.smart, ...confirmed };
  objectiveEdits.set(row.key, { ...objectiveEdits.get(row.key), ...change });
}

export function splitOwners(owner: string): string[] {
  return owner
    .split(/\s*(?:,|;|\by\b|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
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
    objectives: objectives.map(({ objective: { id, text, due, owners }, smart }) => ({
      id,
      text,
      due,
      owners,
      smart,
    })),
    tasks: model.tasks.filter((row) => row.fields.include).map((row) => importTask(row, includedObjectives)),
  };
}
