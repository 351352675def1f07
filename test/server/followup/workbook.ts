// A small plan for the emulated runs: the client, the VA, an owner with and one without an email.
import type { PersonRecord, TaskRecord, WorkbookSnapshot } from '../../../src/core/types';

export const PEOPLE: PersonRecord[] = [
  { name: 'Marta', aliases: [], email: 'marta@cliente.com', role: 'client' },
  { name: 'Sofi', aliases: [], email: 'sofi@va.com', role: 'assistant' },
  { name: 'Luis', aliases: ['Lucho'], email: 'luis@equipo.com', role: 'team' },
  { name: 'Pedro', aliases: [], email: '', role: 'team' },
];

let row = 2;

export function openTask(text: string, owners: string[], due: string | null): TaskRecord {
  row += 1;
  return {
    key: `k${row}`,
    id: `T${row}`,
    text,
    objectiveId: '',
    owners,
    priority: null,
    due,
    status: 'todo',
    completedOn: null,
    meetingDate: null,
    notes: '',
    row,
  };
}

export function plan(tasks: TaskRecord[]): Omit<WorkbookSnapshot, 'followUpLog'> {
  return { objectives: [], tasks, meetings: [], people: PEOPLE };
}
