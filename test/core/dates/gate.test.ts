// The gate that leaves parsers out of the chrono pass: it must never leave out one that would have found something.
import fc from 'fast-check';
import { type DueDateMatch, findDates, findDueDate } from '../../../src/core/dates';
import { foldAccents } from '../../../src/core/dates/common/fold';
import { gatedChrono } from '../../../src/core/dates/common/gated-chrono';
import { requiredWords } from '../../../src/core/dates/common/literal-gate';
import { LiteralScan } from '../../../src/core/dates/common/literal-scan';
import type { DateLocale } from '../../../src/core/dates/common/locale';
import { english } from '../../../src/core/dates/locales/en/configuration';
import { spanish } from '../../../src/core/dates/locales/es/configuration';
import type { ParsingContext } from '../../../src/core/dates/common/resolution';
import { readCorpus } from './corpus';
import { REFERENCE } from './helpers';

const PIPELINES = [
  ['es', spanish, true],
  ['en M/D', english, false],
  ['en D/M', english, true],
] as const;

function patternsOf(locale: DateLocale, dayFirst: boolean): RegExp[] {
  return locale
    .createChrono(dayFirst)
    .parsers.map((parser) => parser.pattern({ option: {} } as ParsingContext));
}

/** The words the patterns spell out, so random text is made of what the gates and patterns look for. */
function wordsOf(patterns: RegExp[]): string[] {
  const words = new Set<string>();
  for (const pattern of patterns)
    for (const [word] of pattern.source.replace(/\\[a-z]/gi, ' ').matchAll(/[\p{L}]+|\d+/gu)) words.add(word);
  return [...words];
}

const FILLER = ['Ana', 'enviar', 'report', 'x', '12', '3', '2026', '9:30', 'Q3', 'the', 'de', 'el'];
const GLUE = ['', ' ', ' ', '  ', ', ', '-', '.', '/', ':', '\n', '(', ')', 'º'];

function textsFrom(words: string[]): fc.Arbitrary<string> {
  const word = fc
    .tuple(fc.constantFrom(...words, ...FILLER), fc.constantFrom('lower', 'upper', 'title'))
    .map(([text, style]) =>
      style === 'upper'
        ? text.toUpperCase()
        : style === 'title'
          ? text[0]?.toUpperCase() + text.slice(1)
          : text,
    );
  const piece = fc.tuple(fc.constantFrom(...GLUE), word).map(([glue, next]) => glue + next);
  return fc
    .tuple(word, fc.array(piece, { maxLength: 6 }))
    .map(([first, rest]) => foldAccents(first + rest.join('')));
}

function corpusLines(): string[] {
  return readCorpus().flatMap((file) => file.notes.split('\n'));
}

// First in the file, so its first reading runs before the gate is built (each test file has its own modules).
describe('the chrono pass, before and after its gate is built', () => {
  it('finds the same dates', () => {
    const lines = corpusLines()
      .filter((line) => line.trim() !== '')
      .slice(0, 300);
    const read = (): DueDateMatch[][][] =>
      (['es', 'en'] as const).map((language) =>
        lines.map((line) =>
          findDates(line, { reference: REFERENCE.thursday, language, dayFirst: language === 'es' }),
        ),
      );
    const beforeTheGate = read();
    for (let round = 0; round < 3; round++) read(); // past the number of lines after which the gate is built
    expect(read()).toEqual(beforeTheGate);
  });
});

