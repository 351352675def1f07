// The import plan: from the tabs as read and the VA's confirmed request, the rows to write and what to tell the VA.
import { SHEET_STRINGS, type SheetStrings } from '../i18n/sheet';
import type { ImportObjective, ImportRequest, ImportResult, ImportTask } from '../../server/api';
import type { IsoDate, Language, SmartFlags } from '../types';
import { idCounter, lastIdOf, type NumberedTab } from './ids';
import { itemKey, meetingKey } from './keys';
import type { TabLayout, WorkbookLayout } from './layout';
import { meetingKeyOf, rowKeyOf, rowReaders } from './records';
import { joinOwners } from './text';
import { appendWrite, rowsWrite, type RowCells, type TabWrite } from './writes';

/** A cell holds at most 50,000 characters; longer notes are cut, marked, and the VA is told. */
export const CELL_LIMIT = 50_000;
const CUT_MARK = ' […]';

export interface ImportPlan {
  writes: TabWrite[];
  /** Objective rows once written, so every one gets its progress formula. */
  objectiveRowCount: number;
  lastIds: Record<NumberedTab, number>;
  result: ImportResult;
}

interface RequestItem {
  id: string;
  text: string;
  owners: string[];
}

interface ItemOutcome<T> {
  /** Request-local id → sheet id ("O1" → "OBJ-4"), for new and already-known items alike. */
  sheetIds: Map<string, string>;
  rows: RowCells[];
  addedItems: T[];
  existing: number;
  lastId: number;
}

type NumberedLayout = TabLayout & { tab: NumberedTab };

/** Shared by objectives and tasks: a known key maps to its sheet id, a new key gets the next id and a row. */
function planItems<T extends RequestItem>(
  layout: NumberedLayout,
  meetingDate: IsoDate,
  items: T[],
  cellsOf: (item: T, sheetId: string) => RowCells,
): ItemOutcome<T> {
  const textColumn = layout.tab === 'objectives' ? 'objective' : 'task';
  const known = new Map(
    rowReaders(layout).map((reader) => [rowKeyOf(reader, textColumn), reader.text('id')]),
  );
  const counter = idCounter(layout.tab, lastIdOf(layout));
  const outcome: ItemOutcome<T> = { sheetIds: new Map(), rows: [], addedItems: [], existing: 0, lastId: 0 };
  for (const item of items) {
    const key = itemKey(meetingDate, item.text, item.owners);
    const sheetId = known.get(key) ?? counter.next();
    outcome.sheetIds.set(item.id, sheetId);
    if (known.has(key)) {
      outcome.existing++;
      continue;
    }
    known.set(key, sheetId);
    outcome.rows.push({
      ...cellsOf(item, sheetId),
      id: sheetId,
      owner: joinOwners(item.owners),
      meeting: meetingDate,
      key,
    });
    outcome.addedItems.push(item);
  }
  outcome.lastId = counter.last();
  return outcome;
}

function smartCells(smart: SmartFlags): RowCells {
  return {
    specific: smart.specific,
    measurable: smart.measurable,
    achievable: smart.achievable === true,
    realistic: smart.realistic === true,
    timeBound: smart.timeBound,
  };
}

/** What the note on a new objective's cell says is missing for it to be SMART (A and R are asked in the sidebar). */
function smartNote(smart: SmartFlags, strings: SheetStrings): string {
  const missing = strings.messages.smartMissing;
  return [
    !smart.specific && missing.specific,
    !smart.measurable && missing.measurable,
    !smart.timeBound && missing.timeBound,
  ]
    .filter(Boolean)
    .join(' ');
}

function clipToCell(text: string): string {
  return text.length <= CELL_LIMIT ? text : text.slice(0, CELL_LIMIT - CUT_MARK.length) + CUT_MARK;
}

/** The meeting's row: appended the first time, rewritten in place (the client's columns kept) on a re-import. */
function meetingWrite(layout: TabLayout, cells: RowCells): { write: TabWrite; added: boolean } {
  const existing = rowReaders(layout).find((reader) => meetingKeyOf(reader) === cells.key);
  if (!existing) return { write: appendWrite(layout, [cells]) as TabWrite, added: true };
  return { write: rowsWrite(layout, existing.row, [cells], false), added: false };
}

