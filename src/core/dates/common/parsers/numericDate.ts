// Numeric dates: 2026-03-20, 20/3/2026, 20-03-26, 07.11.2022, 20/3 (D/M or M/D as the notes read).
import { isValidDate, toIsoDate } from '../../calendar';
import { relativeTo, type Resolution } from '../resolution';
import { monthDayOnOrAfter } from '../rules';
import { RuleParser } from './RuleParser';

const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?![\d.\-/])/;
// A two-part date needs a slash: "10.5" is a number and "10-12" a range.
const SLASHED = /(\d{1,2})(?:([/.-])(\d{1,2})\2(\d{4}|\d{2})|\/(\d{1,2}))(?![\d%]|[.\-/]\d)/;

interface DayMonth {
  day: number;
  month: number;
}

/** Reads "a/b" in the notes' order, or in the other when only that one is a real date ("21/11" in M/D notes). */
export function readOrder(first: number, second: number, dayFirst: boolean): DayMonth | null {
  const preferred = dayFirst ? { day: first, month: second } : { day: second, month: first };
  const swapped = { day: preferred.month, month: preferred.day };
  if (isValidDate(2024, preferred.month, preferred.day)) return preferred;
  return isValidDate(2024, swapped.month, swapped.day) ? swapped : null;
}

export function fullYear(written: string): number {
  return written.length === 2 ? 2000 + Number(written) : Number(written);
}

export function absolute(year: number, month: number, day: number): Resolution | null {
  return isValidDate(year, month, day) ? { date: toIsoDate(year, month, day), relative: false } : null;
}

export function isoDateParser(): RuleParser {
  return new RuleParser(ISO, (match) => absolute(Number(match[1]), Number(match[2]), Number(match[3])));
}

/** `flagAmbiguous`: English notes with no D/M evidence, where "10/11" could be either. */
export function slashedDateParser(dayFirst: boolean, flagAmbiguous: boolean): RuleParser {
  return new RuleParser(SLASHED, (match, reference) => {
    const first = Number(match[1]);
    const second = Number(match[3] ?? match[5]);
    const order = readOrder(first, second, dayFirst);
    if (!order) return null;
    const read = ({ day, month }: DayMonth): Resolution | null =>
      match[4]
        ? absolute(fullYear(match[4]), month, day)
        : relativeTo(monthDayOnOrAfter(reference, month, day));
    const resolution = read(order);
    if (!resolution || !flagAmbiguous || first === second || first > 12 || second > 12) return resolution;
    const alternative = read({ day: order.month, month: order.day })?.date ?? undefined;
    return { ...resolution, ambiguous: true, alternative };
  });
}
