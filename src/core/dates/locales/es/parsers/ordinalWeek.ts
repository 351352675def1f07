// "la primera semana de abril", "la segunda semana" (of a sprint, counted from the meeting's week),
// "la última semana de abril"; "la tercera semana seguida" counts weeks, it names none.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { resolveOrdinalWeek } from '../../../common/parsers/periods';
import { MONTH_PATTERN, MONTHS, ORDINAL_PATTERN, ORDINALS } from '../constants';

export const ordinalWeekParser = new RuleParser(
  new RegExp(
    `(?:la\\s+)?(${ORDINAL_PATTERN}|ultima)\\s+semana(?!\\s+(?:seguida|consecutiva|corrida))(?:\\s+de\\s+(${MONTH_PATTERN}))?`,
  ),
  resolveOrdinalWeek(ORDINALS, MONTHS, 'ultima'),
);
