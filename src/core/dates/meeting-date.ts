// Finds the date a meeting happened from its notes: the title lines and headings first, then a "Fecha:"/"Date:" line.
import type { IsoDate, Language } from '../types';
import { readDates } from './engine';

const TITLE_LINES = 3;
const HEADING_SCAN_LINES = 20;
const HEADING = /^\s*(?:#|<h\d)/i;
const LABELLED =
  /^[\s#*>_-]*(?:fecha(?:\s+de\s+la\s+reuni[oó]n)?|date(?:\/time)?|meeting\s+date|d[ií]a)\**\s*:/i;
// The next meeting's date is not this meeting's.
const NEXT_MEETING = /pr[oó]xima\s+reuni[oó]n|next\s+(?:meeting|call|sync|catch-up)/i;
// In a forwarded email, "Date:" is when the email was sent.
const EMAIL_HEADER = /^\s*(?:from|de|subject|asunto)\s*:/im;
const EMAIL_DATE = /^\s*(?:date|fecha|enviado|sent)\s*:/i;
const YEAR = /(?<!\d)(19\d{2}|20\d{2})(?!\d)/;

/** Only dates written with numbers ("11/12", "12 de marzo"): "la reunión de hoy" says nothing without a reference. */
function firstDate(
  line: string,
  language: Language,
  dayFirst: boolean,
  reference: IsoDate | null,
): IsoDate | null {
  // Reading dates is the costly step: a line with no digit cannot hold a written date.
  if (!/\d/.test(line)) return null;
  const found = readDates(line, { reference, language, dayFirst });
  const written = found.filter((match) => match.date !== null && !match.past && /\d/.test(match.text));
  return written[0]?.date ?? null;
}

/** The lines worth reading, best first: the title, the headings, the "Fecha:" lines. */
function candidateLines(notes: string): string[] {
  const isEmail = EMAIL_HEADER.test(notes);
  const lines = notes
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !NEXT_MEETING.test(line) && !(isEmail && EMAIL_DATE.test(line)));
  const headings = lines.slice(TITLE_LINES, HEADING_SCAN_LINES).filter((line) => HEADING.test(line));
  const labelled = lines.filter((line) => LABELLED.test(line));
  return [...lines.slice(0, TITLE_LINES), ...headings, ...labelled];
}

/** The meeting date stated in the notes, or null. */
export function detectMeetingDate(notes: string, language: Language, dayFirst: boolean): IsoDate | null {
  const lines = candidateLines(notes);
  for (const line of lines) {
    const date = firstDate(line, language, dayFirst, null);
    if (date) return date;
  }
  // "# 11/12 standup": a header date without a year takes the year the notes mention elsewhere.
  const year = YEAR.exec(notes)?.[1];
  if (!year) return null;
  for (const line of lines) {
    const date = firstDate(line, language, dayFirst, `${year}-01-01`);
    if (date) return date;
  }
  return null;
}
