// A cheap first look at a text: chrono's costly pass runs only on text that may hold a date phrase.
import type { RuleParser } from './parsers/RuleParser';

/** The words chrono's own casual parsers read without a digit, per language. */
export interface ChronoWords {
  /** Words read on their own ("tonight", "noon"): found anywhere, as chrono may glue them to the next word. */
  words: string[];
  /** Abbreviations ("sat", "dic"): only when no letter follows, as chrono reads them. */
  abbreviations: string[];
  /** Words chrono lets run on right after an abbreviation: "octof" is its "oct of". */
  abbreviationTails: string[];
  /** Amounts before a time unit ("a", "the", "next", "dos"), as pattern fragments in chrono's own form. */
  amounts: string[];
  /** Time units after an amount ("w", "mins", "dia"). */
  units: string[];
  /** Words chrono lets run on right after a unit: "minsago" is its "mins ago". */
  unitTails: string[];
}

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function anyOf(words: string[]): string {
  return `(?:${[...new Set(words)].map(escaped).join('|')})`;
}

/** A digit or one of chrono's words; an amount may run into its unit, as chrono allows: "them" is its "the m". */
function chronoWordPattern(chrono: ChronoWords): RegExp {
  const { words, abbreviations, abbreviationTails, amounts, units, unitTails } = chrono;
  const abbreviationPattern = `${anyOf(abbreviations)}${anyOf(abbreviationTails)}?(?![a-z0-9_])`;
  const unitPattern = `(?:${amounts.join('|')})\\s{0,5}${anyOf(units)}${anyOf(unitTails)}?(?![a-z0-9_])`;
  return new RegExp(`\\d|${anyOf(words)}|${abbreviationPattern}|${unitPattern}`, 'i');
}

/**
 * Whether chrono could find anything in accent-folded text: a digit, one of chrono's words, or a match of one
 * of our own parsers. Text that fails holds no date phrase, so skipping chrono there changes no result.
 */
export function dateTextTest(chronoWords: ChronoWords, rules: RuleParser[]): (folded: string) => boolean {
  const chronoPattern = chronoWordPattern(chronoWords);
  const rulePatterns = rules.map((rule) => rule.pattern());
  return (folded) => chronoPattern.test(folded) || rulePatterns.some((pattern) => pattern.test(folded));
}
