// "Feedback at the next meeting": the notes' own "Next meeting: Wed 2 Dec" line dates it.
import { findDueDate, type DueDateMatch, type DueDateOptions } from '../../dates';
import type { IsoDate } from '../../types';
import type { NotesLocale } from '../locales';
import { blank, type Draft } from './draft';

/** Each language's next-meeting line as one search over the whole notes, built once. */
const NOTES_WIDE = new WeakMap<NotesLocale, RegExp>();

function notesWide(locale: NotesLocale): RegExp {
  const known = NOTES_WIDE.get(locale);
  if (known) return known;
  const pattern = new RegExp(locale.nextMeetingLine.source, 'gim');
  NOTES_WIDE.set(locale, pattern);
  return pattern;
}

/** The date the notes give their next meeting, when it is after this one: one search over the notes, not per line. */
export function nextMeetingDate(notes: string, locale: NotesLocale, dates: DueDateOptions): IsoDate | null {
  if (dates.reference === null) return null;
  const pattern = notesWide(locale);
  pattern.lastIndex = 0;
  for (let said = pattern.exec(notes); said; said = pattern.exec(notes)) {
    const found = findDueDate(said[1] ?? '', dates);
    if (found?.date && !found.past && found.date > dates.reference) return found.date;
  }
  return null;
}

/** The deadline "at the next meeting" sets, cut from the draft, when the notes date that meeting. */
export function dueAtNextMeeting(
  draft: Draft,
  locale: NotesLocale,
  nextMeeting: IsoDate | null,
): DueDateMatch | null {
  const phrase = nextMeeting ? locale.atNextMeeting.exec(draft.text) : null;
  if (!phrase) return null;
  const end = phrase.index + phrase[0].length;
  // "bring a slate to the next meeting": where the thing goes stays in the text; the meeting still dates it.
  const where = /^(?:to|a)\s/i.test(phrase[0]);
  const span = where
    ? { start: draft.base + phrase.index, end: draft.base + end }
    : blank(draft, phrase.index, end);
  return { date: nextMeeting, text: phrase[0], span, ambiguous: false, past: false, vague: false };
}
