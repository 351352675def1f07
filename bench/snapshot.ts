// A large sheet as the follow-up reads it: tasks across many owners and objectives, statuses and dates around today.
import { addDays } from '../src/core/dates/calendar';
import type {
  IsoDate,
  ObjectiveRecord,
  PersonRecord,
  Priority,
  TaskRecord,
  TaskStatus,
  WorkbookSnapshot,
} from '../src/core/types';

export interface SnapshotSize {
  tasks: number;
  owners: number;
  objectives: number;
}

const STATUSES: TaskStatus[] = ['todo', 'in-progress', 'todo', 'done', 'blocked', 'todo', 'done'];
const PRIORITIES: Array<Priority | null> = ['high', 'medium', 'low', null];

function ownerName(index: number): string {
  return `Persona ${index + 1}`;
}

function people(owners: number): PersonRecord[] {
  const team = Array.from({ length: owners }, (_, index): PersonRecord => ({
    name: ownerName(index),
    aliases: [`P${index + 1}`],
    // Some owners have no email, as in real People tabs: their digest is built and then skipped.
    email: index % 10 === 9 ? '' : `persona${index + 1}@example.com`,
    role: 'team',
  }));
  return [
    { name: 'Marta Gómez', aliases: [], email: 'marta@cliente.com', role: 'client' },
    { name: 'Sofi', aliases: ['Sofía'], email: 'sofi@va.com', role: 'assistant' },
    ...team,
  ];
}

function objective(index: number, today: IsoDate): ObjectiveRecord {
  return {
    key: `objective-${index + 1}`,
    id: `O${index + 1}`,
    text: `Objetivo ${index + 1}: llegar a ${(index + 1) * 10} clientes nuevos`,
    smart: {
      specific: true,
      measurable: true,
      achievable: null,
      realistic: null,
      timeBound: index % 3 !== 0,
    },
    due: addDays(today, 30 + index * 5),
    owners: [ownerName(index)],
    meetingDate: addDays(today, -60),
    row: index + 2,
  };
}

/** Dates from five weeks back to five weeks ahead; every 11th task has none, every 13th no owner. */
function task(index: number, today: IsoDate, size: SnapshotSize): TaskRecord {
  const status = STATUSES[index % STATUSES.length] ?? 'todo';
  const due = index % 11 === 10 ? null : addDays(today, (index % 71) - 35);
  const owners = index % 13 === 12 ? [] : [ownerName(index % size.owners)];
  return {
    key: `task-${index + 1}`,
    id: `T${index + 1}`,
    text: `Tarea ${index + 1}: revisar el pedido <${index % 97}> & confirmar`,
    objectiveId: index % 5 === 4 ? '' : `O${(index % size.objectives) + 1}`,
    owners: index % 17 === 16 ? [...owners, ownerName((index + 1) % size.owners)] : owners,
    priority: PRIORITIES[index % PRIORITIES.length] ?? null,
    due,
    status,
    completedOn: status === 'done' ? addDays(today, -(index % 14)) : null,
    meetingDate: addDays(today, -((index % 8) * 7)),
    notes: '',
    row: index + 2,
  };
}

export function largeSnapshot(size: SnapshotSize, today: IsoDate): WorkbookSnapshot {
  return {
    objectives: Array.from({ length: size.objectives }, (_, index) => objective(index, today)),
    tasks: Array.from({ length: size.tasks }, (_, index) => task(index, today, size)),
    meetings: [],
    people: people(size.owners),
    followUpLog: [],
  };
}
