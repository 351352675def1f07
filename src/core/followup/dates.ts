// Dates as the email shows them: "vie 13 mar" / "Fri, Mar 13", unambiguous in any locale.
import { isoWeekday, parseIsoDate } from '../dates/calendar';
import type { FollowUpStrings } from '../i18n/followup';
import type { IsoDate } from '../types';

export function humanDate(date: IsoDate, strings: FollowUpStrings): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  const weekday = strings.weekdays[isoWeekday(date) - 1] ?? '';
  return strings.formatDate(weekday, parsed.day, strings.months[parsed.month - 1] ?? '');
}
