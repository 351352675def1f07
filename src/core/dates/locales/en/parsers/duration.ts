// "in 3 days", "within two weeks", "in the next 2 weeks", "in a fortnight"; "3 days ago" is past.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { durationFrom } from '../../../common/parsers/periods';
import { CLAIM, PAST } from '../../../common/resolution';
import { NUMBER_PATTERN, NUMBER_WORDS, UNIT_PATTERN } from '../constants';

export const durationParser = new RuleParser(
  new RegExp(
    `(?:in|within|in\\s+the\\s+next)\\s+(${NUMBER_PATTERN})\\s+${UNIT_PATTERN}|(in\\s+a\\s+fortnight)|(${NUMBER_PATTERN}\\s+${UNIT_PATTERN}\\s+ago)`,
  ),
  (match, reference) => {
    if (match[4]) return PAST;
    return match[3]
      ? durationFrom(NUMBER_WORDS, '2', 'weeks', reference)
      : durationFrom(NUMBER_WORDS, match[1], match[2], reference);
  },
);

/** An amount of time, not a deadline: "older than 48 hours" is how old something is. Claimed, so chrono does not read it. */
export const amountOfTimeParser = new RuleParser(
  new RegExp(`(?:more|less|longer|older|fewer)\\s+than\\s+(?:${NUMBER_PATTERN})\\s+${UNIT_PATTERN}`),
  () => CLAIM,
);
