// Weeks as deadlines: "this week", "EOW", "next week", "this weekend", "next weekend"; "last week" is past.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { resolveWeekPeriod } from '../../../common/parsers/periods';

export const weekPeriodParser = new RuleParser(
  new RegExp(
    [
      '(next\\s+weekend)',
      '((?:this|the|over\\s+the)\\s+weekend)',
      '(this\\s+week|eow|end\\s+of\\s+(?:the\\s+|this\\s+)?week)',
      '((?:(?:the\\s+)?end\\s+of\\s+)?next\\s+week|the\\s+following\\s+week)',
      '(last\\s+week)',
    ].join('|'),
  ),
  resolveWeekPeriod,
);
