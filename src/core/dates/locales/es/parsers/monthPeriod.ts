// Months and years as deadlines: "fin de mes", "el mes que viene", "fin de año", "a fines de marzo",
// "a mediados de junio", "para diciembre" (its last day), "a fines de 2027"; "el mes pasado" is past.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { MONTH_YEAR, resolveMonthPeriod } from '../../../common/parsers/periods';
import { MONTH_PATTERN, MONTHS } from '../constants';

const END = '(?:a\\s+)?(?:(?:el\\s+)?fin|fines|finales)\\s+del?';

export const monthPeriodParser = new RuleParser(
  new RegExp(
    [
      `(${END}\\s+(?:este\\s+)?mes|(?:durante\\s+)?este\\s+mes)`,
      '((?:el\\s+)?(?:mes\\s+que\\s+(?:viene|entra)|proximo\\s+mes|mes\\s+proximo))',
      `(${END}\\s+(?:este\\s+)?ano)`,
      `${END}\\s+(${MONTH_PATTERN})${MONTH_YEAR}`,
      `(?:a\\s+)?mediados\\s+de\\s+(${MONTH_PATTERN})${MONTH_YEAR}`,
      '((?:el\\s+)?(?:mes|ano)\\s+pasado)',
      `(?:para|hasta)\\s+(?:el\\s+mes\\s+de\\s+)?(${MONTH_PATTERN})${MONTH_YEAR}(?!\\s*\\d)`,
      `${END}\\s+(?:(?:el\\s+)?ano\\s+)?(\\d{4})`,
    ].join('|'),
  ),
  resolveMonthPeriod(MONTHS),
);
