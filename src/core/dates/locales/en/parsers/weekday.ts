// Weekdays: "Friday", "by Friday", "next Friday", "this Friday", "Friday next week", "last Friday" (past).
import { RuleParser } from '../../../common/parsers/RuleParser';
import { PAST, relativeTo, WEEKDAY_ONLY } from '../../../common/resolution';
import { weekdayAfter, weekdayNextWeek } from '../../../common/rules';
import { lookup } from '../../../common/words';
import { WEEKDAY_PATTERN, WEEKDAYS } from '../constants';

export const weekdayParser = new RuleParser(
  new RegExp(
    `(?:(this|next|this\\s+coming|coming|last)\\s+)?(${WEEKDAY_PATTERN})(?:\\s+(next\\s+week|of\\s+next\\s+week|last\\s+week))?`,
  ),
  (match, reference) => {
    const weekday = lookup(WEEKDAYS, match[2]);
    if (weekday === null) return null;
    const before = (match[1] ?? '').toLowerCase();
    const after = (match[3] ?? '').toLowerCase();
    if (before === 'last' || after.startsWith('last')) return PAST;
    if (after) return relativeTo(weekdayNextWeek(reference, weekday));
    return WEEKDAY_ONLY(weekdayAfter(reference, weekday));
  },
);
