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
const FORWARDED =
  /forwarded message|mensaje reenviado|original message|mensaje original|^\s*(?:fwd?|rv|re?env)\s*:/im;
const EMAIL_DATE = /^\s*(?:date|fecha|enviado|sent)\s*:/i;
const YEAR = /(?<!\d)(19\d{2}|20\d{2})(?!\d)/;
const LIST_ITEM = /^\s*(?:[-*•]|\d{1,2}[.)])\s/;

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

/** The lines of `notes.split(/\r?\n/)`, one at a time: the title lines need not wait for the whole note. */
function* linesOf(notes: string): Generator<string> {
  let start = 0;
  for (let end = notes.indexOf('\n'); end !== -1; start = end + 1, end = notes.indexOf('\n', start))
    yield notes.slice(start, notes[end - 1] === '\r' && end > start ? end - 1 : end);
  yield notes.slice(start);
}

function isKept(line: string, isEmail: boolean): boolean {
  return line.trim() !== '' && !NEXT_MEETING.test(line) && !(isEmail && EMAIL_DATE.test(line));
}

/** The notes' lines that may state the meeting's date, in order, read only as far as they are asked for. */
function* keptLines(notes: string, isEmail: boolean): Generator<string> {
  for (const line of linesOf(notes)) if (isKept(line, isEmail)) yield line;
}

/**
 * The lines worth reading, best first: the title, the headings, the "Fecha:" lines. The date is mostly found
 * in the first few, so the rest of a long note is only looked at when it is not.
 */
function* candidateLines(notes: string): Generator<string> {
  const isEmail = EMAIL_HEADER.test(notes);
  const top: string[] = [];
  for (const line of keptLines(notes, isEmail)) {
    top.push(line);
    if (top.length === HEADING_SCAN_LINES) break;
  }
  // A list item is no title: "- Marco will post the schedule by the 25th" dates a task, not the meeting.
  yield* top.slice(0, TITLE_LINES).filter((line) => !LIST_ITEM.test(line));
  yield* top.slice(TITLE_LINES).filter((line) => HEADING.test(line));
  // The label test goes first: anchored at the line's start, it rules out most lines at once.
  for (const line of linesOf(notes)) if (LABELLED.test(line) && isKept(line, isEmail)) yield line;
  // Last of all, when the notes date nothing else: a recap is sent the day of the meeting, or soon after; a
  // forwarded one only says when it was passed on.
  if (isEmail && !FORWARDED.test(notes))
    for (const line of linesOf(notes)) if (EMAIL_DATE.test(line)) yield line;
}

function firstDateOfCandidates(
  notes: string,
  language: Language,
  dayFirst: boolean,
  reference: IsoDate | null,
): IsoDate | null {
  for (const line of candidateLines(notes)) {
    const date = firstDate(line, language, dayFirst, reference);
    if (date) return date;
  }
  return null;
}

/** The meeting date stated in the notes, or null. */
export function detectMeetingDate(notes: string, language: Language, dayFirst: boolean): IsoDate | null {
  const stated = firstDateOfCandidates(notes, language, dayFirst, null);
  if (stated) return stated;
  // "# 11/12 standup": a header date without a year takes the year the notes mention elsewhere.
  const year = YEAR.exec(notes)?.[1];
  return year ? firstDateOfCandidates(notes, language, dayFirst, `${year}-01-01`) : null;
}
