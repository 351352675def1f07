// Helpers to turn word tables into regular-expression alternations and to read their values back.

/** Longest first, so "miercoles" wins over "mie" and "septiembre" over "sep". */
export function alternation(dictionary: Record<string, number>): string {
  const words = Object.keys(dictionary).sort((a, b) => b.length - a.length);
  return `(?:${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

/** The value of a word (case-folded) or of a numeral; null when it is neither. */
export function lookup(dictionary: Record<string, number>, word: string | undefined): number | null {
  if (word === undefined) return null;
  const normalised = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(normalised)) return Number(normalised);
  return dictionary[normalised] ?? null;
}
