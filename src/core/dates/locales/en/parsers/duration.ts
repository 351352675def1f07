// "in 3 days", "within two weeks", "in the next 2 weeks", "in a fortnight"; "3 days ago" is past.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { durationFrom } from '../../../common/parsers/periods';
import { PAST } from '../../../common/resolution';
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
