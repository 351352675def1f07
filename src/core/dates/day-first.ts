// Whether numeric dates in a set of notes read D/M or M/D.
import type { Language } from '../types';

const NUMERIC_DATE = /(?<![\d.])(\d{1,2})([/.])(\d{1,2})(?:\2(\d{2,4}))?(?![\d])/g;

/** Always for Spanish; for English only when the notes show it: a first number above 12 ("21/11") or a dotted full date ("07.11.2022"). */
export function detectDayFirst(notes: string, language: Language): boolean {
  if (language === 'es') return true;
  for (const match of notes.matchAll(NUMERIC_DATE)) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    if (first > 12 && second <= 12) return true;
    if (match[2] === '.' && match[4] && first <= 31 && second <= 12) return true;
  }
  return false;
}
