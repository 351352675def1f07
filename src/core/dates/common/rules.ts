// The calendar rules of the dates spec, each from the reference date (the meeting) to a due date.
import type { IsoDate } from '../../types';
import {
  addDays,
  addMonths,
  daysInMonth,
  endOfMonth,
  isoWeekday,
  parseIsoDate,
  startOfWeek,
  toIsoDate,
} from '../calendar';

const FRIDAY = 5;
const SUNDAY = 7;

function referenceParts(reference: IsoDate): { year: number; month: number; day: number } {
  const parts = parseIsoDate(reference);
  if (!parts) throw new RangeError(`Not a YYYY-MM-DD date: ${reference}`);
  return parts;
}

/** The first given ISO weekday (Monday = 1) strictly after the reference. */
export function weekdayAfter(reference: IsoDate, weekday: number): IsoDate {
  const distance = (weekday - isoWeekday(reference) + 7) % 7;
  return addDays(reference, distance === 0 ? 7 : distance);
}

/** The first given weekday on or after the date. */
export function weekdayOnOrAfter(date: IsoDate, weekday: number): IsoDate {
  return addDays(date, (weekday - isoWeekday(date) + 7) % 7);
}

/** That weekday in the week after the reference's week. */
export function weekdayNextWeek(reference: IsoDate, weekday: number): IsoDate {
  return addDays(startOfWeek(reference), 7 + weekday - 1);
}

/** "esta semana": Friday of the reference's week; from Saturday on, the Friday after. */
export function thisWeekFriday(reference: IsoDate): IsoDate {
  return weekdayOnOrAfter(reference, FRIDAY);
}

/** "la semana que viene": Friday of the following week. */
export function nextWeekFriday(reference: IsoDate): IsoDate {
  return weekdayNextWeek(reference, FRIDAY);
}

/** "el fin de semana": the first Sunday on or after the reference. */
export function weekendSunday(reference: IsoDate): IsoDate {
  return weekdayOnOrAfter(reference, SUNDAY);
}

/** "el mes que viene": the last day of the next month. */
export function endOfNextMonth(reference: IsoDate): IsoDate {
  return endOfMonth(
    addMonths(toIsoDate(referenceParts(reference).year, referenceParts(reference).month, 1), 1),
  );
}

export function endOfYear(reference: IsoDate): IsoDate {
  return toIsoDate(referenceParts(reference).year, 12, 31);
}

/** The first date with that month and day on or after the reference (Feb 29 waits for a leap year). */
export function monthDayOnOrAfter(reference: IsoDate, month: number, day: number): IsoDate | null {
  const { year } = referenceParts(reference);
  for (let candidateYear = year; candidateYear <= year + 8; candidateYear++) {
    if (day > daysInMonth(candidateYear, month)) continue;
    const candidate = toIsoDate(candidateYear, month, day);
    if (candidate >= reference) return candidate;
  }
  return null;
}

/** "el 5": the first 5th of a month on or after the reference (a 31st skips the short months). */
export function dayOfMonthOnOrAfter(reference: IsoDate, day: number): IsoDate | null {
  if (day < 1 || day > 31) return null;
  let monthStart = toIsoDate(referenceParts(reference).year, referenceParts(reference).month, 1);
  for (let step = 0; step < 12; step++, monthStart = addMonths(monthStart, 1)) {
    const { year, month } = referenceParts(monthStart);
    if (day > daysInMonth(year, month)) continue;
    const candidate = toIsoDate(year, month, day);
    if (candidate >= reference) return candidate;
  }
  return null;
}

/** "a fines de marzo": the last day of that month, the first on or after the reference. */
export function monthEndOnOrAfter(reference: IsoDate, month: number): IsoDate {
  const { year } = referenceParts(reference);
  const thisYear = endOfMonth(toIsoDate(year, month, 1));
  return thisYear >= reference ? thisYear : endOfMonth(toIsoDate(year + 1, month, 1));
}

/** "en Q3": the last day of that quarter, the first on or after the reference. */
export function quarterEndOnOrAfter(reference: IsoDate, quarter: number): IsoDate {
  return monthEndOnOrAfter(reference, quarter * 3);
}

export type DurationUnit = 'day' | 'week' | 'month';

/** "en 3 días" / "in two weeks" / "dentro de un mes". */
export function addDuration(reference: IsoDate, amount: number, unit: DurationUnit): IsoDate {
  if (unit === 'month') return addMonths(reference, amount);
  return addDays(reference, unit === 'week' ? amount * 7 : amount);
}

/**
 * "primera semana de abril": the first Friday on or after April 1, later weeks 7 days on.
 * Without a month ("la segunda semana" of a sprint) weeks count from the meeting's week, whose
 * Friday is already over when the meeting is on it or after it.
 */
export function ordinalWeekFriday(reference: IsoDate, ordinal: number, month: number | null): IsoDate {
  const firstFriday =
    month === null
      ? weekdayAfter(reference, FRIDAY)
      : weekdayOnOrAfter(
          toIsoDate(referenceParts(monthEndOnOrAfter(reference, month)).year, month, 1),
          FRIDAY,
        );
  return addDays(firstFriday, (ordinal - 1) * 7);
}

/** "la última semana de abril": the last Friday of that month. */
export function lastWeekFriday(reference: IsoDate, month: number): IsoDate {
  const monthEnd = monthEndOnOrAfter(reference, month);
  return addDays(monthEnd, -((isoWeekday(monthEnd) - FRIDAY + 7) % 7));
}
