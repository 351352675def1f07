// Weeks as deadlines: "esta semana", "la semana que viene", "el fin de semana", "el finde que viene";
// "la semana pasada" is past.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { resolveWeekPeriod } from '../../../common/parsers/periods';

export const weekPeriodParser = new RuleParser(
  new RegExp(
    [
      '((?:el\\s+)?(?:fin\\s+de\\s+semana|finde)\\s+(?:que\\s+(?:viene|entra)|proximo)|(?:el\\s+)?proximo\\s+(?:fin\\s+de\\s+semana|finde))',
      '((?:el|este)\\s+(?:fin\\s+de\\s+semana|finde)|fin\\s+de\\s+semana|finde)',
      '(esta\\s+semana)',
      '((?:la\\s+)?(?:semana\\s+que\\s+(?:viene|entra)|proxima\\s+semana|semana\\s+proxima))',
      '((?:la\\s+)?semana\\s+pasada)',
    ].join('|'),
  ),
  resolveWeekPeriod,
);
