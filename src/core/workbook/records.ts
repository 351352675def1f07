// Reads the tabs' rows into the plain records of the snapshot, whatever order the columns are in.
import type {
  FollowUpLogRecord,
  MeetingRecord,
  ObjectiveRecord,
  PersonRecord,
  TaskRecord,
  WorkbookSnapshot,
} from '../types';
import {
  checkedOf,
  dateOf,
  integerOf,
  isBlankRow,
  priorityOf,
  roleOf,
  statusOf,
  textOf,
  type CellValue,
} from './cells';
import { itemKey, meetingKey } from './keys';
import { FIRST_DATA_ROW, type TabLayout, type WorkbookLayout } from './layout';
import type { ColumnId } from './schema';
import { splitOwners } from './text';

/** One data row with its cells looked up by column id. */
export interface RowReader {
  row: number;
  cell(columnId: ColumnId): CellValue;
  text(columnId: ColumnId): string;
}

export function rowReaders(layout: TabLayout): RowReader[] {
  const readers: RowReader[] = [];
  layout.rows.forEach((values, index) => {
    if (isBlankRow(values)) return;
    const cell = (columnId: ColumnId): CellValue => {
      const column = layout.columns[columnId];
      return column === undefined ? null : (values[column] ?? null);
    };
    readers.push({ row: index + FIRST_DATA_ROW, cell, text: (columnId) => textOf(cell(columnId)).trim() });
  });
  return readers;
}

/** A row whose Key cell was emptied (or whose Key column was deleted) gets the key its content gives. */
export function rowKeyOf(reader: RowReader, textColumn: ColumnId): string {
  return (
    reader.text('key') ||
    itemKey(dateOf(reader.cell('meeting')), reader.text(textColumn), splitOwners(reader.text('owner')))
  );
}

export function meetingKeyOf(reader: RowReader): string {
  const date = dateOf(reader.cell('date'));
  return reader.text('key') || (date ? meetingKey(date, reader.text('title')) : '');
}

function objectiveOf(reader: RowReader): ObjectiveRecord {
  const unlessUnchecked = (columnId: ColumnId): boolean | null =>
    checkedOf(reader.cell(columnId)) ? true : null;
  return {
    key: rowKeyOf(reader, 'objective'),
    id: reader.text('id'),
    text: reader.text('objective'),
    smart: {
      specific: checkedOf(reader.cell('specific')),
      measurable: checkedOf(reader.cell('measurable')),
      // A and R are confirmed with the client: unchecked means "not asked yet", not "no".
      achievable: unlessUnchecked('achievable'),
      realistic: unlessUnchecked('realistic'),
      timeBound: checkedOf(reader.cell('timeBound')),
    },
    due: dateOf(reader.cell('due')),
    owners: splitOwners(reader.text('owner')),
    meetingDate: dateOf(reader.cell('meeting')),
    row: reader.row,
  };
}

function taskOf(reader: RowReader): TaskRecord {
  return {
    key: rowKeyOf(reader, 'task'),
    id: reader.text('id'),
    text: reader.text('task'),
    objectiveId: reader.text('objective'),
    owners: splitOwners(reader.text('owner')),
    priority: priorityOf(reader.cell('priority')),
    due: dateOf(reader.cell('due')),
    status: statusOf(reader.cell('status')) ?? 'todo',
    completedOn: dateOf(reader.cell('completedOn')),
    meetingDate: dateOf(reader.cell('meeting')),
    notes: reader.text('notes'),
    row: reader.row,
  };
}

function meetingOf(reader: RowReader): MeetingRecord | null {
  const date = dateOf(reader.cell('date'));
  if (!date) return null;
  return {
    date,
    title: reader.text('title'),
    notes: textOf(reader.cell('notes')),
    importedOn: dateOf(reader.cell('importedOn')),
  };
}

function personOf(reader: RowReader): PersonRecord | null {
  const name = reader.text('name');
  if (!name) return null;
  return {
    name,
    aliases: splitOwners(reader.text('aliases')),
    email: reader.text('email'),
    role: roleOf(reader.cell('role')) ?? 'team',
  };
}

function followUpOf(reader: RowReader): FollowUpLogRecord | null {
  const sentOn = dateOf(reader.cell('sentOn'));
  if (!sentOn) return null;
  return {
    sentOn,
    to: reader.text('to'),
    overdue: integerOf(reader.cell('overdue')),
    dueThisWeek: integerOf(reader.cell('dueThisWeek')),
    done: integerOf(reader.cell('done')),
    result: reader.text('result'),
  };
}

const isPresent = <T>(value: T | null): value is T => value !== null;

export function snapshotOf(layout: WorkbookLayout): WorkbookSnapshot {
  return {
    objectives: rowReaders(layout.objectives).map(objectiveOf),
    tasks: rowReaders(layout.tasks).map(taskOf),
    meetings: rowReaders(layout.meetings).map(meetingOf).filter(isPresent),
    people: rowReaders(layout.people).map(personOf).filter(isPresent),
    followUpLog: rowReaders(layout.followUp).map(followUpOf).filter(isPresent),
  };
}
