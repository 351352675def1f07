// The dates module's public face: find the deadline phrases in notes and resolve them per the dates spec.
import type { IsoDate, Language, Span } from '../types';
import { chooseDueDate } from './due-date';
import { type FoundDate, readDates } from './engine';

export { detectDayFirst } from './day-first';
export { detectMeetingDate } from './meeting-date';

export interface DueDateOptions {
  /** The meeting date; null => relative phrases give date null (explicit full dates still resolve). */
  reference: IsoDate | null;
  language: Language;
  /** D/M (true) or M/D (false) for numeric dates. */
  dayFirst: boolean;
}

export interface DueDateMatch {
  /** Resolved due date, null for vague ("pronto", "ASAP") or past phrases. */
  date: IsoDate | null;
  /** The phrase as written, with its lead-in word ("para el viernes", "by Friday"), so the caller can cut it out. */
  text: string;
  /** [start, end) of `text` in the input. */
  span: Span;
  /** e.g. "10/11" in English notes with no D/M evidence. */
  ambiguous: boolean;
  /** "ayer", "el viernes pasado", "last Friday". */
  past: boolean;
  /** "pronto", "ASAP", "cuando puedas", "soon". */
  vague: boolean;
}

function publicMatch({ deadline: _deadline, stamp: _stamp, ...match }: FoundDate): DueDateMatch {
  return match;
}

/** The deadline of one task/objective line: the phrase most likely meant as its due date ("hoy o mañana" -> the later). null when the line states none. */
export function findDueDate(text: string, options: DueDateOptions): DueDateMatch | null {
  const chosen = chooseDueDate(readDates(text, options), text);
  return chosen && publicMatch(chosen);
}

/** Every date phrase in the text, in order. */
export function findDates(text: string, options: DueDateOptions): DueDateMatch[] {
  return readDates(text, options).map(publicMatch);
}
