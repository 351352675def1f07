// The parser must answer on any string: random text and mutated corpus notes never make it throw.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseNotesUnguarded } from '../../../src/core/notes/parse';
import { parseNotes } from '../../../src/core/notes';

const CORPUS = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const corpusNotes = ['va', 'minutes'].flatMap((folder) =>
  readdirSync(join(CORPUS, folder))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(CORPUS, folder, name), 'utf8')),
);

const OPTIONS = { today: '2026-03-12' };

function checkShape(notes: string): void {
  const result = parseNotesUnguarded(notes, OPTIONS);
  const lineCount = notes.split('\n').length;
  for (const item of [...result.tasks, ...result.objectives]) {
    expect(item.line).toBeGreaterThanOrEqual(1);
    expect(item.line).toBeLessThanOrEqual(lineCount);
    expect(item.text.trim()).not.toBe('');
  }
}

/** Cuts, duplicates and splices corpus text so odd combinations of real forms are tried. */
const mutatedNote = fc
  .tuple(
    fc.constantFrom(...corpusNotes),
    fc.nat(),
    fc.nat(),
    fc.string({
      unit: fc.constantFrom(
        '-',
        '*',
        '[',
        ']',
        '|',
        '\t',
        '\n',
        ':',
        '→',
        '~',
        '#',
        '(',
        ')',
        '@',
        ' ',
        'a',
        '1',
        '/',
        'ñ',
      ),
    }),
  )
  .map(([note, from, length, noise]) => {
    const start = from % (note.length + 1);
    return note.slice(0, start) + noise + note.slice(start, start + (length % 400)) + note.slice(start);
  });

describe('parseNotes never throws', () => {
  it('on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (notes) => checkShape(notes)),
      { numRuns: 300 },
    );
  });

  it('on mutated corpus notes', () => {
    fc.assert(
      fc.property(mutatedNote, (notes) => checkShape(notes)),
      { numRuns: 150 },
    );
  });

  it('answers empty notes with empty lists and a warning', () => {
    const result = parseNotes('  \n\n', OPTIONS);
    expect(result.tasks).toEqual([]);
    expect(result.objectives).toEqual([]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['empty-notes']);
  });

  it('numbers tasks and objectives in order', () => {
    const result = parseNotes(
      'Objetivos\n- Vender 10 cajas\n- Abrir 2 locales\n\nTareas\n- Ana: llamar\n- Luis: pagar',
      OPTIONS,
    );
    expect(result.objectives.map((objective) => objective.id)).toEqual(['O1', 'O2']);
    expect(result.tasks.map((task) => task.id)).toEqual(['T1', 'T2']);
  });
});
