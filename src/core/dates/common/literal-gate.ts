// The words a pattern cannot match accent-folded text without, in the form the word automaton looks for them.
import { foldAccents } from './fold';
import { type Clause, clausesOf, SourceReader } from './regex-shape';

/** Whether some spelling of the word, in any case, survives accent folding. */
function canBeInFoldedText(word: string): boolean {
  return (
    !/\P{ASCII}/u.test(word) ||
    [...word].every((char) =>
      [char, char.toLowerCase(), char.toUpperCase()].some((variant) => foldAccents(variant) === variant),
    )
  );
}

function longestAsciiRun(word: string): string {
  const runs = word.match(/\p{ASCII}+/gu) ?? [];
  return runs.reduce((best, run) => (run.length > best.length ? run : best), '');
}

/** Past this many words a clause is left as it is: trimming it costs more than it saves. */
const TRIM_LIMIT = 32;

/** Drops the words that hold another word of the clause: finding the shorter is enough. */
function minimal(clause: Clause): Clause {
  const words = [...new Set(clause)];
  if (words.length > TRIM_LIMIT) return words;
  return words.filter((word) => !words.some((other) => other !== word && word.includes(other)));
}

/**
 * A word with a letter accent folding removes ("mañana", "sáb") is never in folded text, so it is left out.
 * The rest go in lower case, each cut to its longest ASCII run, since case rules outside ASCII differ between
 * a pattern and `toLowerCase`: any part of a word the pattern needs is needed too. A word with nothing left
 * needs nothing, and its clause says nothing.
 */
function inFoldedText(clause: Clause): Clause | null {
  const words = clause.filter(canBeInFoldedText).map((word) => longestAsciiRun(word.toLowerCase()));
  return words.includes('') ? null : minimal(words);
}

/**
 * Clauses of words every match of the pattern in accent-folded text holds, one word of each clause at least:
 * ASCII, lower case (the text may hold them in any case), with BOUNDARY for any character outside [a-z0-9_]
 * and for the text's edges. Empty when the pattern may match anything. A text holding "ſ" or the Kelvin sign,
 * which a unicode pattern reads as "s" and "k", is beyond these clauses.
 */
export function requiredWords(pattern: RegExp): Clause[] {
  // Surrogate pairs would be read one half at a time, which a unicode pattern never matches; the "v" flag
  // has classes of its own.
  if (/[\uD800-\uDFFF]/.test(pattern.source) || pattern.flags.includes('v')) return [];
  let clauses: Clause[];
  try {
    clauses = clausesOf(new SourceReader(pattern.source, pattern.flags).readAll());
  } catch {
    return [];
  }
  const words = clauses.flatMap((clause) => {
    const inText = inFoldedText(clause);
    return inText ? [inText] : [];
  });
  return [...new Map(words.map((clause) => [clause.join('|'), clause])).values()];
}
