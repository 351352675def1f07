// The first look that skips the chrono pass: date phrases without a digit are still found, and text it
// passes over is text the full pass finds nothing in.
import fc from 'fast-check';
import { findDueDate } from '../../../src/core/dates';
import { foldAccents } from '../../../src/core/dates/common/fold';
import type { DateLocale } from '../../../src/core/dates/common/locale';
import { english } from '../../../src/core/dates/locales/en/configuration';
import { spanish } from '../../../src/core/dates/locales/es/configuration';
import type { Language } from '../../../src/core/types';
import { REFERENCE } from './helpers';

function phraseFound(language: Language, text: string): string | undefined {
  return findDueDate(text, { reference: REFERENCE.thursday, language, dayFirst: language === 'es' })?.text;
}

describe('date phrases written without a digit', () => {
  it.each([
    ['Mandar el presupuesto pronto', 'pronto'],
    ['Llamar al proveedor cuanto antes', 'cuanto antes'],
    ['Revisar el contrato lo antes posible', 'lo antes posible'],
    ['Cerrar la caja a fin de mes', 'fin de mes'],
    ['Pasame las fotos mañana', 'mañana'],
    ['Subir el video pasado mañana', 'pasado mañana'],
    ['Confirmar la sala el miércoles', 'el miércoles'],
    ['Renovar el dominio la semana que viene', 'la semana que viene'],
    ['Lanzar la campaña a mediados de junio', 'a mediados de junio'],
    ['Entregar el informe en dos semanas', 'en dos semanas'],
    ['Ordenar la carpeta cuando puedas', 'cuando puedas'],
    ['Publicar la oferta ASAP', 'ASAP'],
    ['Cargar las fichas el finde', 'el finde'],
  ])('es: %s', (text, phrase) => {
    expect(phraseFound('es', text)).toContain(phrase);
  });

  it.each([
    ['Send the invoice ASAP', 'ASAP'],
    ['Book the venue soon', 'soon'],
    ['Call the printer tomorrow', 'tomorrow'],
    ['Update the price list next week', 'next week'],
    ['Draft the newsletter by Friday', 'by Friday'],
    ['Renew the license end of the month', 'end of the month'],
    ['Ship the samples in two weeks', 'in two weeks'],
    ['Launch the menu mid June', 'mid June'],
    ['Post the photos whenever you can', 'whenever you can'],
    ['Clean the studio this weekend', 'this weekend'],
    ['Order the labels in a fortnight', 'in a fortnight'],
    ['Plan the shoot the first week of April', 'first week of April'],
  ])('en: %s', (text, phrase) => {
    expect(phraseFound('en', text)).toContain(phrase);
  });
});

/** Every word chrono's own parsers spell out, so random text is made of the words that matter. */
function chronoWords(locale: DateLocale): string[] {
  const words = new Set<string>();
  for (const parser of locale.createChrono(true).parsers) {
    const source = parser.pattern({ option: {} } as never).source.replace(/\\[a-z]/gi, ' ');
    for (const [word] of source.matchAll(/[a-z]+/gi)) words.add(word.toLowerCase());
  }
  return [...words];
}

const FILLER = ['them', 'they', 'ones', 'a', 'the', 'Ana', 'enviar', 'report', 'x'];
const GLUE = ['', ' ', ' ', ', ', '-', '.', '/'];

function wordSequences(words: string[]): fc.Arbitrary<string> {
  const word = fc.constantFrom(...words, ...FILLER);
  const piece = fc.tuple(fc.constantFrom(...GLUE), word).map(([glue, next]) => glue + next);
  return fc.tuple(word, fc.array(piece, { maxLength: 4 })).map(([first, rest]) => first + rest.join(''));
}

describe.each([
  ['es', spanish],
  ['en', english],
] as const)('text the first look passes over (%s)', (_language, locale) => {
  const chrono = locale.createChrono(true);
  const reference = new Date(2026, 2, 12, 12);

  it('holds nothing the full chrono pass would find', () => {
    fc.assert(
      fc.property(wordSequences(chronoWords(locale)), (text) => {
        const folded = foldAccents(text);
        fc.pre(!locale.mayHoldDate(folded));
        expect(chrono.parse(folded, reference)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('is passed over for plain text with no date words', () => {
    expect(locale.mayHoldDate(foldAccents('Revisar el logo con Ana / review the logo with Ana'))).toBe(false);
  });
});
