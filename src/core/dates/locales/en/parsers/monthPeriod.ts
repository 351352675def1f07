// Months and years as deadlines: "end of the month", "EOM", "next month", "end of the year",
// "end of March", "late March", "mid June", "by December" (its last day), "end of 2027"; "last month" is past.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { MONTH_YEAR, resolveMonthPeriod } from '../../../common/parsers/periods';
import { MONTH_PATTERN, MONTHS } from '../constants';

const END = '(?:the\\s+)?end\\s+of';

export const monthPeriodParser = new RuleParser(
  new RegExp(
    [
      `(${END}\\s+(?:the\\s+|this\\s+)?month|eom|this\\s+month|month[-\\s]end)`,
      '(next\\s+month)',
      `(${END}\\s+(?:the\\s+|this\\s+)?year|eoy|year[-\\s]end)`,
      `(?:${END}|late)\\s+(${MONTH_PATTERN})${MONTH_YEAR}`,
      `(?:mid[-\\s]?|(?:the\\s+)?middle\\s+of\\s+)(${MONTH_PATTERN})${MONTH_YEAR}`,
      '(last\\s+(?:month|year))',
      `(?:by|until|through)\\s+(?:the\\s+end\\s+of\\s+)?(${MONTH_PATTERN})${MONTH_YEAR}(?!\\s*\\d)`,
      `${END}\\s+(\\d{4})`,
    ].join('|'),
  ),
  resolveMonthPeriod(MONTHS),
);
