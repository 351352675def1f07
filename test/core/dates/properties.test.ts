// Properties over any input: never throws, every match points at its own text, dates are real dates.
import fc from 'fast-check';
import { detectDayFirst, detectMeetingDate, findDates, findDueDate } from '../../../src/core/dates';
import { isIsoDate } from '../../../src/core/dates/calendar';

const languages = fc.constantFrom<'es' | 'en'>('es', 'en');
const references = fc.option(
  fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
);
// Mostly date-like words and digits, so the parsers get exercised, plus any string at all.
const dateish = fc
  .array(
    fc.constantFrom(
      'el',
      'para',
      'antes del',
      'viernes',
      'mañana',
      'manana',
      'a la',
      'fin de mes',
      'semana',
      'que viene',
      'by',
      'next',
      'Friday',
      'week',
      'tomorrow',
      'end of',
      'March',
      'marzo',
      'de',
      '20',
      '3',
      '/',
      '-',
      '.',
      '2026',
      '31',
      '12',
      ':',
      'hs',
      'pm',
      'o',
      'or',
      'Q3',
      '%',
      'en',
      'dos',
      'in',
      'two',
      'days',
      'días',
      'pasado',
      ' ',
    ),
    { maxLength: 12 },
  )
  .map((words) => words.join(' '));
const texts = fc.oneof(dateish, fc.string(), fc.string({ unit: 'grapheme' }));

// "2026", "20/3/26", "marzo 12": a year is written, so the date may well be before the meeting.
const WRITTEN_YEAR = /\d{4}|\d[/.-]\d+[/.-]\d|\p{L}\s+\d{2}$/u;

describe('for any text', () => {
  it('never throws, and each match is the text at its span with a real date or none', () => {
    fc.assert(
      fc.property(texts, references, languages, fc.boolean(), (text, reference, language, dayFirst) => {
        const options = { reference, language, dayFirst };
        for (const match of findDates(text, options)) {
          expect(text.slice(match.span.start, match.span.end)).toBe(match.text);
          expect(match.date === null || isIsoDate(match.date)).toBe(true);
        }
        const due = findDueDate(text, options);
        expect(due === null || due.date === null || isIsoDate(due.date)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never gives a relative date before the meeting', () => {
    fc.assert(
      fc.property(dateish, references, languages, (text, reference, language) => {
        const due = findDueDate(text, { reference, language, dayFirst: language === 'es' });
        if (reference && due?.date && !WRITTEN_YEAR.test(due.text)) expect(due.date >= reference).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('detects a meeting date and a day order from any notes without throwing', () => {
    fc.assert(
      fc.property(texts, languages, fc.boolean(), (notes, language, dayFirst) => {
        const meetingDate = detectMeetingDate(notes, language, dayFirst);
        expect(meetingDate === null || isIsoDate(meetingDate)).toBe(true);
        expect(typeof detectDayFirst(notes, language)).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
