// Runs a language's chrono pipeline on accent-folded text and turns its results into date matches.
import type { ParsedResult } from 'chrono-node/es';
import type { IsoDate, Language } from '../types';
import { addDays, isoWeekday } from './calendar';
import { ChronoPass } from './chrono-pass';
import { monthDayOnOrAfter } from './common/rules';
import { foldAccents } from './common/fold';
import type { DateLocale } from './common/locale';
import { PAST, readCalendarDate, readResolution, type Resolution } from './common/resolution';
import { english } from './locales/en/configuration';
import { spanish } from './locales/es/configuration';
import type { DueDateMatch, DueDateOptions } from './index';

/** A match plus what only the due-date choice needs. */
export interface FoundDate extends DueDateMatch {
  /** Led in by a deadline word ("para", "antes del", "by", "due"). */
  deadline: boolean;
  /** A chat export's time stamp: when the line was written. */
  stamp: boolean;
}

interface Piece {
  start: number;
  end: number;
  resolution: Resolution;
}

const LOCALES: Record<Language, DateLocale> = { es: spanish, en: english };
// Relative phrases need some reference to run; with no real one their dates are dropped afterwards.
const STAND_IN_REFERENCE = '2000-01-01';
const passCache = new Map<string, ChronoPass>();

function passFor(language: Language, dayFirst: boolean): ChronoPass {
  const key = `${language}/${dayFirst}`;
  let pass = passCache.get(key);
  if (!pass) {
    pass = new ChronoPass(LOCALES[language], LOCALES[language].createChrono(dayFirst));
    passCache.set(key, pass);
  }
  return pass;
}

/**
 * chrono's own results. A written year makes a date absolute; chrono's relative readings ("3 days later",
 * "- two weeks") carry the reference's year, so they stay relative, and before the meeting they are past.
 */
function resolveChronoResult(result: ParsedResult, reference: IsoDate): Resolution | null {
  const start = result.start;
  if (!start.isCertain('day')) return null; // weekdays alone are our rules'; bare months are no deadline
  const relative = result.tags().has('result/relativeDate');
  if (start.isCertain('year') && !relative) return { date: readCalendarDate(result), relative: false };
  if (relative) {
    const date = readCalendarDate(result);
    return date < reference ? PAST : { date, relative: true };
  }
  const month = start.get('month');
  const day = start.get('day');
  return month && day ? { date: monthDayOnOrAfter(reference, month, day), relative: true } : null;
}

function toPiece(result: ParsedResult, reference: IsoDate): Piece | null {
  const resolution = readResolution(result) ?? resolveChronoResult(result, reference);
  return resolution && { start: result.index, end: result.index + result.text.length, resolution };
}

const ONLY_SEPARATORS = /^[\s,]*$/;

/** "Tuesday 9/04": the weekday settles an ambiguous date, picking the reading that falls on it. */
function fitWeekday(resolution: Resolution, weekdayDate: IsoDate | null): Resolution {
  if (!resolution.ambiguous || !resolution.date || !weekdayDate) return resolution;
  const weekday = isoWeekday(weekdayDate);
  if (isoWeekday(resolution.date) === weekday) return { ...resolution, ambiguous: false };
  const { alternative } = resolution;
  return alternative && isoWeekday(alternative) === weekday
    ? { ...resolution, date: alternative, ambiguous: false }
    : resolution;
}

/** "jueves 12/03" is one phrase: the date says which Thursday. A time right after a date belongs to it. */
function joinAdjacent(pieces: Piece[], text: string): Piece[] {
  const joined: Piece[] = [];
  for (const piece of pieces) {
    const previous = joined[joined.length - 1];
    const adjacent = previous && ONLY_SEPARATORS.test(text.slice(previous.end, piece.start));
    if (
      previous &&
      adjacent &&
      previous.resolution.weekdayOnly &&
      piece.resolution.date &&
      !piece.resolution.claim
    ) {
      const resolution = fitWeekday(piece.resolution, previous.resolution.date);
      joined[joined.length - 1] = { ...piece, start: previous.start, resolution };
    } else if (previous && adjacent && piece.resolution.claim && !previous.resolution.claim) {
      previous.end = piece.end;
    } else {
      joined.push({ ...piece });
    }
  }
  return joined.filter((piece) => !piece.resolution.claim);
}

const LEAD_IN_REACH = 40;

/** Takes in the lead-in words ("para el", "antes del", "by the"); says whether they make a deadline. */
function extendLeadIn(
  folded: string,
  start: number,
  locale: DateLocale,
): { start: number; deadline: boolean } {
  const windowStart = Math.max(0, start - LEAD_IN_REACH);
  const leadIn = locale.leadIn.exec(folded.slice(windowStart, start));
  if (!leadIn || leadIn[0] === '') return { start, deadline: false };
  return { start: windowStart + leadIn.index, deadline: leadIn[1] !== undefined };
}

const FRIDAY = 5;

/** "wk of 12/7", "w/c 2/2", "la semana del 7/12": the Friday of the week the date falls in, "week of" included. */
function weekOfDate(
  folded: string,
  piece: Piece,
  locale: DateLocale,
): { start: number; date: IsoDate } | null {
  const windowStart = Math.max(0, piece.start - LEAD_IN_REACH);
  const weekOf = locale.weekOf.exec(folded.slice(windowStart, piece.start));
  const date = piece.resolution.date;
  if (!weekOf || !date) return null;
  return { start: windowStart + weekOf.index, date: addDays(date, FRIDAY - isoWeekday(date)) };
}

function toFoundDate(piece: Piece, text: string, folded: string, options: DueDateOptions): FoundDate {
  const locale = LOCALES[options.language];
  const week = weekOfDate(folded, piece, locale);
  const resolution = week ? { ...piece.resolution, date: week.date } : piece.resolution;
  const leadIn = week ? { start: week.start, deadline: true } : extendLeadIn(folded, piece.start, locale);
  const knowable = options.reference !== null || !resolution.relative;
  return {
    date: knowable && !resolution.past && !resolution.vague ? resolution.date : null,
    text: text.slice(leadIn.start, piece.end),
    span: { start: leadIn.start, end: piece.end },
    ambiguous: Boolean(resolution.ambiguous),
    past: Boolean(resolution.past),
    vague: Boolean(resolution.vague),
    deadline: leadIn.deadline,
    stamp: Boolean(resolution.stamp),
  };
}

function parseSafely(pass: ChronoPass, folded: string, reference: IsoDate): ParsedResult[] {
  try {
    return pass.parse(folded, reference);
  } catch {
    // A date library bug must not take the whole import down: the line just gets no date.
    return [];
  }
}

export function readDates(text: string, options: DueDateOptions): FoundDate[] {
  const folded = foldAccents(text);
  const reference = options.reference ?? STAND_IN_REFERENCE;
  const results = parseSafely(passFor(options.language, options.dayFirst), folded, reference);
  const pieces = results.flatMap((result) => toPiece(result, reference) ?? []);
  return joinAdjacent(pieces, folded).map((piece) => toFoundDate(piece, text, folded, options));
}
