// Abbreviated weekdays before a numeric date ("vie 13/03", "Thu. 12/3"), after a deadline word ("by Tues",
// "next Wed") or alone in brackets ("(Wed)"): otherwise they are too often other words ("mar", "sun", "wed").
import { WEEKDAY_ONLY } from '../resolution';
import { weekdayAfter } from '../rules';
import { alternation, lookup } from '../words';
import { RuleParser } from './RuleParser';

/** `leads`: the words after which an abbreviation is a weekday ("by", "on"), as a pattern; null where none are. */
export function weekdayAbbreviationParser(
  abbreviations: Record<string, number>,
  leads: string | null = null,
): RuleParser {
  const days = alternation(abbreviations);
  const beforeDate = `(${days})\\.?,?(?=\\s+\\d{1,2}[/.-]\\d)|(?<=\\(\\s*)(${days})\\.?(?=\\s*\\))`;
  const afterLead = leads
    ? `|(?:(?:next|this|coming)\\s+(${days})|(?<=(?:^|[^\\p{L}])(?:${leads})\\s+)(${days}))\\.?(?![\\p{L}])`
    : '';
  return new RuleParser(new RegExp(beforeDate + afterLead), (match, reference) => {
    const weekday = lookup(abbreviations, match[1] ?? match[2] ?? match[3] ?? match[4]);
    return weekday === null ? null : WEEKDAY_ONLY(weekdayAfter(reference, weekday));
  });
}
