// The Spanish pipeline: chrono's casual Spanish (month names, full dates) with our rules on top, in this order.
import { casual, type Chrono } from 'chrono-node/es';
import { type DateLocale, leadInPattern } from '../../common/locale';
import { weekdayAbbreviationParser } from '../../common/parsers/weekdayAbbreviation';
import { extendChrono } from '../../common/pipeline';
import { dateTextTest } from '../../common/precheck';
import { SPANISH_CHRONO_WORDS } from './chrono-words';
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
  weekdayAbbreviationParser(WEEKDAY_ABBREVIATIONS, 'vence(?:\\s+el)?|para\\s+el|antes\\s+del|hasta\\s+el'),
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

/** Spanish notes always read numeric dates D/M. */
function createSpanishChrono(): Chrono {
  return extendChrono(casual, { dayFirst: true, flagAmbiguous: false }, RULES);
}

export const spanish: DateLocale = {
  createChrono: createSpanishChrono,
  leadIn: leadInPattern(DEADLINE_LEAD, ARTICLE),
  weekOf: /(?<![\p{L}\p{N}])(?:(?:para|antes de|en)\s+)?la\s+semana\s+del?\s+$/iu,
  mayHoldDate: dateTextTest(SPANISH_CHRONO_WORDS, RULES),
};
