// Settles overlaps before chrono's own refiners: our rules win unless chrono read a longer phrase that names a day.
import type { ParsingResult, Refiner } from 'chrono-node/es';
import { isRuleResult, type ParsingContext } from '../resolution';

// Numeric dates are ours alone: chrono would read "10.5" or "2.0" as dates.
const NUMERIC_ONLY = /^[\d\s/.-]+$/;

/** A result and whether one of our rules made it, asked once: reading a result's tags copies them. */
interface Candidate {
  result: ParsingResult;
  rule: boolean;
}

function overlaps(a: ParsingResult, b: ParsingResult): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/** chrono's longer reading wins only when it names a day ("friday sept 20"), not for "on Friday," over "Friday". */
function beats(a: Candidate, b: Candidate): boolean {
  if (a.rule === b.rule) return a.result.text.length > b.result.text.length;
  const [chronoResult, ruleResult] = a.rule ? [b.result, a.result] : [a.result, b.result];
  const chronoWins = chronoResult.text.length > ruleResult.text.length && chronoResult.start.isCertain('day');
  return a.rule ? !chronoWins : chronoWins;
}

export class PreferRulesRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const candidates = results
      .map((result) => ({ result, rule: isRuleResult(result) }))
      .filter(({ result, rule }) => rule || !NUMERIC_ONLY.test(result.text));
    const kept = candidates.filter(
      (candidate) =>
        !candidates.some(
          (other) =>
            other !== candidate && overlaps(other.result, candidate.result) && beats(other, candidate),
        ),
    );
    return kept.map(({ result }) => result).sort((a, b) => a.index - b.index);
  }
}
