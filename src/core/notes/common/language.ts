// Detects whether notes are written in Spanish or English by counting frequent words.
import type { Language } from '../../types';
import { EN_NOTES } from '../locales/en/constants';
import { ES_NOTES } from '../locales/es/constants';

function countMatches(text: string, words: RegExp): number {
  return text.match(words)?.length ?? 0;
}

/** Spanish wins ties: the product's first audience writes in Spanish. */
export function detectLanguage(notes: string): Language {
  const spanish = countMatches(notes, ES_NOTES.commonWords) + 3 * countMatches(notes, /[ñáéíóú¿¡]/gi);
  const english = countMatches(notes, EN_NOTES.commonWords);
  return english > spanish ? 'en' : 'es';
}
