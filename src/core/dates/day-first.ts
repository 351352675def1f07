// Whether numeric dates in a set of notes read D/M or M/D.
import type { Language } from '../types';
import { isoWeekday, isValidDate, toIsoDate } from './calendar';

const NUMERIC_DATE = /(?<![\d.])(\d{1,2})([/.])(\d{1,2})(?:\2(\d{2,4}))?(?![\d])/g;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** "Tuesday 9/04", "Tue, 9/4/2019": a weekday name (or its three-letter form) right before a numeric date. */
const WEEKDAY_DATE =
  /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?!\d)/gi;
const YEAR = /(?<!\d)(19\d{2}|20\d{2})(?!\d)/;

function weekdayFits(year: number, month: number, day: number, weekday: number): boolean {
  return isValidDate(year, month, day) && isoWeekday(toIsoDate(year, month, day)) === weekday;
}

/** The order the weekday next to a date proves, given a year: true D/M, false M/D, null when both or neither fit. */
function orderFromWeekdays(notes: string): boolean | null {
  const noteYear = YEAR.exec(notes)?.[1];
  for (const match of notes.matchAll(WEEKDAY_DATE)) {
    const year = Number(match[4] ?? noteYear);
    if (!year) continue;
    const weekday = WEEKDAYS.findIndex((name) => name.startsWith((match[1] ?? '').toLowerCase())) + 1;
    const first = Number(match[2]);
    const second = Number(match[3]);
    const dayFirstFits = weekdayFits(year, second, first, weekday);
    const monthFirstFits = weekdayFits(year, first, second, weekday);
    if (dayFirstFits !== monthFirstFits) return dayFirstFits;
  }
  return null;
}

/**
 * Always for Spanish; for English only when the notes show it: a first number above 12 ("21/11"), a dotted
 * full date ("07.11.2022"), or a weekday that only fits the D/M reading ("Tuesday 9/04" in 2019).
 */
export function detectDayFirst(notes: string, language: Language): boolean {
  if (language === 'es') return true;
  for (const match of notes.matchAll(NUMERIC_DATE)) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    if (first > 12 && second <= 12) return true;
    if (match[2] === '.' && match[4] && first <= 31 && second <= 12) return true;
  }
  return orderFromWeekdays(notes) ?? false;
}
