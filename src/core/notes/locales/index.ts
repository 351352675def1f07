// Picks the word lists for a language.
import type { Language } from '../../types';
import { EN_NOTES } from './en/constants';
import { ES_NOTES } from './es/constants';
import type { NotesLocale } from './locale';

const LOCALES: Record<Language, NotesLocale> = { es: ES_NOTES, en: EN_NOTES };

export function notesLocale(language: Language): NotesLocale {
  return LOCALES[language];
}

export type { NotesLocale } from './locale';
