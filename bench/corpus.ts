// Meeting notes of a given length per language: the shared corpus repeated with varied weekdays, or generated lines.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../src/core/types';
import { generatedLines } from './generated-notes';

/** The shared corpus sits beside the project: ../shared/corpus from the project root. */
const CORPUS_ROOT = join(__dirname, '..', '..', 'shared', 'corpus');
const CORPUS_FOLDERS = ['va', 'minutes'];

const WEEKDAYS: Record<Language, string[]> = {
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

export interface NotesSource {
  /** Where the lines came from, for the report. */
  origin: string;
  lines(language: Language, count: number): string[];
}

function corpusFiles(language: Language): string[] {
  return CORPUS_FOLDERS.flatMap((folder) => {
    const directory = join(CORPUS_ROOT, folder);
    if (!existsSync(directory)) return [];
    return readdirSync(directory)
      .filter((name) => name.startsWith(language) && name.endsWith('.txt'))
      .sort()
      .map((name) => join(directory, name));
  });
}

/** Each repetition of the corpus moves its weekdays on by one, so repeated notes are not identical text. */
function shiftWeekdays(line: string, language: Language, shift: number): string {
  if (shift === 0) return line;
  const days = WEEKDAYS[language];
  const pattern = new RegExp(`\\b(${days.join('|')})\\b`, 'g');
  return line.replace(pattern, (day) => days[(days.indexOf(day) + shift) % days.length] ?? day);
}

function repeatVaried(base: string[], language: Language, count: number): string[] {
  const lines: string[] = [];
  for (let copy = 0; lines.length < count; copy += 1)
    for (const line of base) {
      if (lines.length === count) break;
      lines.push(shiftWeekdays(line, language, copy));
    }
  return lines;
}

export function notesSource(): NotesSource {
  const corpus: Record<Language, string[]> = { es: [], en: [] };
  for (const language of ['es', 'en'] as const)
    corpus[language] = corpusFiles(language).flatMap((file) => readFileSync(file, 'utf8').split(/\r?\n/));
  if (corpus.es.length === 0 || corpus.en.length === 0)
    return { origin: 'generated task lines (../shared/corpus not found)', lines: generatedLines };
  const files = corpusFiles('es').length + corpusFiles('en').length;
  return {
    origin: `../shared/corpus: ${files} notes (${corpus.es.length} es + ${corpus.en.length} en lines), repeated with shifted weekdays`,
    lines: (language, count) => repeatVaried(corpus[language], language, count),
  };
}
