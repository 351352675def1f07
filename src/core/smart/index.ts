// SMART flags of an objective: specific, measurable and time-bound read from its words; A and R left unknown.
import type { Language, SmartFlags } from '../types';
import { EN_SMART } from './locales/en/words';
import { ES_SMART } from './locales/es/words';
import type { SmartWords } from './locales/words';

const WORDS: Record<Language, SmartWords> = { es: ES_SMART, en: EN_SMART };
const NUMBER = /\d|%/;

export interface SmartInput {
  /** The objective as written, without its deadline phrase. */
  text: string;
  /** The deadline phrase as written, when the objective had one. */
  dueText: string | null;
  language: Language;
}

function isMeasurable(text: string, words: SmartWords): boolean {
  return NUMBER.test(text) || words.numberWords.test(text);
}

function isSpecific(text: string, measurable: boolean, words: SmartWords): boolean {
  if (measurable) return true;
  const goal = text.trim().replace(/^to\s+/i, '');
  if (words.vagueVerbs.test(goal) || words.openComparatives.test(goal)) return false;
  return words.actionVerb.test(goal) && goal.split(/\s+/).length >= 2;
}

export function smartFlags({ text, dueText, language }: SmartInput): SmartFlags {
  const words = WORDS[language];
  const measurable = isMeasurable(text, words);
  return {
    specific: isSpecific(text, measurable, words),
    measurable,
    achievable: null,
    realistic: null,
    timeBound: Boolean(dueText) || words.periods.test(text),
  };
}
