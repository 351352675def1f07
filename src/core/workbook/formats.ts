// Number formats and dropdown values per kind of column, and the date format of the spreadsheet's locale.
import { SHEET_STRINGS } from '../i18n/sheet';
import type { Language } from '../types';
import type { ColumnKind } from './schema';

/** Locales that read dates month first; every other locale reads day first. */
const MONTH_FIRST_LOCALES = new Set(['en_US', 'en_PH', 'es_US', 'en_CA', 'en']);

export function dateFormatFor(locale: string): string {
  return MONTH_FIRST_LOCALES.has(locale) ? 'mm/dd/yyyy' : 'dd/mm/yyyy';
}

/** '@' keeps text literal: a task starting with "=" or "0012" stays the text the VA wrote. */
export const TEXT_FORMAT = '@';

export function numberFormatOf(kind: ColumnKind, dateFormat: string): string {
  switch (kind) {
    case 'date':
      return dateFormat;
    case 'progress':
      return '0%';
    case 'integer':
      return '0';
    case 'checkbox':
      return 'General';
    default:
      return TEXT_FORMAT;
  }
}

/** The dropdown of a column, in the sheet's language; null when the column has none. */
export function dropdownValues(kind: ColumnKind, language: Language): string[] | null {
  const strings = SHEET_STRINGS[language];
  if (kind === 'status') return Object.values(strings.statuses);
  if (kind === 'priority') return Object.values(strings.priorities);
  if (kind === 'role') return Object.values(strings.roles);
  return null;
}

/** Long text wraps so the whole task is readable without widening the column. */
export function wrapsText(kind: ColumnKind, width: number): boolean {
  return kind === 'text' && width >= 200;
}
