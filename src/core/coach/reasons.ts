// Why each SMART letter of an objective passes or fails, in the notes' language.
import { COACH_STRINGS, type CoachStrings } from '../i18n/coach';
import type { Language } from '../types';
import type { CoachInput, LetterCoaching } from './types';
import { COACH_WORDS, domainOf, leadingVagueVerb, wordsOf } from './words';

const OPENING_WORDS = 4;
/** A number with what it counts: "2000 suscriptores", "20%", "1,000 followers". */
const COUNTED_TARGET = /\d[\d.,]*(?:\s*%|\s+\p{L}+)?/u;

export function specificReason(input: CoachInput, language: Language): LetterCoaching {
  const strings = COACH_STRINGS[language];
  if (input.smart.specific) {
    return {
      passed: true,
      reason: strings.specificFound(wordsOf(input.text).slice(0, OPENING_WORDS).join(' ')),
    };
  }
  const verb = leadingVagueVerb(input.text, COACH_WORDS[language]);
  return { passed: false, reason: verb ? strings.specificVague(verb) : strings.specificMissing };
}

export function measurableReason(input: CoachInput, language: Language): LetterCoaching {
  const strings = COACH_STRINGS[language];
  const words = COACH_WORDS[language];
  if (input.smart.measurable) {
    const target = COUNTED_TARGET.exec(input.text)?.[0] ?? input.text;
    return { passed: true, reason: strings.measurableFound(target) };
  }
  const unit = domainOf(input.text, words)?.unit ?? words.fallbackUnit;
  return { passed: false, reason: strings.measurableMissing(unit) };
}

export function timeBoundReason(input: CoachInput, language: Language): LetterCoaching {
  const strings = COACH_STRINGS[language];
  if (!input.smart.timeBound) return { passed: false, reason: strings.timeBoundMissing };
  // No phrase or date means the period sits in the objective's own words.
  return { passed: true, reason: strings.timeBoundFound(input.dueText || input.due || input.text) };
}

export function confirmedReason(value: boolean | null, strings: CoachStrings): LetterCoaching {
  if (value === null) return { passed: null, reason: strings.confirmUnknown };
  return { passed: value, reason: value ? strings.confirmYes : strings.confirmNo };
}