describe.each(PIPELINES)('the gate of each parser (%s)', (_name, locale, dayFirst) => {
  const patterns = patternsOf(locale, dayFirst);
  const scan = new LiteralScan(patterns);

  it('lets through every text a parser pattern matches', () => {
    fc.assert(
      fc.property(textsFrom(wordsOf(patterns)), (text) => {
        const mayMatch = scan.mayMatch(text);
        patterns.forEach((pattern, index) => {
          if (pattern.test(text))
            expect({ pattern: pattern.source, text, mayMatch: mayMatch[index] }).toEqual({
              pattern: pattern.source,
              text,
              mayMatch: true,
            });
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('lets through every corpus line a parser pattern matches', () => {
    const missed = corpusLines()
      .map(foldAccents)
      .flatMap((line) => {
        const mayMatch = scan.mayMatch(line);
        return patterns.flatMap((pattern, index) =>
          pattern.test(line) && !mayMatch[index] ? [[pattern.source, line]] : [],
        );
      });
    expect(missed).toEqual([]);
  });

  it('keeps most parsers out of a line with no date', () => {
    const mayMatch = scan.mayMatch(foldAccents('Revisar el logo con Ana / review the logo with Ana'));
    expect(mayMatch.filter(Boolean).length).toBeLessThan(patterns.length / 4);
  });

  it('gives the same results as the whole chrono pass', () => {
    const chrono = locale.createChrono(dayFirst);
    const gated = gatedChrono(chrono);
    fc.assert(
      fc.property(textsFrom(wordsOf(patterns)), (text) => {
        expect(gated.parse(text, '2026-03-12')).toEqual(chrono.parse(text, new Date(2026, 2, 12, 12)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('words a pattern cannot match without', () => {
  it.each([
    [/(\W|^)(lunes|martes)(?=\W|$)/i, 'el martes', 'el miercoles'],
    [/(?:el|del)\s+(\d{1,2})/iu, 'del 5', 'del cinco'],
    [/fin(?:es)?\s+de\s+(?:mes|ano)/iu, 'a fines de ano', 'a fin de semana'],
    [/(?:a\s+las?|hasta\s+las?)\s+\d{1,2}/iu, 'hasta las 9', 'hasta luego'],
    [/Q[1-4]/, 'en Q3', 'en Q5'],
  ])('%s', (pattern, matching, notMatching) => {
    const scan = new LiteralScan([pattern]);
    expect([pattern.test(matching), scan.mayMatch(matching)]).toEqual([true, [true]]);
    expect([pattern.test(notMatching), scan.mayMatch(notMatching)]).toEqual([false, [false]]);
  });

  it('reads no requirement from a pattern it cannot follow', () => {
    expect(requiredWords(/(a)\1?b*|./)).toEqual([]);
    expect(requiredWords(/\p{L}+/u)).toEqual([]);
    expect(requiredWords(/(?:abc)/)).toEqual([['abc']]);
    // Group modifiers, newer than this reader: read as "anything", never as a literal "?".
    expect(requiredWords({ source: '(?i:abc)', flags: '' } as RegExp)).toEqual([]);
  });

  it('leaves out words accent folding removes, and keeps their folded spelling', () => {
    const words = requiredWords(/(mañana|manana|sáb|sab)/i).flat();
    expect(words).toEqual(expect.arrayContaining(['manana', 'sab']));
    expect(words.some((word) => /\P{ASCII}/u.test(word))).toBe(false);
  });
});

describe('finding words in any case', () => {
  const everyCharacter = Array.from({ length: 0x30000 }, (_, code) => code)
    .filter((code) => code < 0xd800 || code > 0xdfff)
    .map((code) => String.fromCodePoint(code))
    .join('');

  /** Every character a case-insensitive pattern reads as this ASCII character. */
  function caseTwins(char: string, flags: string): string[] {
    const pattern = new RegExp(char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), `g${flags}`);
    return [...everyCharacter.matchAll(pattern)].map((match) => match[0]);
  }

  it('lets through text spelling a word in any way a case-insensitive pattern reads it', () => {
    const printable = Array.from({ length: 95 }, (_, offset) => String.fromCharCode(32 + offset));
    const missed = printable.flatMap((char) =>
      ['i', 'iu'].flatMap((flags) => {
        const pattern = new RegExp(char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), flags);
        const scan = new LiteralScan([pattern]);
        return caseTwins(char, flags).filter((twin) => !scan.mayMatch(twin)[0]);
      }),
    );
    expect(missed).toEqual([]);
  });

  it('still finds date phrases written in capitals', () => {
    const reference = REFERENCE.thursday;
    expect(findDueDate('Entregar el MIÉRCOLES', { reference, language: 'es', dayFirst: true })?.date).toBe(
      '2026-03-18',
    );
    expect(findDueDate('SEND IT BY MAY 20TH', { reference, language: 'en', dayFirst: false })?.date).toBe(
      '2026-05-20',
    );
    expect(findDueDate('Cerrar A FIN DE MES', { reference, language: 'es', dayFirst: true })?.date).toBe(
      '2026-03-31',
    );
  });
});
