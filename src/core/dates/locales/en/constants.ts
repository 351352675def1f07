// English word tables.
import { alternation } from '../../common/words';

/** ISO weekday numbers: Monday = 1 … Sunday = 7. */
export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** Only read before a numeric date: "sun" and "sat" alone are other words. */
export const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

export const WEEKDAY_PATTERN = alternation(WEEKDAYS);
export const MONTH_PATTERN = alternation(MONTHS);
export const NUMBER_PATTERN = `(?:\\d{1,3}|${alternation(NUMBER_WORDS)})`;
export const ORDINAL_PATTERN = alternation(ORDINALS);
export const UNIT_PATTERN = '(days?|weeks?|months?)';

/** Words before a phrase that make it a deadline rather than a passing mention ("by Friday"). */
export const DEADLINE_LEAD =
  'by|before|until|till|due(?:\\s+(?:on|by))?|no\\s+later\\s+than|deadline|due\\s+date';
/** Words that belong to the phrase after them ("on Friday", "the 15th", "EOD Friday"). */
export const ARTICLE = 'on|the|eod|cob|end\\s+of\\s+(?:the\\s+)?day|close\\s+of\\s+business';
