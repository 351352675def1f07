// Times of day ("a las 10", "15 hs", "10:30", "a la mañana") are claimed so nothing reads them as dates.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { CLAIM } from '../../../common/resolution';

const CLOCK = '\\d{1,2}(?:[:.]\\d{2})?';
const SUFFIX = '(?:\\s*(?:hs|h|horas|am|pm|a\\.\\s?m\\.|p\\.\\s?m\\.))';

export const timeOfDayParser = new RuleParser(
  new RegExp(
    [
      `(?:a\\s+las?|desde\\s+las?|de\\s+las?|hasta\\s+las?)\\s+${CLOCK}${SUFFIX}?`,
      `${CLOCK}${SUFFIX}`,
      `\\d{1,2}:\\d{2}`,
      // "mañana" after these words is the morning, not tomorrow ("el lunes a la mañana").
      '(?:a|por|de|en|esta|cada|todas?)\\s+(?:la\\s+|las\\s+)?(?:manana|tarde|noche)s?',
      'al\\s+mediodia',
      // chrono would read it as today.
      'ahora(?:\\s+mismo)?',
    ].join('|'),
  ),
  () => CLAIM,
);
