// A month that names an event just before a bare day ("the December board meeting on the 10th"): that month's day.
import type { IsoDate } from '../../types';
import { dayOfMonthOnOrAfter, monthDayOnOrAfter } from './rules';

/** How far back, in characters and without a sentence break or another number, the month still governs the day. */
const REACH = 40;

/** Month names of four letters or more: "may" and "mar" are as often a verb or the sea. */
function monthWords(months: Record<string, number>): string {
  return Object.keys(months)
    .filter((word) => word.length >= 4)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/**
 * The day `day` in the month that names an event just before it ("the December meeting"), else the first such day
 * on or after the reference. Only after a determiner: "your availability for June by the 15th" names what, not when.
 */
export function dayAfterMonthWord(
  months: Record<string, number>,
  determiners: string,
): (reference: IsoDate, day: number, before: string) => IsoDate | null {
  const pattern = new RegExp(
    `(?<![\\p{L}])(?:${determiners})\\s+(${monthWords(months)})\\s+\\p{L}[^.;:!?\\d\\n]{0,${REACH}}$`,
    'iu',
  );
  return (reference, day, before) => {
    const month = pattern.exec(before)?.[1];
    const number = month ? months[month.toLowerCase()] : undefined;
    return number ? monthDayOnOrAfter(reference, number, day) : dayOfMonthOnOrAfter(reference, day);
  };
}
