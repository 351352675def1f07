// Judges the sidebar's parser file as the check read it: there, whole, and defining the parser's global.
import { CHECK_STRINGS } from '../i18n/check';
import type { Language } from '../types';
import { verdict, type Verdict } from './verdict';

/** Parser.html read as getParserSource reads it and unwrapped as the sidebar unwraps it. */
export type ParserFileObservation =
  /** HtmlService refused to read it (it was not pushed): the service's error message. */
  | { read: 'unreadable'; error: string }
  /** Read, but not one whole script element: cut short, or altered on the way. */
  | { read: 'notWhole'; characters: number }
  | { read: 'whole'; codeCharacters: number; definesGlobal: boolean; globalName: string };

/** Every failure ends with what to do about it: the sidebar cannot parse notes until the file is pushed whole. */
export function parserFileVerdict(observed: ParserFileObservation, language: Language): Verdict {
  const seen = CHECK_STRINGS[language].seen;
  const failed = (problem: string): Verdict => verdict(false, `${problem} — ${seen.parserHint}`);
  if (observed.read === 'unreadable') return failed(seen.error(observed.error));
  if (observed.read === 'notWhole') return failed(seen.parserNotWhole(observed.characters));
  if (!observed.definesGlobal)
    return failed(seen.parserNoGlobal(observed.codeCharacters, observed.globalName));
  return verdict(true, seen.parserWhole(observed.codeCharacters, observed.globalName));
}
