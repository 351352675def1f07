// chrono reads any 1-3 digit number after a month as its year ("20 de marzo 3 posts" -> year 3): drop it.
import type { ParsingResult, Refiner } from 'chrono-node/es';
import { isRuleResult, type ParsingContext } from '../resolution';

// A month and day, then a short number that chrono took for the year; a real year has four digits or an apostrophe.
const SHORT_YEAR = /^(.*[\p{L}\d]\.?)(?:\s*,)?(?:\s+de)?\s+\d{1,3}$/u;

export class ShortYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      // The cheap tests first: most results are our rules' or carry no year.
      if (isRuleResult(result) || !result.start.isCertain('year')) continue;
      const written = SHORT_YEAR.exec(result.text);
      if (!written?.[1]) continue;
      result.text = written[1];
      result.start.delete('year');
      result.start.imply('year', context.refDate.getFullYear());
    }
    return results;
  }
}
