// Puts our rules on top of a chrono locale: numeric dates and the locale's parsers, and the refiner that lets them win ties.
import type { Chrono, Parser } from 'chrono-node/es';
import { chatStampParser } from './parsers/chatStamp';
import { isoDateParser, slashedDateParser } from './parsers/numericDate';
import { PreferRulesRefiner } from './refiners/PreferRulesRefiner';
import { ShortYearRefiner } from './refiners/ShortYearRefiner';

export interface NumericDateReading {
  dayFirst: boolean;
  /** Flag "10/11" as ambiguous (English notes that show no D/M evidence). */
  flagAmbiguous: boolean;
}

export function extendChrono(base: Chrono, numeric: NumericDateReading, parsers: Parser[]): Chrono {
  const chrono = base.clone();
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
