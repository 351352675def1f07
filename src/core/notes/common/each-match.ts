// Steps a shared global pattern through a text, as matchAll would, without copying the pattern on every call.

/**
 * The first non-null answer `accept` gives for the matches of a global (`g`) pattern, left to right. `accept`
 * must not use `pattern` itself: the pattern's position is shared.
 */
export function firstOfMatches<T>(
  pattern: RegExp,
  text: string,
  accept: (match: RegExpExecArray) => T | null,
): T | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // An empty match would be found again at the same place: step past it, as matchAll does.
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
    const answer = accept(match);
    if (answer !== null) {
      pattern.lastIndex = 0;
      return answer;
    }
  }
  return null;
}

/** The index after `index`, a whole code point further in unicode mode. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  const code = text.charCodeAt(index);
  const pair = unicode && code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
  const low = pair ? text.charCodeAt(index + 1) : 0;
  return index + (pair && low >= 0xdc00 && low <= 0xdfff ? 2 : 1);
}
