// The SMART coach: explains each letter of an objective, asks the A/R questions and proposes a rewrite.
import { COACH_STRINGS } from '../i18n/coach';
import type { Language } from '../types';
import { confirmedReason, measurableReason, specificReason, timeBoundReason } from './reasons';
import { rewriteObjective } from './rewrite';
import type { CoachInput, ObjectiveCoaching } from './types';

/** The verdicts are the objective's flags (the parser's smartFlags), so coach and parser never disagree. */
export function coachObjective(objective: CoachInput, language: Language): ObjectiveCoaching {
  const strings = COACH_STRINGS[language];
  return {
    specific: specificReason(objective, language),
    measurable: measurableReason(objective, language),
    achievable: confirmedReason(objective.smart.achievable, strings),
    realistic: confirmedReason(objective.smart.realistic, strings),
    timeBound: timeBoundReason(objective, language),
    questions: { achievable: strings.achievableQuestions, realistic: strings.realisticQuestions },
    rewrite: rewriteObjective(objective.text, objective.smart, language),
  };
}
