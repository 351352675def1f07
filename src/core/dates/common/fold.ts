// Accent folding that keeps every character in place, so spans found in the folded text fit the original.

/** "Mañana MIÉRCOLES" -> "Manana MIERCOLES": same length, so an index in one is an index in the other. */
export function foldAccents(text: string): string {
  let folded = '';
  for (const char of text) {
    const base = char.normalize('NFD')[0] ?? char;
    folded += base.length === char.length ? base : char;
  }
  return folded;
}
