// Accent folding that keeps every character in place, so spans found in the folded text fit the original.

// Plain ASCII has nothing to fold: most notes are mostly ASCII, so only the other characters are looked at.
const NOT_ASCII = /\P{ASCII}/u;
const EACH_NOT_ASCII = /\P{ASCII}/gu;

/** Each character folded so far: the same few accented letters come back on nearly every line. */
const FOLDED = new Map<string, string>();

/** "é" -> "e"; a character whose base letter would change the text's length stays as it is. */
function foldCharacter(char: string): string {
  let folded = FOLDED.get(char);
  if (folded === undefined) {
    const base = char.normalize('NFD')[0] ?? char;
    folded = base.length === char.length ? base : char;
    FOLDED.set(char, folded);
  }
  return folded;
}

/** "Mañana MIÉRCOLES" -> "Manana MIERCOLES": same length, so an index in one is an index in the other. */
export function foldAccents(text: string): string {
  return NOT_ASCII.test(text) ? text.replace(EACH_NOT_ASCII, foldCharacter) : text;
}
