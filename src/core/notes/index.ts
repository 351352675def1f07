// The notes parser's public face: meeting notes in, objectives, tasks and warnings out. Never throws.
import type { Language, ParseOptions, ParseResult } from '../types';
import { warning } from './common/warnings';
import { parseNotesUnguarded } from './parse';

function emptyResult(options: ParseOptions, language: Language): ParseResult {
  return {
    meetingDate: options.meetingDate ?? options.today,
    language,
    objectives: [],
    tasks: [],
    warnings: [warning(language, 'empty-notes', 1)],
    title: null,
  };
}

/** Reads meeting notes into objectives and tasks. Any string is accepted: odd input gives fewer items, not an error. */
export function parseNotes(notes: string, options: ParseOptions): ParseResult {
  const text = typeof notes === 'string' ? notes : '';
  const fallbackLanguage = options.language && options.language !== 'auto' ? options.language : 'es';
  if (text.trim() === '') return emptyResult(options, fallbackLanguage);
  try {
    return parseNotesUnguarded(text, options);
  } catch {
    // The sidebar must always get an answer: a parser bug on odd input degrades to "nothing found".
    return emptyResult(options, fallbackLanguage);
  }
}
