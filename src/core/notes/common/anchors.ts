// Patterns anchored at the start of a text, turned into one cheaper first test of the whole text.

/** Whether a pattern's source holds the character as syntax: not escaped, not inside a character class. */
function holdsSyntax(source: string, wanted: string): boolean {
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source.charAt(index);
    if (char === '\\') index += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === wanted) return true;
  }
  return false;
}

/** What a pattern holds between its anchors, or null when its flags or what it holds would read it otherwise. */
function between(pattern: RegExp, endAnchor: boolean): string | null {
  const { source, flags } = pattern;
  const inner = endAnchor ? source.slice(1, -1) : source.slice(1);
  const anchored = source.startsWith('^') && (!endAnchor || (source.endsWith('$') && !inner.endsWith('\\')));
  // Another start anchor, a look-behind or a multi-line flag depends on what comes before the part read.
  const readsBefore = holdsSyntax(inner, '^') || /\(\?<[=!]/.test(inner) || /[mv]/.test(flags);
  // With an end anchor the words are read up to a space or a comma: an end anchor or a look-ahead inside would
  // see those where it saw the end (a word boundary reads a space, a comma and an end alike).
  const readsAfter = endAnchor && (holdsSyntax(inner, '$') || /\(\?[=!]/.test(inner));
  return anchored && !readsBefore && !readsAfter ? inner : null;
}

function compile(source: string, pattern: RegExp): RegExp {
  return new RegExp(source, pattern.flags.replace(/[gy]/g, ''));
}

/**
 * A pattern `^X` that a part of a text right after a space may start with, searched for anywhere in the text:
 * no match proves no such part starts with it (a word boundary reads a space as it reads a start). Null when
 * the pattern cannot be read so.
 */
export function searchAnywhere(pattern: RegExp): RegExp | null {
  const inner = between(pattern, false);
  return inner === null ? null : compile(inner, pattern);
}

/**
 * A pattern `^X$` for a whole phrase, turned into a test of a text's first words up to a space or a comma: no
 * match proves that no phrase cut from the text's start before a space or a comma is X. Null when the pattern
 * cannot be read so.
 */
export function leadingWords(pattern: RegExp): RegExp | null {
  const inner = between(pattern, true);
  return inner === null ? null : compile(`^(?:${inner})(?=[\\s,])`, pattern);
}
