// Rules shared by both languages once their patterns have sorted a phrase into numbered groups.
import { endOfMonth, toIsoDate } from '../../calendar';
import type { IsoDate } from '../../../types';
import { PAST, relativeTo, type Resolution } from '../resolution';
import {
  addDuration,
  endOfNextMonth,
  endOfYear,
  lastWeekFriday,
  monthDayOnOrAfter,
  monthEndOnOrAfter,
  nextWeekFriday,
  ordinalWeekFriday,
  thisWeekFriday,
  weekdayNextWeek,
  weekendSunday,
} from '../rules';

const SUNDAY = 7;
import { readUnit } from '../units';
import { lookup } from '../words';
import type { Resolve } from './RuleParser';

/** Groups: 1 next weekend, 2 weekend, 3 this week, 4 next week; none: a past week. */
export const resolveWeekPeriod: Resolve = (match, reference) => {
  if (match[1]) return relativeTo(weekdayNextWeek(reference, SUNDAY));
  if (match[2]) return relativeTo(weekendSunday(reference));
  if (match[3]) return relativeTo(thisWeekFriday(reference));
  if (match[4]) return relativeTo(nextWeekFriday(reference));
  return PAST;
};

/** A year written after a named month ("end of June 2027", "fines de junio de 2027"): group YEAR_GROUP's place. */
export const MONTH_YEAR = '(?:,?\\s+(?:del?\\s+)?(\\d{4}))?';

/**
 * Groups: 1 end of month, 2 next month, 3 end of year, 4 end of a named month and 5 its year, 6 middle of one and 7
 * its year, 8 past, 9 a named month as the deadline ("para diciembre", "by December") and 10 its year, 11 the
 * year whose end is the deadline ("end of 2027"). A month without its year is the first one on or after the
 * reference; a period used as a deadline ends on its last day.
 */
export function resolveMonthPeriod(months: Record<string, number>): Resolve {
  return (match, reference) => {
    if (match[1]) return relativeTo(endOfMonth(reference));
    if (match[2]) return relativeTo(endOfNextMonth(reference));
    if (match[3]) return relativeTo(endOfYear(reference));
    if (match[11]) return relativeTo(toIsoDate(Number(match[11]), 12, 31));
    const monthEnd = lookup(months, match[4] ?? match[9]);
    if (monthEnd !== null)
      return relativeTo(
        (match[5] ?? match[10])
          ? endOfMonth(toIsoDate(Number(match[5] ?? match[10]), monthEnd, 1))
          : monthEndOnOrAfter(reference, monthEnd),
      );
    const monthMiddle = lookup(months, match[6]);
    if (monthMiddle !== null)
      return relativeTo(
        match[7]
          ? toIsoDate(Number(match[7]), monthMiddle, 15)
          : monthDayOnOrAfter(reference, monthMiddle, 15),
      );
    return match[8] ? PAST : null;
  };
}

/** Groups: 1 ordinal ("primera", "second", or the language's "last"), 2 month (optional). */
export function resolveOrdinalWeek(
  ordinals: Record<string, number>,
  months: Record<string, number>,
  last: string,
): Resolve {
  return (match, reference) => {
    const month = lookup(months, match[2]);
    if (match[1]?.toLowerCase() === last)
      return month === null ? null : relativeTo(lastWeekFriday(reference, month));
    const ordinal = lookup(ordinals, match[1]);
    return ordinal === null ? null : relativeTo(ordinalWeekFriday(reference, ordinal, month));
  };
}

/** "3 días", "two weeks", "un mes" from the reference. */
export function durationFrom(
  numbers: Record<string, number>,
  amountWord: string | undefined,
  unitWord: string | undefined,
  reference: IsoDate,
): Resolution | null {
  const amount = lookup(numbers, amountWord);
  return amount === null || !unitWord ? null : relativeTo(addDuration(reference, amount, readUnit(unitWord)));
}