function summary(language: Language, counts: ImportResult, notesCut: boolean): string {
  const messages = SHEET_STRINGS[language].messages;
  const parts = [messages.objectivesAdded(counts.objectivesAdded), messages.tasksAdded(counts.tasksAdded)];
  const existing = counts.objectivesExisting + counts.tasksExisting;
  if (existing > 0) parts.push(messages.alreadyInSheet(existing));
  parts.push(counts.meetingAdded ? messages.meetingSaved : messages.meetingAlreadySaved);
  const sentence = parts.join(', ');
  const text = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
  return notesCut ? `${text} ${messages.notesTruncated(CELL_LIMIT)}` : text;
}

const idList = (sheetIds: Map<string, string>): string =>
  clipToCell([...new Set(sheetIds.values())].join(', '));

function planObjectives(layout: WorkbookLayout, request: ImportRequest): ItemOutcome<ImportObjective> {
  return planItems(layout.objectives as NumberedLayout, request.meeting.date, request.objectives, (item) => ({
    objective: item.text,
    ...smartCells(item.smart),
    due: item.due,
  }));
}

function planTasks(
  layout: WorkbookLayout,
  request: ImportRequest,
  objectiveIds: Map<string, string>,
  strings: SheetStrings,
): ItemOutcome<ImportTask> {
  return planItems(layout.tasks as NumberedLayout, request.meeting.date, request.tasks, (item) => ({
    task: item.text,
    objective: (item.objective && objectiveIds.get(item.objective)) || '',
    priority: item.priority ? strings.priorities[item.priority] : '',
    due: item.due,
    status: strings.statuses.todo,
  }));
}

function objectiveAppend(
  layout: WorkbookLayout,
  objectives: ItemOutcome<ImportObjective>,
  strings: SheetStrings,
): TabWrite | null {
  const write = appendWrite(layout.objectives, objectives.rows);
  if (write)
    write.notes = {
      columnId: 'objective',
      values: objectives.addedItems.map((item) => smartNote(item.smart, strings)),
    };
  return write;
}

/** `layout` must have every tab and column in place (missing ones appended first). */
export function planImport(
  layout: WorkbookLayout,
  request: ImportRequest,
  today: IsoDate,
  language: Language,
): ImportPlan {
  const strings = SHEET_STRINGS[language];
  const { meeting } = request;
  const objectives = planObjectives(layout, request);
  const tasks = planTasks(layout, request, objectives.sheetIds, strings);
  const notes = clipToCell(meeting.notes);
  const meetingPlan = meetingWrite(layout.meetings, {
    date: meeting.date,
    title: meeting.title,
    notes,
    objectives: idList(objectives.sheetIds),
    tasks: idList(tasks.sheetIds),
    importedOn: today,
    key: meetingKey(meeting.date, meeting.title),
  });
  const taskAppend = appendWrite(layout.tasks, tasks.rows);
  const firstTaskRow = taskAppend?.blocks[0]?.firstRow ?? 0;
  const result: ImportResult = {
    objectivesAdded: objectives.addedItems.length,
    objectivesExisting: objectives.existing,
    tasksAdded: tasks.addedItems.length,
    tasksExisting: tasks.existing,
    meetingAdded: meetingPlan.added,
    tasksSheet: layout.tasks.sheetName ?? strings.tabs.tasks,
    addedRows: tasks.rows.map((_, index) => firstTaskRow + index),
    message: '',
  };
  result.message = summary(language, result, notes !== meeting.notes);
  return {
    writes: [objectiveAppend(layout, objectives, strings), taskAppend, meetingPlan.write].filter(
      (write): write is TabWrite => write !== null,
    ),
    objectiveRowCount: layout.objectives.rows.length + objectives.addedItems.length,
    lastIds: { objectives: objectives.lastId, tasks: tasks.lastId },
    result,
  };
}
