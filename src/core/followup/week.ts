// ISO weeks and the follow-up's date windows, on YYYY-MM-DD strings (the spreadsheet's calendar).
import { addDays, daysBetween, isoWeekday, parseIsoDate, toIsoDate } from '../dates/calendar';
import type { IsoDate } from '../types';

/** "2026-W48". The Thursday decides the year, so 2026-12-31 is "2026-W53" and 2027-01-01 too. */
export function isoWeekKey(date: IsoDate): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = parseIsoDate(thursday)?.year ?? 0;
  const week = Math.floor(daysBetween(toIsoDate(year, 1, 1), thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The days the digest looks at: due in today..today+6, done in today-6..today. */
export interface DigestWindow {
  today: IsoDate;
  dueSoonUntil: IsoDate;
  doneSince: IsoDate;
}

export function digestWindow(today: IsoDate): DigestWindow {
  return { today, dueSoonUntil: addDays(today, 6), doneSince: addDays(today, -6) };
}

/** How many weeks of sent keys to keep: enough for a late re-fire or a retry, small for a 9 KB property. */
const KEPT_WEEKS = 5;

/** The oldest week whose keys are still worth keeping; older keys can never match a run again. */
export function oldestKeptWeek(today: IsoDate): string {
  return isoWeekKey(addDays(today, -7 * (KEPT_WEEKS - 1)));
}
