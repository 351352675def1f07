// Weekdays: "el viernes", "el próximo viernes", "el viernes que viene", "el viernes de la semana que viene",
// "el martes 24" (that day of the month), "el viernes pasado" (past).
import { RuleParser } from '../../../common/parsers/RuleParser';
import { PAST, relativeTo, WEEKDAY_ONLY } from '../../../common/resolution';
import { dayOfMonthOnOrAfter, weekdayAfter, weekdayNextWeek } from '../../../common/rules';
import { lookup } from '../../../common/words';
import { WEEKDAY_PATTERN, WEEKDAYS } from '../constants';

const NEXT_WEEK = 'de\\s+la\\s+(?:semana\\s+que\\s+(?:viene|entra)|proxima\\s+semana|semana\\s+proxima)';

export const weekdayParser = new RuleParser(
  new RegExp(
    `(?:(?:el|este|proximo|el\\s+proximo)\\s+)?(${WEEKDAY_PATTERN})` +
      `(?:\\s+(\\d{1,2})(?![\\d/.:-]|\\s*(?:hs|h)\\b))?` +
      `(?:\\s+(que\\s+(?:viene|entra)|proximo|${NEXT_WEEK}|pasado))?`,
  ),
  (match, reference) => {
    const weekday = lookup(WEEKDAYS, match[1]);
    if (weekday === null) return null;
    const modifier = (match[3] ?? '').toLowerCase();
    if (modifier === 'pasado') return PAST;
    if (modifier.startsWith('de')) return relativeTo(weekdayNextWeek(reference, weekday));
    if (match[2]) return relativeTo(dayOfMonthOnOrAfter(reference, Number(match[2])));
    return WEEKDAY_ONLY(weekdayAfter(reference, weekday));
  },
);
