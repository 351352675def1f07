// Cell values as the core sees them (dates already as YYYY-MM-DD) and how each kind of column reads and writes.
import { SHEET_STRINGS } from '../i18n/sheet';
import { isIsoDate } from '../dates/calendar';
import type { IsoDate, Language, PersonRole, Priority, TaskStatus } from '../types';
import { normaliseText } from './text';

/** What a cell holds once the adapter has turned date cells into YYYY-MM-DD strings. */
export type CellValue = string | number | boolean | null;

export const LANGUAGES: Language[] = ['es', 'en'];

export function textOf(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : String(cell);
}

export function dateOf(cell: CellValue | undefined): IsoDate | null {
  const text = textOf(cell).trim();
  return isIsoDate(text) ? text : null;
}

export function checkedOf(cell: CellValue | undefined): boolean {
  return cell === true || textOf(cell).toUpperCase() === 'TRUE';
}

export function integerOf(cell: CellValue | undefined): number {
  const number = typeof cell === 'number' ? cell : Number(textOf(cell));
  return Number.isFinite(number) ? Math.round(number) : 0;
}

export function isBlankRow(row: CellValue[]): boolean {
  return row.every((cell) => textOf(cell).trim() === '');
}

/** Finds which of our values a label stands for, in either language (the client may type "hecha" or "Done"). */
function labelLookup<T extends string>(
  labels: (language: Language) => Record<T, string>,
): (cell: CellValue | undefined) => T | null {
  const byLabel = new Map<string, T>();
  for (const language of LANGUAGES) {
    for (const [value, label] of Object.entries(labels(language)) as Array<[T, string]>) {
      byLabel.set(normaliseText(label), value);
      byLabel.set(normaliseText(value), value);
    }
  }
  return (cell) => byLabel.get(normaliseText(textOf(cell))) ?? null;
}

export const statusOf = labelLookup<TaskStatus>((language) => SHEET_STRINGS[language].statuses);
export const priorityOf = labelLookup<Priority>((language) => SHEET_STRINGS[language].priorities);
export const roleOf = labelLookup<PersonRole>((language) => SHEET_STRINGS[language].roles);

export function statusLabels(status: TaskStatus): string[] {
  return LANGUAGES.map((language) => SHEET_STRINGS[language].statuses[status]);
}

export function priorityLabels(priority: Priority): string[] {
  return LANGUAGES.map((language) => SHEET_STRINGS[language].priorities[priority]);
}
