// Where each column of the Playbooks tab is: found by its header in either language, else in the order the tab is created with.
import { PLAYBOOK_STRINGS } from '../i18n/playbooks';
import type { Language } from '../types';
import { normaliseText } from '../workbook/text';
import { cellText } from './cells';

export type PlaybookColumn = 'name' | 'triggers' | 'step' | 'days' | 'owner';

export const PLAYBOOK_COLUMNS: PlaybookColumn[] = ['name', 'triggers', 'step', 'days', 'owner'];

const REQUIRED_COLUMNS: PlaybookColumn[] = ['name', 'step', 'days'];

export const PLAYBOOK_HEADERS: Record<Language, string[]> = {
  es: [...PLAYBOOK_STRINGS.es.headers],
  en: [...PLAYBOOK_STRINGS.en.headers],
};

export type ColumnIndex = Record<PlaybookColumn, number | null>;

export interface ColumnLayout {
  columns: ColumnIndex;
  /** Index of the first row that may hold data: after the header row, or 0 when there is none. */
  dataStart: number;
  /** Required columns the header row lacks, in `language`. */
  missing: string[];
}

const POSITIONAL: ColumnIndex = { name: 0, triggers: 1, step: 2, days: 3, owner: 4 };

function columnOfHeader(cell: unknown): PlaybookColumn | null {
  const header = normaliseText(cellText(cell) ?? '');
  for (const headers of Object.values(PLAYBOOK_HEADERS)) {
    const index = headers.findIndex((label) => normaliseText(label) === header);
    if (index >= 0) return PLAYBOOK_COLUMNS[index] ?? null;
  }
  return null;
}

function headerColumns(row: unknown[]): ColumnIndex {
  const columns: ColumnIndex = { name: null, triggers: null, step: null, days: null, owner: null };
  row.forEach((cell, index) => {
    const column = columnOfHeader(cell);
    if (column && columns[column] === null) columns[column] = index;
  });
  return columns;
}

function isBlank(row: unknown[]): boolean {
  return row.every((cell) => cellText(cell) === '');
}

/** The first non-blank row is the header row when it holds two or more of our headers; else every row is data. */
export function columnLayout(rows: unknown[][], language: Language): ColumnLayout {
  const headerIndex = rows.findIndex((row) => !isBlank(row));
  const columns = headerColumns(rows[headerIndex] ?? []);
  const found = PLAYBOOK_COLUMNS.filter((column) => columns[column] !== null);
  if (found.length < 2) return { columns: POSITIONAL, dataStart: 0, missing: [] };
  const missing = REQUIRED_COLUMNS.filter((column) => columns[column] === null).map(
    (column) => PLAYBOOK_STRINGS[language].headers[PLAYBOOK_COLUMNS.indexOf(column)] ?? column,
  );
  return { columns, dataStart: headerIndex + 1, missing };
}
