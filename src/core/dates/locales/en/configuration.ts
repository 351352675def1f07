// The English pipeline: chrono's casual English (its GB variant when the notes read D/M) with our rules on top.
import { casual, GB, type Chrono } from 'chrono-node/en';
import { type DateLocale, leadInPattern } from '../../common/locale';
import { weekdayAbbreviationParser } from '../../common/parsers/weekdayAbbreviation';
import { extendChrono } from '../../common/pipeline';
import { dateTextTest } from '../../common/precheck';
import { ENGLISH_CHRONO_WORDS } from './chrono-words';
import { dayOfMonthParser } from './parsers/dayOfMonth';
import { amountOfTimeParser, durationParser } from './parsers/duration';
import { monthPeriodParser } from './parsers/monthPeriod';
import { ordinalWeekParser } from './parsers/ordinalWeek';
import { quarterParser } from './parsers/quarter';
import { relativeDayParser } from './parsers/relativeDay';
import { timeOfDayParser } from './parsers/timeOfDay';
import { vagueParser } from './parsers/vague';
import { weekdayParser } from './parsers/weekday';
import { weekPeriodParser } from './parsers/weekPeriod';
import { ARTICLE, DEADLINE_LEAD, WEEKDAY_ABBREVIATIONS } from './constants';

/** Our rules, in the order chrono runs them. */
const RULES = [
  relativeDayParser,
  weekdayParser,
  weekdayAbbreviationParser(WEEKDAY_ABBREVIATIONS, 'by|on|until|till|before|due'),
  weekPeriodParser,
  monthPeriodParser,
  ordinalWeekParser,
  durationParser,
  amountOfTimeParser,
  dayOfMonthParser,
  quarterParser,
  vagueParser,
  timeOfDayParser,
];

function createEnglishChrono(dayFirst: boolean): Chrono {
  return extendChrono(dayFirst ? GB : casual, { dayFirst, flagAmbiguous: !dayFirst }, RULES);
}

export const english: DateLocale = {
  createChrono: createEnglishChrono,
  leadIn: leadInPattern(DEADLINE_LEAD, ARTICLE),
  weekOf:
    /(?<![\p{L}\p{N}])(?:(?:by|before|due|for|in)\s+)?(?:the\s+)?(?:(?:wk|week)\s+of|w\/c|w\/b|week\s+(?:commencing|beginning))\s+$/iu,
  mayHoldDate: dateTextTest(ENGLISH_CHRONO_WORDS, RULES),
};
