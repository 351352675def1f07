// Abbreviated weekdays right before a numeric date ("vie 13/03", "Thu. 12/3"): alone they are too
// often other words ("mar", "sun"), so they only count with the date that follows them.
import { WEEKDAY_ONLY } from '../resolution';
import { weekdayAfter } from '../rules';
import { alternation, lookup } from '../words';
import { RuleParser } from './RuleParser';

export function weekdayAbbreviationParser(abbreviations: Record<string, number>): RuleParser {
  return new RuleParser(
    new RegExp(`(${alternation(abbreviations)})\\.?,?(?=\\s+\\d{1,2}[/.-]\\d)`),
    (match, reference) => {
      const weekday = lookup(abbreviations, match[1]);
      return weekday === null ? null : WEEKDAY_ONLY(weekdayAfter(reference, weekday));
    },
  );
}
