// The labelled corpus: every due date a label gives is reachable from its source line, and the meeting date is found.
import { detectDayFirst, detectMeetingDate, findDueDate } from '../../../src/core/dates';
import { readCorpus, sourceLines } from './corpus';

const corpus = readCorpus();

/** Labelled due dates no single line can give, and why. */
const UNREACHABLE: Record<string, string> = {
  'va/es-panaderia: Subí una historia avisando que el 25 cerramos por el feriado':
    "the deadline is in the reply ('la subo el 20'); 'el 25' is the closing day, information",
  'minutes/en_15: Resend the summary of the survey; move to the top of the agenda for the 06 March meeting (Working Group Survey)':
    "a flattened email on one line; the label reads '06 March meeting' as the deadline",
  'minutes/es_09: Establecer los alcances en el archivo de propuesta':
    "the date is in a separate 'Tareas asignadas' table the label merged in",
  'minutes/es_15: Preparar Asamblea de abril': "the date ('el sábado 26') is in another section",
};

/** Notes whose stated meeting date differs from the label's, and why. */
const MEETING_DATE_EXCEPTIONS: Record<string, string> = {
  'va/es-estudio-arquitectura': 'the text states no date; the label takes it from the sources table',
  'minutes/en_03': 'the text states no date; the label takes it from the sources table',
  'minutes/en_07': "'Data: 11/12' has no year; the label takes it from the sources table",
  'minutes/es_09': 'the header says 2005, a typo the label corrects from the file name',
};

const dated = corpus.flatMap((file) =>
  file.meetingDate === null
    ? []
    : file.items
        .filter((item) => item.due !== null)
        .map((item) => ({
          file,
          item,
          key: `${file.name}: ${item.text}`,
          lines: sourceLines(file.notes, item.text),
        }))
        // Items whose text the label rewrote have no source line to read.
        .filter(({ lines }) => lines.length > 0),
);

describe('the labelled corpus', () => {
  it('reads most labelled due dates from their source lines', () => {
    expect(dated.length).toBeGreaterThan(90);
  });

  it.each(dated.filter(({ key }) => !(key in UNREACHABLE)).map((entry) => [entry.key, entry] as const))(
    'reaches the labelled due date of %s',
    (_key, { file, item, lines }) => {
      const options = {
        reference: file.meetingDate,
        language: file.language,
        dayFirst: detectDayFirst(file.notes, file.language),
      };
      const found = lines.map((line) => findDueDate(line, options)?.date ?? null);
      expect(found).toContain(item.due);
    },
  );

  it('finds no deadline on the lines of undated tasks in the notes written for the project', () => {
    const misread = corpus
      .filter((file) => file.name.startsWith('va/'))
      .flatMap((file) =>
        file.items
          .filter((item) => item.due === null)
          .flatMap((item) => sourceLines(file.notes, item.text).filter((_, index) => index % 2 === 0))
          .filter((line) => {
            const dayFirst = detectDayFirst(file.notes, file.language);
            return findDueDate(line, { reference: file.meetingDate, language: file.language, dayFirst })
              ?.date;
          }),
      );
    expect(misread).toEqual([]);
  });

  it.each(
    corpus
      .filter((file) => !(file.name in MEETING_DATE_EXCEPTIONS))
      .map((file) => [file.name, file] as const),
  )('detects the meeting date of %s', (_name, file) => {
    const dayFirst = detectDayFirst(file.notes, file.language);
    expect(detectMeetingDate(file.notes, file.language, dayFirst)).toBe(file.meetingDate);
  });
});
