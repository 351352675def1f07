// A rewrite of an objective that passes S, M and T, built from its own words with blanks for what the client knows.
import type { Language, SmartFlags } from '../types';
import type { CoachWords } from './locales/words';
import { BLANK, COACH_WORDS, domainOf, foldWord, leadingVagueVerb, wordsOf } from './words';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The object of a vague goal without its verb and leading articles: "Mejorar la presencia en X" → "presencia en X". */
function objectOf(text: string, verb: string | null, words: CoachWords): string[] {
  const object = wordsOf(text.replace(/^to\s+/i, '')).slice(verb ? wordsOf(verb).length : 0);
  while (object.length > 0 && words.articles.includes(foldWord(object[0] ?? ''))) object.shift();
  return object;
}

/** Where the object's first preposition is ("presencia | en Instagram"), or its length when it has none. */
function placeStart(object: string[], words: CoachWords): number {
  const start = object.findIndex((word) => words.prepositions.includes(foldWord(word)));
  return start < 0 ? object.length : start;
}

/** A vague goal becomes a count to reach: the domain's unit when the objective names one, else a percentage. */
function specificGoal(text: string, words: CoachWords): string {
  const verb = leadingVagueVerb(text, words);
  const object = objectOf(text, verb, words);
  const domain = domainOf(text, words);
  if (!domain) return `${text} ${words.percentTarget}`;
  const unitWord = foldWord(wordsOf(domain.unit)[0] ?? '');
  const unitAt = object.findIndex((word) => foldWord(word) === unitWord);
  const placeAt = placeStart(object, words);
  // The object already names the unit ("las consultas en línea"): count it as written.
  if (unitAt >= 0 && unitAt < placeAt) return `${words.reachVerb} ${BLANK} ${object.join(' ')}`;
  // The place is kept ("en Instagram") unless it repeats the unit ("de alumnos").
  const place = unitAt >= placeAt ? [] : object.slice(placeAt);
  return [words.reachVerb, BLANK, domain.unit, ...place].join(' ');
}

function measuredGoal(text: string, smart: SmartFlags, words: CoachWords): string {
  if (smart.measurable) return text;
  if (!smart.specific) return specificGoal(text, words);
  const unit = domainOf(text, words)?.unit ?? words.fallbackUnit;
  return `${text} ${words.withWord} ${BLANK} ${unit}`;
}

/**
 * Null when S, M and T already pass. Otherwise the objective's words with what is missing added:
 * a target `___` (a number the client gives) and, without a deadline, "antes del ___" / "by ___"
 * (a date). The blanks are the VA's to fill: once filled, smartFlags passes S, M and T on it.
 */
export function rewriteObjective(text: string, smart: SmartFlags, language: Language): string | null {
  if (smart.specific && smart.measurable && smart.timeBound) return null;
  const words = COACH_WORDS[language];
  const goal = measuredGoal(text.trim().replace(/[.;]+$/, ''), smart, words);
  const deadline = smart.timeBound ? '' : ` ${words.deadlineLead} ${BLANK}`;
  return capitalise(`${goal}${deadline}`);
}

/**
 * Splits a goal the VA typed from a deadline written after the language's lead ("… antes del 30/06"),
 * so smartFlags reads that deadline as one; an unfilled blank is no deadline.
 */
export function splitDeadline(text: string, language: Language): { goal: string; deadline: string | null } {
  const lead = ` ${COACH_WORDS[language].deadlineLead} `;
  const at = text.toLowerCase().lastIndexOf(lead);
  if (at < 0) return { goal: text, deadline: null };
  const deadline = text.slice(at + 1).trim();
  // "by 20%" is a target, not a deadline.
  if (deadline.endsWith('%')) return { goal: text, deadline: null };
  if (deadline.includes(BLANK)) return { goal: text.slice(0, at), deadline: null };
  return { goal: text.slice(0, at), deadline };
}
