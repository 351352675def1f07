// Puts our rules on top of a chrono locale: numeric dates and the locale's parsers, and the refiner that lets them win ties.
import type { Chrono, Parser } from 'chrono-node/es';
import { chatStampParser } from './parsers/chatStamp';
import { isoDateParser, slashedDateParser } from './parsers/numericDate';
import { PreferRulesRefiner } from './refiners/PreferRulesRefiner';
import { ShortYearRefiner } from './refiners/ShortYearRefiner';
import type { ParsingContext } from './resolution';

export interface NumericDateReading {
  dayFirst: boolean;
  /** Flag "10/11" as ambiguous (English notes that show no D/M evidence). */
  flagAmbiguous: boolean;
}

/** What chrono's own parsers read their pattern from: only the options, and we never pass any. */
export const NO_OPTIONS = { option: {} } as ParsingContext;

/**
 * chrono asks every parser for its pattern on every parse, and some of its Spanish parsers build theirs anew
 * each time: the pattern is asked for once here instead.
 */
function withFixedPattern(parser: Parser): Parser {
  const pattern = parser.pattern(NO_OPTIONS);
  return { pattern: () => pattern, extract: (context, match) => parser.extract(context, match) };
}

export function extendChrono(base: Chrono, numeric: NumericDateReading, parsers: Parser[]): Chrono {
  const chrono = base.clone();
  chrono.parsers = chrono.parsers.map(withFixedPattern);
  chrono.parsers.push(
    chatStampParser(numeric.dayFirst),
    isoDateParser(),
    slashedDateParser(numeric.dayFirst, numeric.flagAmbiguous),
    ...parsers,
  );
  // First, so chrono's own overlap removal never picks its reading over ours.
  chrono.refiners.unshift(new PreferRulesRefiner());
  chrono.refiners.push(new ShortYearRefiner());
  return chrono;
}
