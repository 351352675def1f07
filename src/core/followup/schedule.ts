// When the weekly trigger should next fire, from today and the hour in the spreadsheet's time zone.
import type { Weekday } from '../../server/api';
import { addDays, isoWeekday } from '../dates/calendar';
import type { IsoDate } from '../types';

export const WEEKDAYS: readonly Weekday[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];

/** "2026-11-30 09:00": Apps Script fires some time within that hour, so the hour is what the VA can count on. */
export function nextRunOf(today: IsoDate, currentHour: number, weekday: Weekday, hour: number): string {
  const daysAhead = (WEEKDAYS.indexOf(weekday) + 1 - isoWeekday(today) + 7) % 7;
  const laterToday = daysAhead === 0 && currentHour < hour;
  const runDate = addDays(today, daysAhead === 0 && !laterToday ? 7 : daysAhead);
  return `${runDate} ${String(hour).padStart(2, '0')}:00`;
}
