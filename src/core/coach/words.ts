// Word-level helpers the coach shares: the language's lists, the leading vague verb, the domain of an objective.
import type { Language } from '../types';
import { normaliseText } from '../workbook/text';
import { EN_COACH } from './locales/en/words';
import { ES_COACH } from './locales/es/words';
import type { CoachWords, MeasurableDomain } from './locales/words';

export const COACH_WORDS: Record<Language, CoachWords> = { es: ES_COACH, en: EN_COACH };

/** What a blank stands for in a rewrite: a number or a date only the client knows. */
export const BLANK = '___';

/** Lower case without accents or punctuation, so "Valoración," finds the keyword "valoracion". */
export const foldWord = normaliseText;

export function wordsOf(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

/** The vague verb the objective opens with, as written ("Mejorar"), or null. */
export function leadingVagueVerb(text: string, words: CoachWords): string | null {
  const written = wordsOf(text.replace(/^to\s+/i, ''));
  const folded = written.map(foldWord);
  for (const verb of words.vagueVerbs) {
    const verbWords = wordsOf(verb);
    if (verbWords.every((word, index) => folded[index] === word)) {
      return written.slice(0, verbWords.length).join(' ');
    }
  }
  return null;
}

export function domainOf(text: string, words: CoachWords): MeasurableDomain | null {
  const folded = new Set(wordsOf(text).map(foldWord));
  return words.domains.find((domain) => domain.keywords.some((keyword) => folded.has(keyword))) ?? null;
}
