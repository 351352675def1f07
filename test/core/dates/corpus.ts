// Reads the labelled corpus (notes beside their expected answers) for the dates tests.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { IsoDate, Language } from '../../../src/core/types';

const CORPUS = join(__dirname, '../../../../shared/corpus');

export interface LabelledItem {
  text: string;
  due: IsoDate | null;
}

export interface CorpusFile {
  name: string;
  notes: string;
  meetingDate: IsoDate | null;
  language: Language;
  items: LabelledItem[];
}

export function readCorpus(): CorpusFile[] {
  return ['va', 'minutes'].flatMap((folder) =>
    readdirSync(join(CORPUS, folder))
      .filter((file) => file.endsWith('.json'))
      .map((file) => {
        const label = JSON.parse(readFileSync(join(CORPUS, folder, file), 'utf8'));
        return {
          name: `${folder}/${file.replace(/\.json$/, '')}`,
          notes: readFileSync(join(CORPUS, folder, file.replace(/\.json$/, '.txt')), 'utf8'),
          meetingDate: label.meetingDate,
          language: label.language,
          items: [...label.objectives, ...label.tasks].map(({ text, due }: LabelledItem) => ({ text, due })),
        };
      }),
  );
}

const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Where the item's deadline may be written: each line holding the item's opening words, alone and
 * with the line after it ("Responsable: X · Fecha: el lunes"). Empty when the label rewrote the text.
 */
export function sourceLines(notes: string, itemText: string): string[] {
  const opening = comparable(itemText).split(' ').slice(0, 5).join(' ');
  const lines = notes.split(/\r?\n/);
  return lines.flatMap((line, index) =>
    comparable(line).includes(opening) ? [line, `${line}\n${lines[index + 1] ?? ''}`] : [],
  );
}
