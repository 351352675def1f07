// How a deadline phrase was read, as the VA sees it under the date input: "viernes → vie 13/03".
import { isoWeekday, parseIsoDate } from '../core/dates/calendar';
import type { IsoDate } from '../core/types';
import type { SidebarStrings } from '../core/i18n/sidebar';

export function formatShortDate(date: IsoDate, strings: SidebarStrings): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  const weekday = strings.shortWeekdays[isoWeekday(date) - 1] ?? '';
  return strings.formatShortDate(weekday, parsed.day, parsed.month);
}

/** Empty when the notes gave no phrase: then there is nothing to explain. */
export function dueCaption(
  dueText: string | null | undefined,
  due: IsoDate | null,
  strings: SidebarStrings,
): string {
  const phrase = dueText?.trim();
  if (!phrase) return '';
  return due ? `${phrase} → ${formatShortDate(due, strings)}` : phrase;
}
