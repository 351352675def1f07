// The words chrono's casual English reads without a digit, from our word tables and chrono's: the engine's first look.
import type { ChronoWords } from '../../common/precheck';
import { MONTHS, NUMBER_WORDS, ORDINALS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './constants';

/** chrono's casual days and times, "weekend", and "end of month". */
const CASUAL_WORDS = [
  ...['today', 'tonight', 'tomorrow', 'overmorrow', 'yesterday', 'weekend', 'weekday', 'month'],
  ...['morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon'],
];
/** chrono reads ordinals up to the thirty-first; "teenth" stands for thirteenth to nineteenth. */
const CHRONO_ORDINALS = [
  ...['fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'],
  ...['teenth', 'twentieth', 'thirtieth'],
];
/** chrono's amounts of several words ("half an hour", "a couple of days"): their first word is enough. */
const AMOUNT_WORDS = ['half', 'couple'];
/** Amounts chrono reads right before a unit, "a"/"an" only as whole words as chrono does. */
const AMOUNTS = ['an?\\b', 'few', 'several', 'the', 'this', 'last', 'past', 'next', 'after'];
const UNITS = [
  ...['quarters', 'quarter', 'qtr', 'seconds', 'second', 'sec', 's', 'minutes', 'minute', 'mins', 'min'],
  ...['m', 'hours', 'hour', 'hrs', 'hr', 'h', 'days', 'day', 'd', 'weeks', 'week', 'w'],
  ...['months', 'month', 'mon', 'mos', 'mo', 'years', 'year', 'yr', 'y'],
];

const longWords = (table: Record<string, number>): string[] =>
  Object.keys(table).filter((word) => /^[a-z]{4,}$/.test(word));
const shortWords = (table: Record<string, number>): string[] =>
  Object.keys(table).filter((word) => /^[a-z]{1,3}$/.test(word));

export const ENGLISH_CHRONO_WORDS: ChronoWords = {
  words: [
    ...longWords(WEEKDAYS),
    ...longWords(MONTHS),
    ...longWords(ORDINALS),
    ...CHRONO_ORDINALS,
    ...CASUAL_WORDS,
    ...AMOUNT_WORDS,
  ],
  abbreviations: [...Object.keys(WEEKDAY_ABBREVIATIONS), ...shortWords(MONTHS), 'now', 'tmr', 'tmrw'],
  abbreviationTails: ['of'],
  // "a" and "an" are in AMOUNTS, as whole words.
  amounts: [...Object.keys(NUMBER_WORDS).filter((word) => word.length > 2), ...AMOUNTS],
  units: UNITS,
  unitTails: ['ago', 'before', 'earlier', 'later', 'after', 'from', 'henceforth', 'forward', 'out'],
};
