// Settles overlaps before chrono's own refiners: our rules win unless chrono read a longer phrase that names a day.
import type { ParsingResult, Refiner } from 'chrono-node/es';
import { isRuleResult, type ParsingContext } from '../resolution';

// Numeric dates are ours alone: chrono would read "10.5" or "2.0" as dates.
const NUMERIC_ONLY = /^[\d\s/.-]+$/;

function overlaps(a: ParsingResult, b: ParsingResult): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/** chrono's longer reading wins only when it names a day ("friday sept 20"), not for "on Friday," over "Friday". */
function beats(a: ParsingResult, b: ParsingResult): boolean {
  if (isRuleResult(a) === isRuleResult(b)) return a.text.length > b.text.length;
  const chronoResult = isRuleResult(a) ? b : a;
  const chronoWins =
    chronoResult.text.length > (chronoResult === a ? b : a).text.length &&
    chronoResult.start.isCertain('day');
  return chronoResult === a ? chronoWins : !chronoWins;
}

export class PreferRulesRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const candidates = results.filter((result) => !NUMERIC_ONLY.test(result.text) || isRuleResult(result));
    const kept = candidates.filter(
      (result) =>
        !candidates.some((other) => other !== result && overlaps(other, result) && beats(other, result)),
    );
    return kept.sort((a, b) => a.index - b.index);
  }
}
