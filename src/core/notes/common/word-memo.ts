// A reading of a word in one language, worked out once per word: the same words come back on every line.
import type { NotesLocale } from '../locales';

/** What a word reads as in one language; never undefined, which marks a word not read yet. */
export type WordReading<T> = (word: string, locale: NotesLocale) => T;

/** `read` run once per word and language; its answer is kept for the word's next reading. */
export function perWord<T>(read: WordReading<T>): WordReading<T> {
  const known = new WeakMap<NotesLocale, Map<string, T>>();
  return (word, locale) => {
    let answers = known.get(locale);
    if (!answers) {
      answers = new Map();
      known.set(locale, answers);
    }
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = read(word, locale);
      answers.set(word, answer);
    }
    return answer;
  };
}
