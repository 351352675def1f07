// Shorthands for the dates tests: the due date a line gives, read as Spanish or English notes.
import { findDueDate, type DueDateMatch } from '../../../src/core/dates';
import type { IsoDate, Language } from '../../../src/core/types';

/** The deadline match of one line; D/M for Spanish, M/D for English unless told otherwise. */
export function dueMatch(
  language: Language,
  reference: IsoDate | null,
  text: string,
  dayFirst = language === 'es',
): DueDateMatch | null {
  return findDueDate(text, { reference, language, dayFirst });
}

/** The resolved due date of one line, or null. */
export function dueDate(
  language: Language,
  reference: IsoDate | null,
  text: string,
  dayFirst?: boolean,
): IsoDate | null {
  return dueMatch(language, reference, text, dayFirst)?.date ?? null;
}

/** Reference dates with the weekdays and edges the rules turn on. */
export const REFERENCE = {
  thursday: '2026-03-12',
  friday: '2026-04-24',
  saturday: '2026-02-21',
  sunday: '2026-03-15',
  monthEnd: '2026-03-31',
  yearEnd: '2026-12-31',
  januaryEnd: '2026-01-31',
} as const;
