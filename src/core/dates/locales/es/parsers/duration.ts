// "en 3 días", "dentro de dos semanas", "en un mes"; "hace 3 días" is past.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { durationFrom } from '../../../common/parsers/periods';
import { CLAIM, PAST } from '../../../common/resolution';
import { DURATION_LEAD, NUMBER_PATTERN, NUMBER_WORDS, UNIT_PATTERN } from '../constants';

export const durationParser = new RuleParser(
  new RegExp(`(${DURATION_LEAD}|hace)\\s+(${NUMBER_PATTERN})\\s+${UNIT_PATTERN}`),
  (match, reference) =>
    match[1]?.toLowerCase() === 'hace' ? PAST : durationFrom(NUMBER_WORDS, match[2], match[3], reference),
);

/** An amount of time, not a deadline: "a más de 90 días" (cartera vencida) is how old something is. Claimed, so chrono does not read it. */
export const amountOfTimeParser = new RuleParser(
  new RegExp(
    `(?:a\\s+)?(?:mas|menos|mayor(?:es)?|menor(?:es)?)\\s+(?:a|de|que)\\s+(?:${NUMBER_PATTERN})\\s+${UNIT_PATTERN}`,
  ),
  () => CLAIM,
);
