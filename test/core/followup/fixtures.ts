// Builders for follow-up tests: tasks, objectives, people, a snapshot and settings, each with overridable fields.
import type { FollowUpSettings } from '../../../src/server/api';
import { defaultFollowUpSettings } from '../../../src/core/followup';
import { digestSource, type DigestSource } from '../../../src/core/followup/digest';
import type {
  Language,
  ObjectiveRecord,
  PersonRecord,
  TaskRecord,
  WorkbookSnapshot,
} from '../../../src/core/types';

let nextRow = 2;

export function task(fields: Partial<TaskRecord> & { text: string }): TaskRecord {
  const row = nextRow++;
  return {
    key: `key-${row}`,
    id: `T${row}`,
    objectiveId: '',
    owners: [],
    priority: null,
    due: null,
    status: 'todo',
    completedOn: null,
    meetingDate: '2026-11-02',
    notes: '',
    row,
    ...fields,
  };
}

export function objective(fields: Partial<ObjectiveRecord> & { id: string; text: string }): ObjectiveRecord {
  return {
    key: `objective-${fields.id}`,
    smart: { specific: true, measurable: true, achievable: null, realistic: null, timeBound: true },
    due: null,
    owners: [],
    meetingDate: '2026-11-02',
    row: 2,
    ...fields,
  };
}

export function person(fields: Partial<PersonRecord> & { name: string }): PersonRecord {
  return { aliases: [], email: '', role: 'team', ...fields };
}

export const CLIENT = person({ name: 'Marta Gómez', email: 'marta@cliente.com', role: 'client' });
export const ASSISTANT = person({ name: 'Sofi', email: 'sofi@va.com', role: 'assistant' });

export function snapshot(fields: Partial<WorkbookSnapshot>): WorkbookSnapshot {
  return { objectives: [], tasks: [], meetings: [], people: [CLIENT, ASSISTANT], followUpLog: [], ...fields };
}

export function settings(
  fields: Partial<FollowUpSettings> = {},
  language: Language = 'es',
): FollowUpSettings {
  return { ...defaultFollowUpSettings(language), enabled: true, ...fields };
}

/** Monday 23 November 2026 (ISO week 48). */
export const MONDAY = '2026-11-23';

export function source(
  workbook: WorkbookSnapshot,
  chosen: FollowUpSettings = settings(),
  today: string = MONDAY,
): DigestSource {
  return digestSource(workbook, chosen, {
    today,
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc123/edit',
    spreadsheetName: 'Plan de Marta',
  });
}
