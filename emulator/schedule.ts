// When a time-driven trigger runs next, from its schedule and "now": what a UI shows as "next run".
import { addDays, isoWeekday, toIsoDate } from '../src/core/dates/calendar';
import type { ScheduleState } from './state';
import { instantOf, wallClockAt } from './zone';

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const HOUR_MS = 3_600_000;

/**
 * The first instant after now matching the schedule, in its zone (the script zone when none).
 * Real runs fall somewhere within the hour after atHour (https://developers.google.com/apps-script/guides/triggers/installable);
 * this answers the start of that hour. everyWeeks > 1 is treated as weekly: the phase of the weeks is not modelled.
 */
export function nextRun(schedule: ScheduleState, now: Date, scriptTimeZone: string): Date {
  if (schedule.everyHours) return new Date(now.getTime() + schedule.everyHours * HOUR_MS);
  const timeZone = schedule.timeZone ?? scriptTimeZone;
  const today = wallClockAt(now, timeZone);
  const todayIso = toIsoDate(today.year, today.month, today.day);
  const wantedWeekday = schedule.weekDay ? WEEKDAYS.indexOf(schedule.weekDay) + 1 : null;
  for (let offset = 0; offset <= 7; offset++) {
    const day = addDays(todayIso, offset);
    if (wantedWeekday !== null && isoWeekday(day) !== wantedWeekday) continue;
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    const candidate = instantOf(
      { year, month, day: date, hour: schedule.hour ?? 0, minute: schedule.minute ?? 0, second: 0 },
      timeZone,
    );
    if (candidate.getTime() > now.getTime()) return candidate;
  }
  throw new Error('Schedule has no next run.');
}
