// "the first week of April", "the second week" (of a sprint, counted from the meeting's week),
// "the last week of April"; "the third week in a row" counts weeks, it names none.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { resolveOrdinalWeek } from '../../../common/parsers/periods';
import { MONTH_PATTERN, MONTHS, ORDINAL_PATTERN, ORDINALS } from '../constants';

export const ordinalWeekParser = new RuleParser(
  new RegExp(
    `(?:the\\s+)?(${ORDINAL_PATTERN}|last)\\s+week(?!\\s+(?:in\\s+a\\s+row|running|straight))(?:\\s+(?:of|in)\\s+(${MONTH_PATTERN}))?`,
  ),
  resolveOrdinalWeek(ORDINALS, MONTHS, 'last'),
);
