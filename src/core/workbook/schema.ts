// Each tab described once: its columns in order, what kind of value each holds, and how wide it is shown.
import { SHEET_STRINGS, type ColumnId, type TabId } from '../i18n/sheet';
import type { Language } from '../types';

export type { ColumnId, TabId } from '../i18n/sheet';

/**
 * text: words from the notes, always stored as plain text; key: the hidden row identity;
 * status/priority/role: a dropdown; progress: our formula, shown as a percentage.
 */
export type ColumnKind =
  'text' | 'key' | 'date' | 'checkbox' | 'status' | 'priority' | 'role' | 'integer' | 'progress';

export interface ColumnSchema {
  id: ColumnId;
  kind: ColumnKind;
  /** Pixels; long text columns also wrap. */
  width: number;
}

export interface TabSchema {
  id: TabId;
  columns: ColumnSchema[];
}

const column = (id: ColumnId, kind: ColumnKind, width: number): ColumnSchema => ({ id, kind, width });
const smartBox = (id: ColumnId): ColumnSchema => column(id, 'checkbox', 32);

export const TAB_SCHEMAS: Record<TabId, TabSchema> = {
  objectives: {
    id: 'objectives',
    columns: [
      column('id', 'text', 70),
      column('objective', 'text', 320),
      smartBox('specific'),
      smartBox('measurable'),
      smartBox('achievable'),
      smartBox('realistic'),
      smartBox('timeBound'),
      column('due', 'date', 100),
      column('owner', 'text', 140),
      column('progress', 'progress', 90),
      column('meeting', 'date', 100),
      column('key', 'key', 60),
    ],
  },
  tasks: {
    id: 'tasks',
    columns: [
      column('id', 'text', 60),
      column('task', 'text', 320),
      column('objective', 'text', 80),
      column('owner', 'text', 140),
      column('priority', 'priority', 90),
      column('due', 'date', 100),
      column('status', 'status', 110),
      column('completedOn', 'date', 110),
      column('meeting', 'date', 100),
      column('notes', 'text', 240),
      column('key', 'key', 60),
    ],
  },
  meetings: {
    id: 'meetings',
    columns: [
      column('date', 'date', 100),
      column('title', 'text', 220),
      column('notes', 'text', 480),
      column('objectives', 'text', 140),
      column('tasks', 'text', 180),
      column('importedOn', 'date', 110),
      column('key', 'key', 60),
    ],
  },
  people: {
    id: 'people',
    columns: [
      column('name', 'text', 160),
      column('aliases', 'text', 180),
      column('email', 'text', 220),
      column('role', 'role', 110),
    ],
  },
  followUp: {
    id: 'followUp',
    columns: [
      column('sentOn', 'date', 100),
      column('to', 'text', 240),
      column('overdue', 'integer', 80),
      column('dueThisWeek', 'integer', 90),
      column('done', 'integer', 100),
      column('result', 'text', 320),
    ],
  },
};

/** Tabs in the order they are created, so a new spreadsheet reads left to right like the work. */
export const TAB_ORDER: TabId[] = ['objectives', 'tasks', 'meetings', 'people', 'followUp'];

export function headerOf(tab: TabId, columnId: ColumnId, language: Language): string {
  return SHEET_STRINGS[language].headers[tab][columnId] ?? columnId;
}

export function tabName(tab: TabId, language: Language): string {
  return SHEET_STRINGS[language].tabs[tab];
}

export function columnSchema(tab: TabId, columnId: ColumnId): ColumnSchema {
  const found = TAB_SCHEMAS[tab].columns.find((candidate) => candidate.id === columnId);
  if (!found) throw new Error(`No column ${columnId} on ${tab}`);
  return found;
}
