// "today", "EOD", "tomorrow", "the day after tomorrow"; "yesterday" is past. "EOD Friday" is Friday's: the
// weekday reads it, "EOD" only leads in.
import { addDays } from '../../../calendar';
import { RuleParser } from '../../../common/parsers/RuleParser';
import { PAST, relativeTo } from '../../../common/resolution';

export const relativeDayParser = new RuleParser(
  /((?:the\s+)?day\s+after\s+tomorrow)|(tomorrow)|(today|tonight|(?:eod|cob|end\s+of\s+(?:the\s+)?day)(?!\s+(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|tomorrow)\b))|(yesterday)/,
  (match, reference) => {
    if (match[1]) return relativeTo(addDays(reference, 2));
    if (match[2]) return relativeTo(addDays(reference, 1));
    if (match[3]) return relativeTo(reference);
    return PAST;
  },
);
