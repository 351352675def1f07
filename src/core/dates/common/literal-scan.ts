// One pass over a text that tells, for a list of patterns, which of them may match it: their required words seen.
import { requiredWords } from './literal-gate';
import { BOUNDARY, type Clause } from './regex-shape';
import { WordAutomaton } from './word-automaton';

/** Read by unicode patterns as "s" and "k": a text holding them gets every pattern (see `requiredWords`). */
const CASE_TWINS = /[\u017f\u212a]/;
/** A word with more spellings than this is cut to its longest part free of BOUNDARY. */
const SPELLING_LIMIT = 16;

/**
 * BOUNDARY stands for any character outside [a-z0-9_]: the automaton reads those in no word as its stand-in,
 * so a word holding BOUNDARY is also spelled with each of those in the words. Null: the clause says nothing.
 */
function spelledOut(clause: Clause, marks: string[]): Clause | null {
  // Boundaries alone are found in every text, if only at its edges.
  if (clause.some((word) => word.split(BOUNDARY).join('') === '')) return null;
  const words = clause.flatMap((word) => spellings(word, marks));
  return words.includes('') ? null : [...new Set(words)];
}

function spellings(word: string, marks: string[]): string[] {
  const parts = word.split(BOUNDARY);
  if (marks.length ** (parts.length - 1) > SPELLING_LIMIT)
    return [parts.reduce((best, part) => (part.length > best.length ? part : best), '')];
  return parts
    .slice(1)
    .reduce(
      (spelled, part) => spelled.flatMap((head) => marks.map((mark) => head + mark + part)),
      [parts[0] ?? ''],
    );
}

export class LiteralScan {
  /** Per pattern, the indexes of its clauses, all of which must be satisfied. */
  private readonly clausesOfPattern: number[][];
  /** Finds the words; each carries, as labels, the clauses it satisfies. */
  private readonly automaton: WordAutomaton;
  /** Per clause, 1 once satisfied: one buffer, refilled on each scan. */
  private readonly satisfied: Uint8Array;

  /** Patterns are read as run on accent-folded text (see `requiredWords`). */
  constructor(patterns: RegExp[]) {
    const required = patterns.map(requiredWords);
    const marks = [...new Set(required.flat(2).join(''))].filter((char) => !/[a-z0-9_]/.test(char));
    // Patterns share clauses (a digit, mostly): each is marked once per word found, however many need it.
    const indexOfClause = new Map<string, number>();
    const clauses: Clause[] = [];
    const indexOf = (clause: Clause): number => {
      const key = [...clause].sort().join('|');
      const known = indexOfClause.get(key);
      if (known !== undefined) return known;
      indexOfClause.set(key, clauses.length);
      return clauses.push(clause) - 1;
    };
    this.clausesOfPattern = required.map((own) =>
      own.flatMap((clause) => {
        const spelled = spelledOut(clause, marks);
        return spelled ? [indexOf(spelled)] : [];
      }),
    );
    const clausesOfWord = new Map<string, number[]>();
    clauses.forEach((clause, index) => {
      for (const word of clause) clausesOfWord.set(word, [...(clausesOfWord.get(word) ?? []), index]);
    });
    this.automaton = new WordAutomaton([...clausesOfWord.keys()], [...clausesOfWord.values()], BOUNDARY);
    this.satisfied = new Uint8Array(clauses.length);
  }

  /** Per pattern, false only when it cannot match the accent-folded text anywhere. */
  mayMatch(folded: string): boolean[] {
    if (CASE_TWINS.test(folded)) return this.clausesOfPattern.map(() => true);
    const satisfied = this.satisfied.fill(0);
    this.automaton.markLabelsFound(folded, satisfied);
    const mayMatch = new Array<boolean>(this.clausesOfPattern.length);
    // Plain loops, left at the first clause not met: this runs for every line of the notes.
    for (let pattern = 0; pattern < mayMatch.length; pattern++) {
      let met = true;
      for (const clause of this.clausesOfPattern[pattern] ?? [])
        if (satisfied[clause] !== 1) {
          met = false;
          break;
        }
      mayMatch[pattern] = met;
    }
    return mayMatch;
  }
}
