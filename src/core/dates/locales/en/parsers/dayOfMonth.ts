// A day of the month alone: "by the 15th", "on the 3rd", "the 20th". "the 3 posts" is not one.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { relativeTo } from '../../../common/resolution';
import { dayAfterMonthWord } from '../../../common/month-before';
import { MONTHS } from '../constants';

const dayOfMonth = dayAfterMonthWord(MONTHS, 'the|this|next|our|their');

export const dayOfMonthParser = new RuleParser(
  // A suffix ends the number ("the 9th, take it in"); a bare number must not run on ("the 3, 4 posts").
  /(?:(by|on|before|until|due)\s+)?the\s+(\d{1,2})(?:(st|nd|rd|th)(?![\p{L}\d])|(?![\d%.,:/-]))/u,
  (match, reference, before) =>
    match[1] || match[3] ? relativeTo(dayOfMonth(reference, Number(match[2]), before)) : null,
);
