// A day of the month alone: "el 5", "para el 5", "antes del 30", "el 1ro", "antes del día 20".
import { RuleParser } from '../../../common/parsers/RuleParser';
import { relativeTo } from '../../../common/resolution';
import { dayOfMonthOnOrAfter } from '../../../common/rules';

// Not "el 10%", "el 2.0", "el 15 hs", "el 3 de los posts", "el palier del 3°" (a floor: only the 1st is written "1°").
const NOT_A_DAY = '(?![\\d%:/°º]|[.,-]\\d|\\s*(?:%|por\\s+ciento|hs?\\b|horas|de\\s+(?:los|las|la|el)\\b))';

export const dayOfMonthParser = new RuleParser(
  new RegExp(`(?:el|del)\\s+(?:d[ií]a\\s+)?(\\d{1,2})(?:ro|ero|(?<=\\b1)[°º])?${NOT_A_DAY}`),
  (match, reference) => relativeTo(dayOfMonthOnOrAfter(reference, Number(match[1]))),
);
