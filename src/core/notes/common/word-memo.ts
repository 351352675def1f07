// A yes-or-no reading of a word in one language, worked out once per word: the same words come back on every line.
import type { NotesLocale } from '../locales';

export type WordTest = (word: string, locale: NotesLocale) => boolean;

/** `read` run once per word and language; its answer is kept for the word's next reading. */
export function perWord(read: WordTest): WordTest {
  const known = new WeakMap<NotesLocale, Map<string, boolean>>();
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
