// Word tables that tell a task's subject from a word mentioned in passing ("las estadísticas del newsletter").
import type { Language } from '../types';

export interface MatchWords {
  /** Articles and possessives skipped when looking at what comes before a trigger word. */
  determiners: ReadonlySet<string>;
  /** A trigger right after one of these is a complement of something else, not the task's subject. */
  passingPrepositions: ReadonlySet<string>;
  /** How many other words (adjectives like "monthly") may sit between such a preposition and the trigger. */
  modifierSlots: number;
}

const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(' '));

// Spanish adjectives mostly follow the noun, and "a" often introduces a person ("enviar a Luis el
// boletín"), so only articles are skipped; English puts adjectives before it ("the May newsletter").
export const MATCH_WORDS: Record<Language, MatchWords> = {
  es: {
    determiners: wordSet(
      'el la los las lo un una unos unas este esta estos estas ese esa esos esas mi mis tu tus su sus ' +
        'nuestro nuestra nuestros nuestras proximo proxima proximos proximas primer primero primera ' +
        'segundo segunda tercer tercero tercera ultimo ultima nuevo nueva',
    ),
    passingPrepositions: wordSet(
      'a al de del sobre para por con sin tras desde segun hasta ante entre contra',
    ),
    modifierSlots: 0,
  },
  en: {
    determiners: wordSet(
      'the a an this that these those my our your their his her its next last first second third new',
    ),
    passingPrepositions: wordSet('of about for from with to on in after before regarding at by without into'),
    modifierSlots: 1,
  },
};
